import { useMemo } from 'react';
import { computeDeadlines, recordedDeadlines, type Deadline } from '../../../shared/rules/deadlines.ts';
import { conferenceLocalDate } from '../../../shared/rules/workingDays.ts';
import { useConference } from '../../model/hooks.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { useCouncilSettings } from '../../state/settings.ts';
import { policyOf } from '../../../shared/schema/settings.ts';

/**
 * The conference's deadlines (WD1–WD6) as the record shows them (OV2: with the chair's changes),
 * and each rule's own date (`base`), which a change is always made from.
 */
export function useDeadlines(which: 'draft' | 'recorded' = 'draft'): { shown: Deadline[]; base: ReadonlyMap<string, Deadline> } {
  const { conference } = useRoom();
  // DE6: the family and the projector see the recorded version's dates; the chair works on the draft.
  const perChild = useConference((m) => (which === 'recorded' && m.decision.recorded ? m.decision.recorded.perChild : m.decision.perChild));
  const dateOverrides = useConference((m) => (which === 'recorded' && m.decision.recorded ? m.decision.recorded.dateOverrides : m.decision.dateOverrides));
  // The deadlines follow the council's own timescales (ST1, TS1).
  const settings = useCouncilSettings();
  return useMemo(() => {
    const facts = { date: conferenceLocalDate(conference.startsAt), startTime: conference.startsAt.slice(11, 16), type: conference.type, jurisdiction: conference.jurisdiction };
    const policy = policyOf(settings);
    return {
      shown: recordedDeadlines(facts, { perChild, dateOverrides }, policy),
      base: new Map(computeDeadlines(facts, policy).map((d) => [d.ruleId, d])),
    };
  }, [conference.startsAt, conference.type, conference.jurisdiction, perChild, dateOverrides, settings]);
}
