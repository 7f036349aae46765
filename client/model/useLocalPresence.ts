import { useEffect } from 'react';
import { useRoom } from './RoomContext.tsx';

/**
 * Tell the room which step this device is looking at, and whether it follows live. Only these
 * two fields are ours to set: the server writes who we are from the session.
 */
export function useLocalPresence(step: string, live: boolean): void {
  const { conn } = useRoom();
  useEffect(() => {
    conn.awareness.setLocalStateField('step', step);
    conn.awareness.setLocalStateField('live', live);
  }, [conn, step, live]);
}
