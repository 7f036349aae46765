import { setClosedSession } from '../../../shared/commands/meeting.ts';
import { useCanEdit, useCommand, useConference } from '../../model/hooks.ts';
import { T, useT } from '../../i18n/useT.tsx';

/** Start or end a closed session: family devices pause on a calm screen, new items default to professionals only. */
export function ClosedSessionToggle() {
  const closed = useConference((m) => m.closedSession);
  const canEdit = useCanEdit();
  const t = useT();
  const run = useCommand(setClosedSession);
  if (!canEdit) return null;
  return (
    <button type="button" className={`govuk-button cr-button--small ${closed ? '' : 'govuk-button--secondary'}`} aria-pressed={closed} onClick={() => run(!closed)}>
      {t(closed ? 'room.closedSession.end' : 'room.closedSession.start')}
    </button>
  );
}

/** While a closed session runs, the chair sees it plainly at the top of the room. */
export function ClosedSessionNotice() {
  const closed = useConference((m) => m.closedSession);
  if (!closed) return null;
  return (
    <div className="cr-closed-notice" role="status">
      <T id="room.closedSession.notice" values={{ b: (chunks) => <strong>{chunks}</strong> }} />
    </div>
  );
}
