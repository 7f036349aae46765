// Deterministic sync scenarios: the test decides when each frame arrives and when the server commits.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SyncHarness, type HarnessClient } from '../support/syncHarness.ts';
import { addItem, editItem } from '../../shared/commands/items.ts';
import { docs } from '../../shared/schema/docLayout.ts';

const source = { name: 'Harness', agency: 'Test' };
const add = (c: HarnessClient, text: string, id?: string) => {
  const r = addItem({ shared: c.doc, professional: null }, { section: 'strengths', text, source, restricted: false, addedBy: 'h' }, undefined, id);
  if (!r.ok) throw new Error(r.reasons.join(' '));
  return r.value;
};
const same = (a: Y.Doc, b: Y.Doc) => Y.equalSnapshots(Y.snapshot(a), Y.snapshot(b));

let h: SyncHarness;
afterEach(async () => {
  expect(h.unstoredRelays).toEqual([]);
  await h.close();
});

describe('sync harness: order and timing decided by the test', () => {
  it('acknowledged means stored: a chair’s edit reaches a reader only after the store holds it', async () => {
    h = await SyncHarness.create();
    const chair = h.client('chair');
    const reader = h.client('parent');
    const [cl, rl] = [await h.connect(chair), await h.connect(reader)];
    await h.settle();
    const id = add(chair, 'Grandmother collects the children');
    cl.deliverToServer();
    // Applied on the server, not yet committed: nothing has gone to the reader and the store lacks it.
    expect(rl.toClient).toHaveLength(0);
    expect(h.storedStateVector().get(chair.doc.clientID) ?? 0).toBe(0);
    await h.commit();
    expect(h.storedStateVector().get(chair.doc.clientID)).toBe(Y.getState(chair.doc.store, chair.doc.clientID));
    expect(rl.toClient).toHaveLength(1);
    rl.deliverToClient();
    expect(docs.items(reader.doc).has(id)).toBe(true);
  });

  it('concurrent edits of one item from two writers, delivered in opposite orders, converge everywhere and in the store', async () => {
    h = await SyncHarness.create();
    const chair = h.client('chair');
    const notes = h.client('notetaker');
    const readers = [h.client('parent'), h.client('social_worker')];
    const links = await Promise.all([chair, notes, ...readers].map((c) => h.connect(c)));
    await h.settle();
    const id = add(chair, 'Dad attends every contact');
    await h.settle();
    editItem({ shared: chair.doc, professional: null }, id, { text: 'Dad attends most contacts' });
    editItem({ shared: notes.doc, professional: null }, id, { text: 'Dad attended all but one contact' });
    links[1]!.deliverToServer();
    await h.commit();
    links[0]!.deliverToServer();
    await h.settle();
    const room = await h.room();
    for (const c of [chair, notes, ...readers]) expect(same(c.doc, room.doc)).toBe(true);
    expect(same(await h.reloadFromStore(), room.doc)).toBe(true);
  });

  it('one commit from several writers goes out as one frame to each device; each writer gets the others’ edits (its own again is harmless)', async () => {
    h = await SyncHarness.create();
    const chair = h.client('chair');
    const notes = h.client('notetaker');
    const reader = h.client('parent');
    const [cl, nl, rl] = await Promise.all([chair, notes, reader].map((c) => h.connect(c)));
    await h.settle();
    const a = add(chair, 'Aunt visits on Sundays');
    const b = add(chair, 'School reports good attendance');
    const c = add(notes, 'Health visitor saw the baby');
    while (cl!.deliverToServer());
    nl!.deliverToServer();
    await h.commit();
    expect([cl!.toClient.length, nl!.toClient.length, rl!.toClient.length]).toEqual([1, 1, 1]);
    for (const l of [cl!, nl!, rl!]) l.deliverToClient();
    for (const d of [chair, notes, reader]) expect([a, b, c].every((id) => docs.items(d.doc).has(id))).toBe(true);
    const room = await h.room();
    for (const d of [chair, notes, reader]) expect(same(d.doc, room.doc)).toBe(true);
    // One writer alone in a commit is spared its own edits.
    const d = add(chair, 'Neighbour helps with the school run');
    while (cl!.deliverToServer());
    await h.commit();
    expect([cl!.toClient.length, nl!.toClient.length, rl!.toClient.length]).toEqual([0, 1, 1]);
    rl!.deliverToClient();
    expect(docs.items(reader.doc).has(d)).toBe(true);
  });

  it('PM2 a read-only device that writes is closed with 4403; its change is neither stored nor relayed', async () => {
    h = await SyncHarness.create();
    const chair = h.client('chair');
    const intruder = h.client('parent');
    const other = h.client('police');
    for (const c of [chair, intruder, other]) await h.connect(c);
    await h.settle();
    const id = add(intruder, 'Written by a modified client');
    await h.settle();
    expect(intruder.closes).toEqual([4403]);
    expect(h.violations).toEqual(['write_attempt']);
    expect(docs.items(other.doc).has(id)).toBe(false);
    expect(docs.items(chair.doc).has(id)).toBe(false);
    expect(h.storedStateVector().has(intruder.doc.clientID)).toBe(false);
  });

  it('a device that loses frames in flight catches up on reconnect; its offline edits arrive once', async () => {
    h = await SyncHarness.create();
    const chair = h.client('chair');
    const reader = h.client('parent');
    const cl = await h.connect(chair);
    await h.connect(reader);
    await h.settle();
    add(chair, 'First');
    cl.deliverToServer();
    await h.commit();
    reader.disconnect(); // the relay of "First" was in flight
    chair.disconnect();
    const offline = add(chair, 'Typed while offline');
    await h.connect(chair);
    await h.settle();
    await h.connect(reader);
    await h.settle();
    const room = await h.room();
    expect(same(reader.doc, room.doc)).toBe(true);
    expect(same(chair.doc, room.doc)).toBe(true);
    expect(docs.items(reader.doc).has(offline)).toBe(true);
  });

  it('a device joining while an edit awaits its commit is answered with the committed state, edit included', async () => {
    h = await SyncHarness.create();
    const chair = h.client('chair');
    const cl = await h.connect(chair);
    await h.settle();
    const id = add(chair, 'Not yet stored');
    cl.deliverToServer();
    const joiner = h.client('parent');
    const jl = await h.connect(joiner);
    jl.deliverToServer(); // its sync step 1
    // The answer (step 2) waits for the commit; the checks on every server frame prove it held nothing unstored.
    await h.commit();
    await h.settle();
    expect(docs.items(joiner.doc).has(id)).toBe(true);
  });

  it('presence: the server writes `user` from the session, drops unknown fields, and refuses another device’s client id', async () => {
    h = await SyncHarness.create();
    const chair = h.client('chair', 'Gwen Chair');
    const parent = h.client('parent', 'Pat Parent');
    const spoof = h.client('police', 'Sam Police');
    for (const c of [chair, parent, spoof]) await h.connect(c);
    await h.settle();
    parent.awareness.setLocalState({ step: 'scaling', user: { name: 'Someone else' }, note: 'free text' });
    await h.settle();
    expect(chair.awareness.getStates().get(parent.doc.clientID)).toEqual({ user: { id: 'attendee-Pat Parent', name: 'Pat Parent', role: 'parent' }, step: 'scaling' });
    // A device claiming the parent's client id (a newer clock) is ignored.
    const forged = new Y.Doc();
    forged.clientID = parent.doc.clientID;
    const fake = new (await import('y-protocols/awareness')).Awareness(forged);
    fake.setLocalState({ step: 'decision' });
    fake.setLocalState({ step: 'decision', live: true });
    fake.setLocalState({ step: 'plan', live: true });
    const { encodeAwarenessUpdate } = await import('y-protocols/awareness');
    const encoding = await import('lib0/encoding');
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint8Array(e, encodeAwarenessUpdate(fake, [forged.clientID]));
    spoof.send(encoding.toUint8Array(e));
    await h.settle();
    expect(chair.awareness.getStates().get(parent.doc.clientID)).toMatchObject({ step: 'scaling' });
  });

  it('echoed presence is not relayed again: one change costs one frame per other device', async () => {
    h = await SyncHarness.create();
    const devices = Array.from({ length: 5 }, (_, i) => h.client('parent', `p${i}`));
    const links = [];
    for (const c of devices) links.push(await h.connect(c));
    await h.settle();
    const before = links.map((l) => l.toClient.length);
    devices[0]!.awareness.setLocalState({ step: 'plan' });
    let sent = 0;
    for (let round = 0; round < 10; round++) {
      await h.commit();
      for (const l of links) {
        while (l.toServer.length) l.deliverToServer();
        sent += l.toClient.length;
        while (l.toClient.length) l.deliverToClient();
      }
    }
    expect(before.every((n) => n === 0)).toBe(true);
    // The four others get the change once; the echoes they send back are dropped by the server.
    expect(sent).toBe(4);
  });
});

describe('compaction', () => {
  it('runs after the relay, in a later turn, and a reload from the store still holds everything', async () => {
    h = await SyncHarness.create({ compactEvery: 5 });
    const chair = h.client('chair');
    const reader = h.client('parent');
    const [cl, rl] = [await h.connect(chair), await h.connect(reader)];
    await h.settle();
    for (let i = 0; i < 5; i++) add(chair, `Item ${i}`);
    while (cl.deliverToServer());
    await h.commit();
    // The fifth update reached the threshold: relayed already, the snapshot not written yet.
    expect(rl.toClient.length).toBeGreaterThan(0);
    const snapshots = () => (h.store as unknown as { db: { prepare(s: string): { get(n: string): { n: number } } } }).db.prepare('SELECT count(*) AS n FROM doc_snapshots WHERE name = ?').get(h.roomName).n;
    expect(snapshots()).toBe(0);
    await h.settle();
    await new Promise((r) => setImmediate(r));
    await h.commit();
    expect(snapshots()).toBe(1);
    const room = await h.room();
    expect(same(await h.reloadFromStore(), room.doc)).toBe(true);
    expect(same(reader.doc, room.doc)).toBe(true);
  });
});
