import { isReportLate } from '../../../shared/rules/reports.ts';
import { conferenceLocalDate } from '../../../shared/rules/workingDays.ts';
import { Tag } from '../../components/Tag.tsx';
import { T, useFormat } from '../../i18n/useT.tsx';
import { useRoom } from '../../model/RoomContext.tsx';
import { useCouncilSettings } from '../../state/settings.ts';

/** RP1 — A report shared with the family later than the council's notice rule is flagged, calmly, with the date it was due. */
export function ReportTiming({ sharedOn }: { sharedOn: string }) {
  const { conference } = useRoom();
  const { reports } = useCouncilSettings();
  const f = useFormat();
  const timing = isReportLate(sharedOn, conferenceLocalDate(conference.startsAt), conference.type, conference.jurisdiction, reports);
  if (!timing.late) return null;
  return (
    <p className="cr-item__meta">
      <T id="board.report.late" values={{ date: f.dayDate(timing.latest), tag: (chunks) => <Tag colour="yellow">{chunks}</Tag> }} />
    </p>
  );
}
