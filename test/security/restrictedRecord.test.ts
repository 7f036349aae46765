import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { connect, eventually, whenSynced, type SyncClient } from '../support/sync.ts';
import { addItem } from '../../shared/commands/items.ts';
import { addAction, addDanger, editDanger } from '../../shared/commands/plan.ts';
import { addContingency } from '../../shared/commands/contingency.ts';
import { acceptActionProposal } from '../../shared/commands/proposals.ts';
import { setClosedSession } from '../../shared/commands/meeting.ts';
import { restrictedByDefault } from '../../shared/rules/restriction.ts';
import { project } from '../../shared/schema/project.ts';
import type { ConferenceDocs } from '../../shared/commands/docs.ts';
import type { AttendeeRole } from '../../shared/schema/roles.ts';
import { Browser, intentId, setUpMeeting, type Meeting } from './harness.ts';
import { connectCapturing, type CapturingClient } from './wire.ts';

/**
 * RS1–RS6 — Every part of the record can be professionals only, not just board items: plan actions,
 * danger statements and contingency entries added restricted (in a closed session, as the add forms
 * default) or restricted later never reach a family socket, by their text or — through a link — by
 * their id. Checked on the raw bytes real y-websocket clients with family roles receive.
 */

const CANARY = 'CANARY-RESTRICTED-RECORD-91d2';
const MARKER = 'SHARED-RECORD-MARKER-5e0a';
const FAMILY: AttendeeRole[] = ['parent', 'projector'];
const source = { name: 'PC Owain Rees', agency: 'Afonwen Police' };

let server: TestServer;
let m: Meeting;
let chair: ConferenceDocs;
const sockets: { destroy(): void }[] = [];
const family = new Map<AttendeeRole, CapturingClient>();
let professional: CapturingClient;
/** Ids the family must never receive, even inside a link. */
const hiddenIds: string[] = [];
let linkedAction = '';
let laterDanger = '';
let laterAction = '';

const bytes = (c: CapturingClient) => Buffer.concat(c.received);
const has = (c: CapturingClient, s: string) => bytes(c).includes(Buffer.from(s, 'utf8'));
const value = <T>(r: { ok: true; value: T } | { ok: false; reasons: { id: string }[] }): T => {
  if (!r.ok) throw new Error(r.reasons.map((x) => x.id).join(' '));
  return r.value;
};
const intent = (body: Record<string, unknown>) => m.chair.post(`/api/conferences/${m.conferenceId}/intents`, { id: intentId(), ...body });
/** Waits until every family device has a marker written after everything before it (the server relays in order). */
async function familyCaughtUp(text: string): Promise<void> {
  addItem(chair, { section: 'strengths', text, source, restricted: false, addedBy: 'chair' });
  await eventually(() => [...family.values()].every((c) => has(c, text)), 5000, `family has ${text}`);
}

beforeAll(async () => {
  server = await startTestServer();
  m = await setUpMeeting(server, [...FAMILY, 'social_worker']);
  const s = connect(server.url, m.conferenceId, m.chair.cookie);
  const p = connect(server.url, `${m.conferenceId}/professional`, m.chair.cookie);
  sockets.push(s, p);
  for (const role of FAMILY) family.set(role, connectCapturing(server.url, m.conferenceId, m.people.get(role)!.browser.cookie));
  professional = connectCapturing(server.url, `${m.conferenceId}/professional`, m.people.get('social_worker')!.browser.cookie);
  sockets.push(...family.values(), professional);
  await Promise.all([whenSynced(s), whenSynced(p), ...[...family.values(), professional].map((c) => whenSynced(c as unknown as SyncClient))]);
  chair = { shared: s.doc, professional: p.doc };
});

afterAll(async () => {
  for (const c of sockets) c.destroy();
  await server.stop();
});

