import { useCallback } from 'react';
import { setPresenting } from '../../../shared/commands/meeting.ts';
import { useCommand, useConference } from '../../model/hooks.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { paths } from '../../router.ts';

/** The projector window's name: opening it again brings the same window forward, never a second one. */
const PROJECTOR_WINDOW = 'cr-projector';

/** Open (or bring forward) the projector window. Call it from a click or key press. */
export function openProjectorWindow(conferenceId: string): void {
  window.open(paths.projector(conferenceId), PROJECTOR_WINDOW)?.focus();
}

/** Present on/off ("p"): turning it on opens the projector window and shows the meeting there. */
export function usePresentToggle(): { presenting: boolean; toggle: () => void } {
  const { conference } = useRoom();
  const presenting = useConference((m) => m.presenting);
  const run = useCommand(setPresenting);
  const toggle = useCallback(() => {
    if (!presenting) openProjectorWindow(conference.id);
    run(!presenting);
  }, [presenting, conference.id, run]);
  return { presenting, toggle };
}
