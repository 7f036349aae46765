import { CONFERENCE_TYPE_LABELS } from '../../../shared/schema/conference.ts';
import { Link } from '../../components/Link.tsx';
import { SaveState } from '../../components/SaveState.tsx';
import { useCanEdit } from '../../model/hooks.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { paths } from '../../router.ts';
import { useUi } from '../../state/ui.ts';
import { ClosedSessionToggle } from './ClosedSessionToggle.tsx';
import { openProjectorWindow } from './usePresentToggle.ts';
import type { ProjectorPaging } from '../../model/useProjectorPaging.ts';
import { ProjectorPager } from './ProjectorPager.tsx';

/** The top of the chair's room: which meeting, the save state, and the controls for the whole room. */
export function RoomBar({ presenting, togglePresent, paging }: { presenting: boolean; togglePresent: () => void; paging: ProjectorPaging }) {
  const { conference } = useRoom();
  const canEdit = useCanEdit();
  const setShortcutsOpen = useUi((s) => s.setShortcutsOpen);
  const names = conference.children.map((c) => c.name).join(', ');
  return (
    <div className="cr-room-bar">
      <div className="cr-room-bar__title">
        <span className="cr-room-bar__meeting">{names}</span>
        <span className="cr-room-bar__type">{CONFERENCE_TYPE_LABELS[conference.type]}</span>
        <SaveState audience="staff" />
      </div>
      <div className="cr-room-bar__controls">
        {canEdit ? (
          <button type="button" className={`cr-button cr-button--small ${presenting ? '' : 'cr-button--secondary'}`} aria-pressed={presenting} onClick={togglePresent}>
            {presenting ? 'Stop presenting' : 'Present on the projector'}
          </button>
        ) : null}
        {presenting && canEdit ? <ProjectorPager paging={paging} /> : null}
        {presenting ? (
          <button type="button" className="cr-link-button" onClick={() => openProjectorWindow(conference.id)}>
            Open the projector window
          </button>
        ) : null}
        <ClosedSessionToggle />
        <button type="button" className="cr-link-button" onClick={() => setShortcutsOpen(true)} aria-keyshortcuts="?">
          Keyboard shortcuts
        </button>
        <Link href={paths.setup(conference.id)} className="cr-link">
          Attendees and invites
        </Link>
        <Link href={paths.record(conference.id)} className="cr-link">
          The record
        </Link>
      </div>
    </div>
  );
}
