import { create } from 'zustand';
import { ApiError, api, type Session } from '../api.ts';
import { clearAllLocalCopies } from '../sync/localCopies.ts';

/** Who is using this browser: loaded once from GET /api/session, refreshed after login or join. */
interface SessionState {
  /** `error`: the server could not be reached; `load` can be tried again. */
  status: 'loading' | 'none' | 'ready' | 'error';
  session: Session | null;
  load: () => Promise<Session | null>;
  set: (session: Session | null) => void;
  logout: () => Promise<void>;
}

export const useSession = create<SessionState>()((set) => ({
  status: 'loading',
  session: null,
  load: async () => {
    try {
      const session = await api.getSession();
      set({ status: 'ready', session });
      return session;
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) {
        set({ status: 'none', session: null });
        return null;
      }
      set({ status: 'error', session: null });
      return null;
    }
  },
  set: (session) => set({ status: session ? 'ready' : 'none', session }),
  logout: async () => {
    try {
      await api.logout();
    } finally {
      await clearAllLocalCopies();
      set({ status: 'none', session: null });
    }
  },
}));

/** The display name and id this device uses in presence. */
export function sessionUser(session: Session | null): { id: string; name: string; role: string } | null {
  if (!session) return null;
  if (session.kind === 'staff') return { id: session.user.id, name: session.user.name, role: session.user.role };
  return { id: session.attendee.id, name: session.attendee.name, role: session.attendee.role };
}
