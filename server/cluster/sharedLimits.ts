import type { Redis } from 'ioredis';
import { AttemptLimiter } from '../http/attemptLimiter.ts';
import { WriteLimiter } from '../http/writeLimiter.ts';
import type { Limits, Taken } from '../http/limits.ts';

/** Redis for the limits while it is reachable, or null: then each instance holds the limit by itself. */
export type RedisSource = () => Redis | null;

// A token bucket per key, refilled by Redis's clock so every instance draws from the same bucket.
const TAKE = `
local burst = tonumber(ARGV[1]); local rate = tonumber(ARGV[2])
local t = redis.call('TIME'); local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at', 'tripped')
local tokens = tonumber(b[1]) or burst
local at = tonumber(b[2]) or now
local tripped = b[3] == '1'
tokens = math.min(burst, tokens + (now - at) / 1000 * rate)
local out
if tokens >= 1 then
  tokens = tokens - 1
  if tokens >= burst / 2 then tripped = false end
  out = 'ok'
elseif tripped then out = 'limited'
else tripped = true; out = 'first_limited' end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now, 'tripped', tripped and '1' or '0')
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate * 1000) + 1000)
return out`;


/** WH5 across instances: the same budget whichever instance a write reaches. */
export class SharedWriteLimiter {
  private readonly local: WriteLimiter;
  constructor(
    private readonly name: string,
    private readonly burst: number,
    private readonly perSecond: number,
    private readonly redis: RedisSource,
  ) {
    this.local = new WriteLimiter(burst, perSecond);
  }

  async take(key: string): Promise<Taken> {
    const r = this.redis();
    if (!r) return this.local.take(key);
    try {
      return (await r.eval(TAKE, 1, `cr:wl:${this.name}:${key}`, this.burst, this.perSecond)) as Taken;
    } catch {
      return this.local.take(key);
    }
  }
}

// LM1 across instances: check and count in one step for every key, so a burst spread over the
// instances cannot slip past the limit. A sorted set per key holds the attempts' times.
const ATTEMPT = `
local now = tonumber(ARGV[1]); local window = tonumber(ARGV[2]); local max = tonumber(ARGV[3])
local wait = 0
for i, key in ipairs(KEYS) do
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  local n = redis.call('ZCARD', key)
  if n >= max then
    local oldest = redis.call('ZRANGE', key, n - max, n - max, 'WITHSCORES')
    wait = math.max(wait, math.ceil((tonumber(oldest[2]) + window - now) / 1000))
  end
end
if wait > 0 then return wait end
for i, key in ipairs(KEYS) do
  redis.call('ZADD', key, now, ARGV[4])
  redis.call('PEXPIRE', key, window)
end
return 0`;

const WITHDRAW = `
for i, key in ipairs(KEYS) do
  local m = redis.call('ZRANGEBYSCORE', key, ARGV[1], ARGV[1], 'LIMIT', 0, 1)
  if m[1] then redis.call('ZREM', key, m[1]) end
end
return 0`;

/** Attempts across instances (login, join); this instance's own limiter while Redis is away. */
export class SharedAttemptLimiter {
  private readonly local: AttemptLimiter;
  constructor(
    private readonly name: string,
    private readonly maxFailures: number,
    private readonly windowMs: number,
    private readonly redis: RedisSource,
  ) {
    this.local = new AttemptLimiter(maxFailures, windowMs);
  }

  private keys(keys: readonly string[]): string[] {
    return keys.map((k) => `cr:at:${this.name}:${k}`);
  }

  async attempt(keys: readonly string[], at: number): Promise<number> {
    const r = this.redis();
    if (!r) return this.local.attempt(keys, at);
    try {
      const member = `${at}:${Math.random().toString(36).slice(2)}`;
      return Number(await r.eval(ATTEMPT, keys.length, ...this.keys(keys), at, this.windowMs, this.maxFailures, member));
    } catch {
      return this.local.attempt(keys, at);
    }
  }

  async withdraw(keys: readonly string[], at: number): Promise<void> {
    this.local.withdraw(keys, at);
    await this.redis()?.eval(WITHDRAW, keys.length, ...this.keys(keys), at).catch(() => undefined);
  }

  async reset(key: string): Promise<void> {
    this.local.reset(key);
    await this.redis()?.del(...this.keys([key])).catch(() => undefined);
  }
}

// One hash per session: open sockets per instance. Instances that stopped renewing their
// liveness key no longer count (a SIGKILLed instance's sockets are gone with it).
const CLAIM = `
local total = 0
local fields = redis.call('HGETALL', KEYS[1])
for i = 1, #fields, 2 do
  if redis.call('EXISTS', 'cr:alive:' .. fields[i]) == 1 then total = total + tonumber(fields[i + 1])
  else redis.call('HDEL', KEYS[1], fields[i]) end
end
if total >= tonumber(ARGV[2]) then return 0 end
redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
redis.call('PEXPIRE', KEYS[1], 86400000)
return 1`;

/** The per-session socket cap across instances (SY3). */
export class SharedSocketCap {
  private readonly aliveTimer: NodeJS.Timeout;

  constructor(
    private readonly instanceId: string,
    private readonly cap: number,
    private readonly redis: RedisSource,
    /** This instance's open sockets per session, to re-register after Redis restarts empty. */
    private readonly localCounts: () => Map<string, number>,
  ) {
    this.aliveTimer = setInterval(() => void this.renew(), 3000);
    this.aliveTimer.unref();
  }

  async renew(): Promise<void> {
    await this.redis()?.set(`cr:alive:${this.instanceId}`, '1', 'PX', 10_000).catch(() => undefined);
  }

  /** Redis came back (perhaps empty): say again what this instance holds. */
  async reregister(): Promise<void> {
    const r = this.redis();
    if (!r) return;
    await this.renew();
    const p = r.multi();
    for (const [hash, n] of this.localCounts()) p.hset(`cr:sockets:${hash}`, this.instanceId, n).pexpire(`cr:sockets:${hash}`, 86_400_000);
    await p.exec().catch(() => undefined);
  }

  /** True when one more socket is allowed across every instance (and counted); null when Redis is away. */
  async claim(sessionHash: string): Promise<boolean | null> {
    const r = this.redis();
    if (!r) return null;
    try {
      return (await r.eval(CLAIM, 1, `cr:sockets:${sessionHash}`, this.instanceId, this.cap)) === 1;
    } catch {
      return null;
    }
  }

  release(sessionHash: string): void {
    const r = this.redis();
    if (!r) return;
    r.hincrby(`cr:sockets:${sessionHash}`, this.instanceId, -1).catch(() => undefined);
  }

  stop(): void {
    clearInterval(this.aliveTimer);
  }
}

/** Limits held in Redis, each falling back to this instance while Redis is away. */
export function sharedLimits(redis: RedisSource): Limits {
  return {
    write: (name, burst, perSecond) => new SharedWriteLimiter(name, burst, perSecond, redis),
    attempts: (name, maxFailures, windowMs) => new SharedAttemptLimiter(name, maxFailures, windowMs, redis),
  };
}
