import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * The worker's whole program: its own connection to the database, one PASSIVE checkpoint per
 * message. PASSIVE never waits for readers or writers, so the main connection keeps committing
 * while it runs. Plain JavaScript evaluated by the worker, so it runs the same under the bundle,
 * tsx and vitest.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
db.pragma('synchronous = NORMAL');
parentPort.on('message', (m) => {
  if (m === 'close') { db.close(); parentPort.close(); return; }
  try {
    const [r] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ ok: true, pages: r.checkpointed });
  } catch (err) {
    parentPort.postMessage({ ok: false, error: String(err && err.message) });
  }
});
`;

/**
 * WAL checkpoints off the event loop. A checkpoint copies the log's pages into the database file
 * and fsyncs both: 8–30 ms measured under the bench's 200-room load, and on the main thread no
 * update is relayed meanwhile (the reference server, which stores nothing, never pauses). A worker
 * thread with its own connection runs them instead; durability is SQLite's own either way.
 * Requests that come while one runs are folded into one more. The worker starts with the first
 * request and goes when the instance has no room open (`close`): its isolate is ~10 MB that an
 * idle server does not need.
 */
export class Checkpointer {
  private worker: Worker | null = null;
  private running = false;
  private again = false;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly file: string, private readonly onError: (message: string) => void) {}

  request(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    (this.worker ??= this.start()).postMessage('checkpoint');
  }

  /** Resolves once no checkpoint runs or waits. */
  whenIdle(): Promise<void> {
    return this.running ? new Promise((resolve) => this.idleWaiters.push(resolve)) : Promise.resolve();
  }

  /** After the checkpoint under way, if any: the worker closes its connection and ends. A later request starts another. */
  async close(): Promise<void> {
    await this.whenIdle();
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage('close');
    await exited;
  }

  private start(): Worker {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file: this.file } });
    worker.unref();
    worker.on('message', (m: { ok: boolean; error?: string }) => {
      if (!m.ok) this.onError(`checkpoint failed: ${m.error}`);
      this.done();
    });
    worker.on('error', (err) => this.onError(`checkpoint worker failed: ${err.message}`));
    // A worker that dies (it could not open the file, say) is replaced at the next request.
    worker.on('exit', () => {
      if (this.worker !== worker) return;
      this.worker = null;
      if (this.running) this.done();
    });
    return worker;
  }

  private done(): void {
    this.running = false;
    if (this.again) {
      this.again = false;
      this.request();
      return;
    }
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
