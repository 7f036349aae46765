import type { PresenceEntry } from '../sync/upgrade.ts';
import type { RedisSource } from './sharedLimits.ts';

const EVERY_MS = 2000;
/** An instance's entries older than this are ignored: it has died or lost Redis. */
const STALE_MS = 3 * EVERY_MS;
const key = (conferenceId: string) => `cr:presence:${conferenceId}`;

/**
 * RM2 across instances: who is connected to a conference, whichever instance holds their sockets.
 * Each instance writes its own entries per conference into a Redis hash every two seconds (and
 * removes them when its last socket there closes); a reader merges the other instances' fresh
 * entries with its own live ones. While Redis is away, each instance answers with its own.
 */
export class PresenceBoard {
  private readonly timer: NodeJS.Timeout;
  private published = new Set<string>();

  constructor(
    private readonly instanceId: string,
    private readonly redis: RedisSource,
    private readonly local: { conferences(): string[]; presence(conferenceId: string): PresenceEntry[] },
  ) {
    this.timer = setInterval(() => void this.publish(), EVERY_MS);
    this.timer.unref();
  }

  async publish(): Promise<void> {
    const r = this.redis();
    if (!r) return;
    const now = Date.now();
    const here = new Set(this.local.conferences());
    const m = r.multi();
    for (const id of here) {
      m.hset(key(id), this.instanceId, JSON.stringify({ at: now, entries: this.local.presence(id) }));
      m.pexpire(key(id), STALE_MS * 2);
    }
    for (const id of this.published) if (!here.has(id)) m.hdel(key(id), this.instanceId);
    await m.exec().then(() => { this.published = here; }, () => undefined);
  }

  async presence(conferenceId: string): Promise<PresenceEntry[]> {
    const mine = this.local.presence(conferenceId);
    const r = this.redis();
    if (!r) return mine;
    let others: Record<string, string> = {};
    try {
      others = await r.hgetall(key(conferenceId));
    } catch {
      return mine;
    }
    const byPerson = new Map<string, PresenceEntry>();
    const add = (e: PresenceEntry) => {
      const k = e.attendeeId ?? `user:${e.userId}`;
      const seen = byPerson.get(k);
      if (!seen) return void byPerson.set(k, { ...e, documents: [...e.documents] });
      seen.sockets += e.sockets;
      for (const d of e.documents) if (!seen.documents.includes(d)) seen.documents.push(d);
    };
    mine.forEach(add);
    for (const [instance, json] of Object.entries(others)) {
      if (instance === this.instanceId) continue;
      try {
        const v = JSON.parse(json) as { at: number; entries: PresenceEntry[] };
        if (Date.now() - v.at <= STALE_MS) v.entries.forEach(add);
      } catch {
        // A malformed entry is skipped; the instance rewrites it within two seconds.
      }
    }
    return [...byPerson.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
