import * as decoding from 'lib0/decoding';
import type { PresenceUser } from '../../shared/schema/board.ts';
import { stepById } from '../../shared/rules/agenda.ts';
import { MAX_PROJECTOR_PAGES } from '../../shared/commands/meeting.ts';

/**
 * Presence fields a client may set itself; everything else is dropped. `user` always comes from the
 * session. No field is free text: presence reaches family devices, so a professional's client must
 * not be able to carry words there (a step is one of the agenda's ids).
 */
const ALLOWED_FIELDS: Record<string, (v: unknown) => boolean> = {
  step: (v) => typeof v === 'string' && stepById(v) !== undefined,
  live: (v) => typeof v === 'boolean',
  // PJ1: a projector says how many pages the step needs on its screen and which it shows, so the chair can say "page 2 of 3".
  projector: (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    const p = v as Record<string, unknown>;
    const small = (n: unknown, min: number) => typeof n === 'number' && Number.isInteger(n) && n >= min && n <= MAX_PROJECTOR_PAGES;
    return Object.keys(p).length === 3 && typeof p.step === 'string' && stepById(p.step) !== undefined && small(p.pages, 1) && small(p.page, 0);
  },
};

export const MAX_AWARENESS_STATE_BYTES = 2048;
export const MAX_CLIENT_IDS_PER_CONNECTION = 4;

export interface AwarenessBinding {
  /** Client ids this connection has claimed. */
  own: Set<number>;
  /** Whether another connection in the room already owns the id. */
  ownedElsewhere(clientId: number): boolean;
  /** Record a new claim (the room's owner index). */
  claim(clientId: number): void;
}

/** One presence entry after the filter: the state as an object (stored) and as JSON (relayed). */
export interface CleanEntry {
  clientId: number;
  clock: number;
  state: Record<string, unknown> | null;
  json: string;
}

/**
 * Filter an awareness update from one connection: keep only entries for client ids bound to it
 * (binding new ones up to a cap), overwrite `user` from the session, and drop unknown fields.
 * Echoes of other people's entries (y-websocket clients re-send what they receive) are dropped here. Returns null when nothing of this connection's own remains (an echo).
 * Throws on malformed input; the caller closes the socket.
 */
export function filterAwarenessUpdate(update: Uint8Array, binding: AwarenessBinding, user: PresenceUser): CleanEntry[] | null {
  const d = decoding.createDecoder(update);
  const count = decoding.readVarUint(d);
  if (count > 64) throw new Error('too many awareness entries');
  const out: CleanEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(d);
    const clock = decoding.readVarUint(d);
    const raw = decoding.readVarString(d);
    if (raw.length > MAX_AWARENESS_STATE_BYTES) throw new Error('awareness state too large');
    const parsed: unknown = JSON.parse(raw);
    if (!binding.own.has(clientId)) {
      // A device introduces itself with a state; a removal for an id this socket does not own is the
      // echo of someone leaving, and must not bind their id to this socket.
      if (parsed === null || binding.ownedElsewhere(clientId) || binding.own.size >= MAX_CLIENT_IDS_PER_CONNECTION) continue;
      binding.own.add(clientId);
      binding.claim(clientId);
    }
    if (parsed === null) {
      out.push({ clientId, clock, state: null, json: 'null' });
      continue;
    }
    if (typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('awareness state is not an object');
    const clean: Record<string, unknown> = { user };
    for (const [k, check] of Object.entries(ALLOWED_FIELDS)) {
      const v = (parsed as Record<string, unknown>)[k];
      if (check(v)) clean[k] = v;
    }
    out.push({ clientId, clock, state: clean, json: JSON.stringify(clean) });
  }
  return out.length ? out : null;
}
