import { Link } from '../../components/Link.tsx';
import { SaveState } from '../../components/SaveState.tsx';
import { useStickyOffset } from '../../components/useStickyOffset.ts';
import { useCanEdit } from '../../model/hooks.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { paths } from '../../router.ts';
import { useUi } from '../../state/ui.ts';
import { ClosedSessionToggle } from './ClosedSessionToggle.tsx';
import { openProjectorWindow } from './usePresentToggle.ts';
import type { ProjectorPaging } from '../../model/useProjectorPaging.ts';
import { ProjectorPager } from './ProjectorPager.tsx';
import { useT } from '../../i18n/useT.tsx';

/** The top of the chair's room: which meeting, the save state, and the controls for the whole room. */
export function RoomBar({ presenting, togglePresent, paging }: { presenting: boolean; togglePresent: () => void; paging: ProjectorPaging }) {
  const { conference } = useRoom();
  const canEdit = useCanEdit();
  const t = useT();
  const setShortcutsOpen = useUi((s) => s.setShortcutsOpen);
  const names = conference.children.map((c) => c.name).join(', ');
  const stickyRef = useStickyOffset<HTMLDivElement>();
  return (
    <div className="cr-room-bar" ref={stickyRef}>
      <div className="cr-room-bar__title">
        <span className="cr-room-bar__meeting">{names}</span>
        <span className="cr-room-bar__type">{t(`conferences.type.${conference.type}`)}</span>
        <SaveState audience="staff" />
      </div>
      <div className="cr-room-bar__controls">
        {canEdit ? (
          <button type="button" className={`govuk-button cr-button--small ${presenting ? '' : 'govuk-button--secondary'}`} aria-pressed={presenting} onClick={togglePresent}>
            {t(presenting ? 'room.bar.stopPresenting' : 'room.bar.present')}
          </button>
        ) : null}
        {presenting && canEdit ? <ProjectorPager paging={paging} /> : null}
        {presenting ? (
          <button type="button" className="cr-link-button" onClick={() => openProjectorWindow(conference.id)}>
            {t('room.bar.openProjector')}
          </button>
        ) : null}
        <ClosedSessionToggle />
        <button type="button" className="cr-link-button" onClick={() => setShortcutsOpen(true)} aria-keyshortcuts="?">
          {t('room.shortcuts.title')}
        </button>
        <Link href={paths.setup(conference.id)} className="govuk-link">
          {t('room.bar.attendees')}
        </Link>
        <Link href={paths.record(conference.id)} className="govuk-link">
          {t('room.bar.record')}
        </Link>
      </div>
    </div>
  );
}
