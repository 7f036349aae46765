import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect as tcpConnect, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kill9, spawnServer } from './process.ts';
import { ApiClient } from './api.ts';
import { TEST_DATABASE_URL, databaseUrlFor, dropSchemas, freshSchema } from './postgres.ts';
import { PostgresStore } from '../../server/store/postgres.ts';
import { hashPassword } from '../../server/auth/secrets.ts';
import { newId } from '../../shared/schema/ids.ts';
import type { StaffRole } from '../../shared/schema/roles.ts';

export const TEST_PASSWORD = 'correct horse battery staple';

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

/** A private redis-server for one test file, so it can be stopped and started without touching the machine's. */
export class TestRedis {
  private child: ChildProcess | null = null;
  private constructor(readonly port: number) {}

  static async start(): Promise<TestRedis> {
    const r = new TestRedis(await freePort());
    await r.resume();
    return r;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Start (again) on the same port, with nothing kept from before, as after a crash. */
  async resume(): Promise<void> {
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      let out = '';
      const t = setTimeout(() => reject(new Error(`redis did not start: ${out}`)), 10_000);
      child.stdout!.on('data', (b: Buffer) => {
        out += b.toString();
        if (out.includes('Ready to accept connections')) { clearTimeout(t); resolve(); }
      });
      child.once('exit', (code) => { clearTimeout(t); reject(new Error(`redis exited ${code}: ${out}`)); });
    });
  }

  /** SIGKILL: everything in it is gone, as in a crash. */
  async kill(): Promise<void> {
    if (this.child) await kill9(this.child);
    this.child = null;
  }
}

/** A TCP proxy in front of PostgreSQL that a test can cut (the machine's server keeps running). */
export class TcpProxy {
  private readonly sockets = new Set<Socket>();
  private open = true;
  private constructor(private readonly server: Server, private readonly target: { host: string; port: number }) {}

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    let proxy: TcpProxy | null = null;
    const server = createServer((client) => proxy!.accept(client));
    proxy = new TcpProxy(server, target);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return proxy;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  private accept(client: Socket): void {
    if (!this.open) return void client.destroy();
    const upstream = tcpConnect(this.target.port, this.target.host);
    for (const s of [client, upstream]) {
      this.sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => { this.sockets.delete(s); client.destroy(); upstream.destroy(); });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  }

  /** Drop every connection and refuse new ones: the database is unreachable. */
  cut(): void {
    this.open = false;
    for (const s of this.sockets) s.destroy();
  }

  restore(): void {
    this.open = true;
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise((r) => this.server.close(r));
  }
}

export interface Instance {
  url: string;
  child: ChildProcess;
  dataDir: string;
}

/**
 * Several server processes on one PostgreSQL schema of their own (reached through a proxy the test
 * can cut) and one Redis. Each instance is a real process, so a test can SIGKILL it.
 */
export class TestCluster {
  readonly instances: Instance[] = [];
  private constructor(
    readonly schema: string,
    readonly proxy: TcpProxy,
    readonly redis: TestRedis,
    readonly store: PostgresStore,
    private readonly env: Record<string, string>,
  ) {}

  static async start(n: number, env: Record<string, string> = {}): Promise<TestCluster> {
    const schema = freshSchema('cluster');
    const pgUrl = new URL(TEST_DATABASE_URL);
    const [proxy, redis, store] = await Promise.all([
      TcpProxy.start({ host: pgUrl.hostname, port: Number(pgUrl.port || 5432) }),
      TestRedis.start(),
      PostgresStore.open(TEST_DATABASE_URL, { schema, max: 2 }),
    ]);
    const c = new TestCluster(schema, proxy, redis, store, env);
    // One at a time: the first migrates; on 2 cores parallel start-ups only slow each other down.
    for (let i = 0; i < n; i++) await c.spawn();
    return c;
  }

  get databaseUrl(): string {
    const u = new URL(databaseUrlFor(this.schema));
    u.host = `127.0.0.1:${this.proxy.port}`;
    return u.toString();
  }

  async spawn(): Promise<Instance> {
    const dataDir = mkdtempSync(join(tmpdir(), 'cr-cluster-'));
    const { url, child } = await spawnServer(dataDir, {
      DATABASE_URL: this.databaseUrl, REDIS_URL: this.redis.url, ROOM_IDLE_MS: '200', ...this.env,
    });
    const inst = { url, child, dataDir };
    // CR_TEST_LOGS=dir keeps each instance's output for a failing run.
    if (process.env.CR_TEST_LOGS) {
      const file = join(process.env.CR_TEST_LOGS, `instance-${new URL(url).port}.log`);
      for (const s of [child.stdout!, child.stderr!]) s.on('data', (b: Buffer) => appendFileSync(file, b));
    }
    this.instances.push(inst);
    return inst;
  }

  async kill(i: Instance): Promise<void> {
    if (i.child.exitCode === null && i.child.signalCode === null) await kill9(i.child);
  }

  async addStaff(role: StaffRole, name = `Test ${role}`): Promise<{ id: string; email: string; password: string }> {
    const email = `${role}-${newId(6)}@example.org`;
    const id = newId();
    await this.store.createUser({ id, email, name, role, passwordHash: await hashPassword(TEST_PASSWORD), createdAt: new Date().toISOString() });
    return { id, email, password: TEST_PASSWORD };
  }

  async stop(): Promise<void> {
    for (const i of this.instances) {
      await this.kill(i);
      rmSync(i.dataDir, { recursive: true, force: true });
    }
    await this.redis.kill();
    await this.proxy.close();
    await this.store.close();
    await dropSchemas([this.schema]);
  }
}

/** The same browser (its cookies) talking to another instance, as behind a load balancer. */
export function via(client: ApiClient, url: string): ApiClient {
  const other = new ApiClient(url);
  // One cookie jar: a cookie the server sets through either address is the browser's.
  Object.defineProperty(other, 'jar', { value: client.jar });
  return other;
}
