import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import { messageAwareness } from 'y-websocket';
import { ApiClient, SAMPLE_CONFERENCE } from '../support/api.ts';
import { newDevice } from '../support/browser.ts';
import { browserSuite } from '../support/browserSuite.ts';
import { connect, eventually, whenSynced, type SyncClient } from '../support/sync.ts';
import { SHOTS } from '../support/shots.ts';
import { setStep } from '../../shared/commands/meeting.ts';
import { addDanger } from '../../shared/commands/plan.ts';

const suite = browserSuite();
let parentLink: string;
let writer: SyncClient;
/** A new invite link for another of Kerys's devices (each link opens one device). */
let inviteKerys: () => Promise<string>;

beforeAll(async () => {
  const creds = await suite.server.addStaff('chair', 'Gwen Ashcombe');
  const api = await new ApiClient(suite.server.url).login(creds.email, creds.password);
  const id = (await api.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference.id;
  inviteKerys = async () => suite.server.url + (await api.post(`/api/conferences/${id}/invites`, { name: 'Kerys Brightwater', role: 'parent', agency: 'Mother', attendance: 'present' })).body.url;
  parentLink = await inviteKerys();
  writer = connect(suite.server.url, id, api.cookie);
  await whenSynced(writer);
  const d = { shared: writer.doc, professional: null };
  for (let i = 0; i < 3; i++) {
    addDanger(d, {
      statement: `Social workers are worried that if Dean comes home drinking, the children could be hurt again (${i + 1}).`,
      goal: 'Kerys and the network will make sure Dean does not come home drinking, and Nain will be called at once if he does.',
      restricted: false,
    });
  }
  setStep(d, 'danger_goals');
});
afterAll(() => writer?.destroy());

describe("a parent's phone when the room moves on", () => {
  it('PH1 starts the new step at its top, says so to a screen reader, and leaves no "Sent" note or half-written words behind', async () => {
    const phone = await (await newDevice(suite.browser, { width: 390, height: 844 })).newPage();
    await phone.goto(parentLink);
    await phone.getByRole('heading', { level: 1, name: 'Danger statements and safety goals' }).waitFor();

    // At the bottom of step 8: one proposal sent, another half written.
    const text = phone.getByLabel('What would you like to add?');
    await phone.getByLabel('Where should it go?').selectOption('existing_safety');
    await text.fill('Nain can have the children every Friday.');
    await phone.getByRole('button', { name: 'Send to the chair' }).click();
    await phone.getByText('Sent. The chair will see this').waitFor();
    await text.fill('Dean has been going to');
    await text.scrollIntoViewIfNeeded();
    expect(await phone.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    await phone.screenshot({ path: `${SHOTS}/parent-step8-bottom-390.png` });

    setStep({ shared: writer.doc, professional: null }, 'scaling');
    await phone.getByRole('heading', { level: 1, name: 'Scaling' }).waitFor();
    await phone.waitForFunction(() => window.scrollY === 0);
    await phone.getByRole('status').filter({ hasText: 'The meeting has moved on. Step 9 of 13: Scaling.' }).waitFor({ state: 'attached' });
    expect(await phone.evaluate(() => document.activeElement?.id)).toBe('participant-step-title');
    expect(await phone.getByText('Sent. The chair will see this').count()).toBe(0);
    expect(await phone.getByLabel('What would you like to add?').inputValue()).toBe('');
    // The unsent words are not lost: offered back, not left in the box.
    await phone.getByText('You started writing this on an earlier step').waitFor();
    await phone.getByText('Dean has been going to').waitFor();
    await phone.screenshot({ path: `${SHOTS}/parent-step9-arrived-390.png` });
    await phone.getByRole('button', { name: 'Carry on writing it' }).click();
    expect(await phone.getByLabel('What would you like to add?').inputValue()).toBe('Dean has been going to');
  });
});

describe("a parent's phone whose connection drops as a step's code is needed", () => {
  it('says the step could not be downloaded and offers to try again; trying again shows the step (its failed prefetch on arrival did no harm)', async () => {
    const d = { shared: writer.doc, professional: null };
    setStep(d, 'danger_goals');
    const phone = await (await newDevice(suite.browser, { width: 390, height: 844 })).newPage();
    // The scaling step's chunk: refused (the phone is offline), then held until released (a slow connection).
    let mode: 'offline' | 'slow' = 'offline';
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let refused = 0;
    await phone.route('**/assets/ScalingParticipant-*.js', async (route) => {
      if (mode === 'offline') {
        refused++;
        return route.abort('internetdisconnected');
      }
      await released;
      return route.continue();
    });
    await phone.goto(await inviteKerys());
    await phone.getByRole('heading', { level: 1, name: 'Danger statements and safety goals' }).waitFor();
    // Idle after its first screen, the phone fetched the other steps: this one failed.
    await eventually(() => refused > 0, 10_000, 'the scaling step is prefetched');

    setStep(d, 'scaling');
    await phone.getByRole('heading', { level: 1, name: 'Scaling' }).waitFor();
    const failed = phone.getByRole('alert').filter({ hasText: 'This part of the page could not be downloaded. Check your connection, then try again.' });
    await failed.waitFor();
    await phone.screenshot({ path: `${SHOTS}/parent-step-chunk-failed-390.png` });

    mode = 'slow';
    await phone.getByRole('button', { name: 'Try again' }).click();
    await phone.locator('main').getByText('Loading…').waitFor();
    await phone.screenshot({ path: `${SHOTS}/parent-step-chunk-loading-390.png` });
    release();
    await phone.getByText('The chair has not asked the scaling question yet. It will appear here.').waitFor();
    expect(await failed.count()).toBe(0);
  });
});

/** The client ids in a presence (awareness) frame, or null for any other frame. */
function presenceIds(payload: string | Buffer): number[] | null {
  if (typeof payload === 'string') return null;
  const d = decoding.createDecoder(new Uint8Array(payload));
  if (decoding.readVarUint(d) !== messageAwareness) return null;
  const u = decoding.createDecoder(decoding.readVarUint8Array(d));
  const ids: number[] = [];
  for (let n = decoding.readVarUint(u); n > 0; n--) {
    ids.push(decoding.readVarUint(u));
    decoding.readVarUint(u);
    decoding.readVarString(u);
  }
  return ids;
}

describe("a parent's phone and other people's presence", () => {
  it("sends its own presence and never sends back the chair's, which it receives", async () => {
    const phone = await (await newDevice(suite.browser, { width: 390, height: 844 })).newPage();
    const sent: number[][] = [];
    const received: number[][] = [];
    phone.on('websocket', (ws) => {
      ws.on('framesent', (f) => { const ids = presenceIds(f.payload); if (ids) sent.push(ids); });
      ws.on('framereceived', (f) => { const ids = presenceIds(f.payload); if (ids) received.push(ids); });
    });
    await phone.goto(await inviteKerys());
    await phone.getByRole('heading', { level: 1 }).first().waitFor();
    await eventually(() => sent.length > 0, 10_000, 'the phone says it is here');
    const own = sent[0]![0]!;

    const chair = writer.provider.awareness;
    for (const step of ['family_network', 'worries', 'scaling']) {
      chair.setLocalState({ step, live: true });
      await new Promise((r) => setTimeout(r, 100));
    }
    await eventually(() => received.filter((ids) => ids.includes(chair.clientID)).length >= 3, 10_000, "the chair's presence reaches the phone");
    // Long enough for an echo to go out: the phone answers a frame in well under this.
    await new Promise((r) => setTimeout(r, 500));
    expect(sent.flat().filter((id) => id !== own)).toEqual([]);
  });
});
