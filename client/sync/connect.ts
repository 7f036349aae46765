import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import type { ConferenceDocs } from '../../shared/commands/docs.ts';
import type { PresenceUser } from '../../shared/schema/board.ts';
import { roomNames } from '../../shared/schema/docLayout.ts';
import { ApiError, api, type Me } from '../api.ts';
import { Channel } from './channel.ts';
import { IntentLine } from './intentLine.ts';
import { clearLocalCopies } from './localCopies.ts';
import { finalFor, type FinalState } from './closeCodes.ts';

export type LinkState = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export interface ConnectionStatus {
  link: LinkState;
  /** Local edits not yet answered for by the server. */
  saving: boolean;
  /** SF2 — The server is up but cannot save: edits are kept on this device until it can. */
  cannotSave: boolean;
  /** The documents have content to show: synced with the server once, or loaded from this device. */
  loaded: boolean;
  /** The server ended this connection for good; the screen must say why. */
  final: FinalState | null;
  /** The server's instances cannot reach each other for now (docs/scaling.md): edits are saved but reach others a little later. */
  delayed: boolean;
}

export interface Connection {
  readonly conferenceId: string;
  readonly docs: ConferenceDocs;
  /** Presence in the room, from the shared document's connection. */
  readonly awareness: Awareness;
  /** IN10 — Intents over the shared document's socket while it is open. */
  readonly intents: IntentLine;
  status(): ConnectionStatus;
  /** The connection has ended for good (closed, removed, session over): stop keeping copies on this device and delete them. */
  dropLocalCopies(): Promise<void>;
  subscribe(fn: () => void): () => void;
  destroy(): void;
}

/** After this long without a connection, say so plainly rather than "Reconnecting…". */
const OFFLINE_AFTER_MS = 6000;
/** While the socket keeps failing, ask the server whether the session still exists this often. */
const SESSION_CHECK_MS = 15000;

export function syncServerUrl(): string {
  return `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/sync`;
}

/**
 * Connect to a conference's documents: the shared one always, the professional one only for a
 * professional view (and never for the projector, so restricted items cannot reach it). Staff who
 * write keep a copy on this device so offline edits survive a reload.
 */
export function connectConference(
  conferenceId: string,
  me: Me,
  opts: { sharedOnly?: boolean; user?: PresenceUser | null; closed?: boolean } = {},
): Connection {
  const rooms = roomNames(conferenceId);
  const persist = me.canWrite && !opts.sharedOnly && !opts.closed;
  const shared = new Y.Doc();
  const professional = me.view === 'professional' && !opts.sharedOnly ? new Y.Doc() : null;
  const url = syncServerUrl();
  const channels = [new Channel(url, rooms.shared, shared, { persist })];
  if (professional) channels.push(new Channel(url, rooms.professional, professional, { persist }));
  const main = channels[0]!;
  main.provider.awareness.setLocalState(opts.user ? { user: opts.user } : {});
  const intents = new IntentLine(main.provider);

  const started = Date.now();
  let localLoaded = !persist;
  let everSynced = false;
  let sessionFinal: FinalState | null = null;
  let lastSessionCheck = 0;
  const listeners = new Set<() => void>();

  const compute = (): ConnectionStatus => {
    const states = channels.map((c) => c.current);
    const finalCode = states.find((s) => s.finalCode !== null)?.finalCode ?? null;
    const final = sessionFinal ?? (finalCode !== null ? finalFor(finalCode) : null);
    if (states.every((s) => s.synced)) everSynced = true;
    const connected = states.every((s) => s.connected);
    let link: LinkState = 'connected';
    // The browser knows it has no network: say so at once, even before the socket notices.
    if (!navigator.onLine) link = 'offline';
    else if (!connected) {
      const since = Math.min(...states.map((s) => s.disconnectedSince ?? (s.everConnected ? Date.now() : started)));
      const long = Date.now() - since > OFFLINE_AFTER_MS;
      if (long) link = 'offline';
      else link = states.some((s) => s.everConnected) ? 'reconnecting' : 'connecting';
    }
    const delayed = [...main.provider.awareness.getStates().values()].some((st) => (st as { notice?: unknown }).notice === 'sync_delayed');
    return { link, saving: states.some((s) => s.pending), cannotSave: connected && states.some((s) => s.cannotSave), loaded: everSynced || (persist && localLoaded), final, delayed };
  };
  let status = compute();
  const refresh = () => {
    const next = compute();
    if (next.link === status.link && next.saving === status.saving && next.cannotSave === status.cannotSave && next.loaded === status.loaded && next.final === status.final && next.delayed === status.delayed) return;
    status = next;
    for (const l of listeners) l();
  };

  const checkSession = () => {
    if (sessionFinal || status.link === 'connected' || !navigator.onLine) return;
    if (Date.now() - lastSessionCheck < SESSION_CHECK_MS) return;
    lastSessionCheck = Date.now();
    api.getSession().catch((e: unknown) => {
      if (e instanceof ApiError && e.status === 401) {
        sessionFinal = 'session';
        refresh();
      }
    });
  };

  const unsubs = channels.map((c) => c.subscribe(refresh));
  if (persist) {
    void Promise.all(channels.map((c) => c.whenLocalLoaded())).then(() => {
      // An empty local copy (a first visit on this device) is not something to show: wait for the
      // server, or the chair would see step 1 and could move the room before the real state arrives.
      localLoaded = shared.store.clients.size > 0;
      refresh();
    });
  }
  const tick = setInterval(() => {
    refresh();
    if (status.link === 'offline') checkSession();
  }, 1000);
  window.addEventListener('online', refresh);
  window.addEventListener('offline', refresh);

  return {
    conferenceId,
    docs: { shared, professional },
    awareness: main.provider.awareness,
    intents,
    status: () => status,
    dropLocalCopies: async () => {
      await Promise.all(channels.map((c) => c.dropLocal()));
      await clearLocalCopies([conferenceId]);
    },
    subscribe: (fn) => {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    destroy: () => {
      clearInterval(tick);
      window.removeEventListener('online', refresh);
      window.removeEventListener('offline', refresh);
      unsubs.forEach((u) => u());
      listeners.clear();
      channels.forEach((c) => c.destroy());
      shared.destroy();
      professional?.destroy();
    },
  };
}
