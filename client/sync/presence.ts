import type { Awareness } from 'y-protocols/awareness';
import type { PresenceUser } from '../../shared/schema/board.ts';

function isUser(v: unknown): v is PresenceUser {
  if (typeof v !== 'object' || v === null) return false;
  const u = v as Record<string, unknown>;
  return typeof u.id === 'string' && typeof u.name === 'string' && typeof u.role === 'string';
}

/** The people connected now, one entry per person however many devices they use, by name. */
export function readPresence(awareness: Awareness): PresenceUser[] {
  const byId = new Map<string, PresenceUser>();
  awareness.getStates().forEach((state) => {
    const user = (state as { user?: unknown }).user;
    if (isUser(user) && !byId.has(user.id)) byId.set(user.id, { id: user.id, name: user.name, role: user.role });
  });
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Call `fn` whenever someone arrives or leaves (not on every cursor-like state change). */
export function watchPresence(awareness: Awareness, fn: (people: PresenceUser[]) => void): () => void {
  let last = '';
  const onChange = () => {
    const people = readPresence(awareness);
    const key = people.map((p) => `${p.id}:${p.name}:${p.role}`).join('|');
    if (key === last) return;
    last = key;
    fn(people);
  };
  awareness.on('change', onChange);
  onChange();
  return () => awareness.off('change', onChange);
}

/** PJ1: what one projector on the room reports: the step on its screen, how many pages it needs, which it shows. */
export interface ProjectorReport {
  step: string;
  pages: number;
  page: number;
}

function isReport(v: unknown): v is ProjectorReport {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return typeof r.step === 'string' && typeof r.pages === 'number' && typeof r.page === 'number';
}

/** Every projector connected to the room now (the chair's window, a device with its own link, or both). */
export function readProjectors(awareness: Awareness): ProjectorReport[] {
  const out: ProjectorReport[] = [];
  awareness.getStates().forEach((state) => {
    const p = (state as { projector?: unknown }).projector;
    if (isReport(p)) out.push({ step: p.step, pages: p.pages, page: p.page });
  });
  return out;
}
