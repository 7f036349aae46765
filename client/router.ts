import { useSyncExternalStore } from 'react';

/**
 * A tiny router over the History API. The current path is the only state; screens read their
 * parameters from `matchRoute`. `navigate` pushes (or replaces) and notifies subscribers.
 */
const CHANGE = 'cr:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const currentPath = () => window.location.pathname;

/** The current path name, re-rendering when it changes. */
export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath, currentPath);
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(CHANGE));
  if (!options.replace) window.scrollTo(0, 0);
}

export type Route =
  | { name: 'login' }
  | { name: 'conferences' }
  | { name: 'new' }
  | { name: 'room'; id: string }
  | { name: 'setup'; id: string }
  | { name: 'projector'; id: string }
  | { name: 'record'; id: string }
  | { name: 'record_link' }
  | { name: 'deadlines' }
  | { name: 'join' }
  | { name: 'admin' }
  | { name: 'case'; id: string }
  | { name: 'not_found' };

const ID = '([a-z0-9]{10,32})';
const PATTERNS: readonly [RegExp, (m: RegExpExecArray) => Route][] = [
  [/^\/login\/?$/, () => ({ name: 'login' })],
  [/^\/$/, () => ({ name: 'conferences' })],
  [/^\/conferences\/new\/?$/, () => ({ name: 'new' })],
  [new RegExp(`^/conferences/${ID}/setup/?$`), (m) => ({ name: 'setup', id: m[1] ?? '' })],
  [new RegExp(`^/conferences/${ID}/projector/?$`), (m) => ({ name: 'projector', id: m[1] ?? '' })],
  [new RegExp(`^/conferences/${ID}/record/?$`), (m) => ({ name: 'record', id: m[1] ?? '' })],
  [/^\/record\/?$/, () => ({ name: 'record_link' })],
  [/^\/deadlines\/?$/, () => ({ name: 'deadlines' })],
  [new RegExp(`^/conferences/${ID}/?$`), (m) => ({ name: 'room', id: m[1] ?? '' })],
  [/^\/join\/?$/, () => ({ name: 'join' })],
  [/^\/admin\/?$/, () => ({ name: 'admin' })],
  [new RegExp(`^/cases/${ID}/?$`), (m) => ({ name: 'case', id: m[1] ?? '' })],
];

export function matchRoute(path: string): Route {
  for (const [re, make] of PATTERNS) {
    const m = re.exec(path);
    if (m) return make(m);
  }
  return { name: 'not_found' };
}

/** Paths used by links, so that every screen spells them the same way. */
export const paths = {
  login: (next?: string) => (next ? `/login?next=${encodeURIComponent(next)}` : '/login'),
  conferences: () => '/',
  create: () => '/conferences/new',
  room: (id: string) => `/conferences/${id}`,
  setup: (id: string) => `/conferences/${id}/setup`,
  projector: (id: string) => `/conferences/${id}/projector`,
  record: (id: string) => `/conferences/${id}/record`,
  deadlines: () => '/deadlines',
  admin: () => '/admin',
  case: (caseId: string) => `/cases/${caseId}`,
};