describe('RS — restricted actions, danger statements and contingency entries never reach a family socket', () => {
  it('RS5 in a closed session, a police action, a danger statement, a contingency entry and an accepted proposal are professionals only by default', async () => {
    await familyCaughtUp(`${MARKER} before`);
    setClosedSession(chair, true);
    await eventually(() => [...family.values()].every((c) => project(c.doc, null).closedSession), 5000, 'family sees the closed session');
    // What the add forms do: the "Professionals only" box starts ticked in a closed session.
    const restricted = restrictedByDefault(project(chair.shared, chair.professional));
    expect(restricted).toBe(true);
    hiddenIds.push(
      value(addAction(chair, { what: `${CANARY} police investigation of Dean`, who: 'Afonwen Police', by: 'ongoing', howWeKnow: `${CANARY} DS Morgan updates`, links: [], restricted })),
      value(addDanger(chair, { statement: `${CANARY} intelligence about a new partner`, goal: `${CANARY} goal`, restricted })),
      value(addContingency(chair, { mightHappen: `${CANARY} Dean is charged`, weWill: `${CANARY} strategy discussion`, restricted })),
    );
    const proposal = await m.people.get('social_worker')!.browser.post(`/api/conferences/${m.conferenceId}/intents`, {
      id: intentId(), type: 'propose_action', action: { what: `${CANARY} proposed in the closed session`, who: '', by: '', howWeKnow: '', links: [] },
    });
    expect(proposal.status).toBe(200);
    await eventually(() => project(chair.shared, chair.professional).proposals.length === 1, 5000, 'the chair sees the proposal');
    hiddenIds.push(value(acceptActionProposal(chair, proposal.body.result.proposalId, null, restricted)));
    setClosedSession(chair, false);
    await familyCaughtUp(`${MARKER} after the closed session`);
    expect(project(chair.shared, chair.professional).actions.filter((a) => a.restricted)).toHaveLength(2);
  });

  it('RS4 a shared action linked to a professionals-only danger statement reaches the family without the danger’s id', async () => {
    const [, danger] = hiddenIds;
    linkedAction = value(addAction(chair, { what: `${MARKER} family support worker visits`, who: 'Sam', by: '', howWeKnow: '', links: [danger!], restricted: false }));
    await familyCaughtUp(`${MARKER} after the link`);
    for (const c of family.values()) expect(project(c.doc, null).actions.find((a) => a.id === linkedAction)?.links).toEqual([]);
    expect(project(chair.shared, chair.professional).actions.find((a) => a.id === linkedAction)?.links).toEqual([danger]);
  });

  it('RS2 restrict_item moves a shared danger statement on the server; its link leaves the family’s copy; later text never reaches them', async () => {
    laterDanger = value(addDanger(chair, { statement: 'Who collects the children on Fridays', goal: '', restricted: false }));
    laterAction = value(addAction(chair, { what: 'Glenys collects on Fridays', who: 'Glenys', by: '', howWeKnow: '', links: [laterDanger], restricted: false }));
    await eventually(() => [...family.values()].every((c) => project(c.doc, null).actions.find((a) => a.id === laterAction)?.links.length === 1), 5000, 'family has the link');
    const r = await intent({ type: 'restrict_item', itemId: laterDanger, restricted: true });
    expect(r.status).toBe(200);
    await eventually(() => [...family.values()].every((c) => {
      const fm = project(c.doc, null);
      return !fm.dangers.some((d) => d.id === laterDanger) && fm.actions.find((a) => a.id === laterAction)?.links.length === 0;
    }), 5000, 'the danger and its link leave the family view');
    await eventually(() => project(chair.shared, chair.professional).dangers.some((d) => d.id === laterDanger && d.restricted), 5000, 'chair sees it restricted');
    expect(project(chair.shared, chair.professional).actions.find((a) => a.id === laterAction)?.links).toEqual([laterDanger]);
    expect(value(editDanger(chair, laterDanger, { statement: `Who collects the children — ${CANARY} the uncle` }))).toBeUndefined();
    await eventually(() => has(professional, 'the uncle'), 5000, 'the professional device has the later text');
    await familyCaughtUp(`${MARKER} after the restriction`);
  });

  it('RS — the family’s raw bytes hold no restricted text and no restricted id, while shared content does arrive', () => {
    for (const [role, c] of family) {
      expect(has(c, MARKER), `${role} received shared content`).toBe(true);
      expect(has(c, CANARY), `${role} received the canary`).toBe(false);
      for (const id of hiddenIds) expect(has(c, id), `${role} received the id of a restricted entity`).toBe(false);
      expect(JSON.stringify(c.doc.toJSON())).not.toContain(CANARY);
    }
    expect(has(professional, CANARY)).toBe(true); // positive control: the search would find it
    for (const id of hiddenIds) expect(has(professional, id)).toBe(true);
  });

  it('RS — a parent who joins after the restrictions receives none of it, nor the restricted danger’s old words or its link', async () => {
    const inv = await m.chair.post(`/api/conferences/${m.conferenceId}/invites`, { name: 'Kerys Holloway', role: 'parent', agency: '', attendance: 'present' });
    const late = new Browser(server.url);
    expect((await late.post('/api/join', { token: inv.body.token })).status).toBe(200);
    const c = connectCapturing(server.url, m.conferenceId, late.cookie);
    sockets.push(c);
    await whenSynced(c as unknown as SyncClient);
    await eventually(() => has(c, `${MARKER} after the restriction`), 5000, 'late parent synced');
    expect(has(c, CANARY)).toBe(false);
    expect(has(c, 'Who collects the children')).toBe(false);
    for (const id of hiddenIds) expect(has(c, id)).toBe(false);
    expect(project(c.doc, null).actions.find((a) => a.id === laterAction)?.links).toEqual([]);
    expect(project(c.doc, null).actions.length).toBe(2);
  });

  it('RS2 unrestricting moves an entity back: the family receives it, and links to it come back', async () => {
    const entry = value(addContingency(chair, { mightHappen: 'The children are not collected', weWill: `${MARKER} Glenys is called`, restricted: true }));
    await eventually(async () => (await intent({ type: 'restrict_item', itemId: entry, restricted: false })).status === 200, 5000, 'entry shared');
    await eventually(() => [...family.values()].every((c) => project(c.doc, null).contingency.some((e) => e.id === entry && e.weWill.includes('Glenys is called'))), 5000, 'family receives the entry');
    const danger = value(addDanger(chair, { statement: 'Police welfare checks', goal: '', restricted: true }));
    const action = value(addAction(chair, { what: 'PCSO visits weekly', who: '', by: '', howWeKnow: '', links: [danger], restricted: false }));
    await eventually(() => [...family.values()].every((c) => project(c.doc, null).actions.some((a) => a.id === action)), 5000, 'family has the action');
    await eventually(async () => (await intent({ type: 'restrict_item', itemId: danger, restricted: false })).status === 200, 5000, 'danger shared');
    await eventually(() => [...family.values()].every((c) => project(c.doc, null).actions.find((a) => a.id === action)?.links.includes(danger)), 5000, 'the link comes back for the family');
    expect(project(chair.shared, chair.professional).dangers.find((d) => d.id === danger)?.restricted).toBe(false);
  });

  it('RS2 restrict_item is audited with the id of whatever it moved, never its words; participants are refused', async () => {
    const entries = (await m.admin.get('/api/audit?latest=100')).body.entries as { action: string; detail: string }[];
    expect(entries.some((e) => e.action === 'item_restricted' && e.detail === laterDanger)).toBe(true);
    expect(entries.some((e) => e.action === 'item_shared')).toBe(true);
    expect(JSON.stringify(entries)).not.toContain('collects');
    const refused = await m.people.get('social_worker')!.browser.post(`/api/conferences/${m.conferenceId}/intents`, { id: intentId(), type: 'restrict_item', itemId: linkedAction, restricted: true });
    expect(refused.status).toBe(403);
    const unknown = await intent({ type: 'restrict_item', itemId: 'nosuchentity0000', restricted: true });
    expect(unknown.status).toBe(409);
  });
});
