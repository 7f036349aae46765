import { setClosedSession } from '../../../shared/commands/meeting.ts';
import { useCanEdit, useCommand, useConference } from '../../model/hooks.ts';

/** Start or end a closed session: family devices pause on a calm screen, new items default to professionals only. */
export function ClosedSessionToggle() {
  const closed = useConference((m) => m.closedSession);
  const canEdit = useCanEdit();
  const run = useCommand(setClosedSession);
  if (!canEdit) return null;
  return (
    <button type="button" className={`cr-button cr-button--small ${closed ? '' : 'cr-button--secondary'}`} aria-pressed={closed} onClick={() => run(!closed)}>
      {closed ? 'End closed session — the family comes back' : 'Start closed session — the family steps out'}
    </button>
  );
}

/** While a closed session runs, the chair sees it plainly at the top of the room. */
export function ClosedSessionNotice() {
  const closed = useConference((m) => m.closedSession);
  if (!closed) return null;
  return (
    <div className="cr-closed-notice" role="status">
      <strong>Closed session.</strong> Family devices are showing a waiting screen. New items are professionals only unless you untick the box.
    </div>
  );
}
