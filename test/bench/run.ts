/**
 * `npm run bench`: speed of the sync pipeline against a real server and store.
 * - relay latency: a chair's edit → committed → seen by another client (p50/p95/p99);
 * - burst throughput: 2,000 edits as fast as a client can make them;
 * - join time: a new client syncing a conference with a long board.
 * Targets (not asserted in tests): p95 relay under 20 ms on loopback; the burst figure includes the
 * twelve clients running in this same process, so it is a lower bound for the server itself.
 */
import { startTestServer } from '../support/server.ts';
import { ApiClient, SAMPLE_CONFERENCE } from '../support/api.ts';
import { connect, eventually, whenSynced } from '../support/sync.ts';
import { addItem } from '../../shared/commands/items.ts';
import { project } from '../../shared/schema/project.ts';

const source = { name: 'Bench', agency: 'Bench' };
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!.toFixed(2);

const server = await startTestServer({ COMPACT_EVERY: '500' });
try {
  const creds = await server.addStaff('chair');
  const chair = await new ApiClient(server.url).login(creds.email, creds.password);
  const id: string = (await chair.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference.id;
  const writer = connect(server.url, id, chair.cookie);
  const watcher = connect(server.url, id, chair.cookie);
  await Promise.all([whenSynced(writer), whenSynced(watcher)]);
  const count = () => watcher.doc.getMap('items').size;
  const nextUpdate = () => new Promise<void>((resolve) => watcher.doc.once('update', () => resolve()));

  // Relay latency, one edit at a time.
  const latencies: number[] = [];
  for (let i = 0; i < 300; i++) {
    const seen = nextUpdate();
    const t0 = performance.now();
    addItem({ shared: writer.doc, professional: null }, { section: 'strengths', text: `Latency ${i}`, source, restricted: false, addedBy: 'b' });
    await seen;
    latencies.push(performance.now() - t0);
  }
  console.log(`relay latency over 300 edits: p50 ${pct(latencies, 50)} ms, p95 ${pct(latencies, 95)} ms, p99 ${pct(latencies, 99)} ms`);

  // Burst throughput: ten writers (each socket stays inside its own rate limit) make 200 edits each.
  // (Separate sign-ins: the server caps sockets per session.)
  const sessions = await Promise.all(Array.from({ length: 10 }, () => new ApiClient(server.url).login(creds.email, creds.password)));
  const writers = sessions.map((s) => connect(server.url, id, s.cookie));
  await Promise.all(writers.map((w) => whenSynced(w)));
  const target = count() + 2000;
  const t1 = performance.now();
  for (let i = 0; i < 200; i++) {
    for (const w of writers) addItem({ shared: w.doc, professional: null }, { section: 'grey_areas', text: `Burst ${i}`, source, restricted: false, addedBy: 'b' });
  }
  await eventually(() => count() >= target, 60_000, 'burst');
  const secs = (performance.now() - t1) / 1000;
  console.log(`burst: 2000 edits committed and relayed in ${secs.toFixed(2)} s (${Math.round(2000 / secs)} edits/s)`);

  // Join time for a board of ~2,300 items.
  const t2 = performance.now();
  const joiner = connect(server.url, id, chair.cookie);
  await whenSynced(joiner, 30_000);
  const items = project(joiner.doc, null).items.length;
  console.log(`join: synced ${items} items in ${(performance.now() - t2).toFixed(1)} ms`);
  for (const c of [writer, watcher, joiner, ...writers]) c.destroy();
} finally {
  await server.stop();
}
