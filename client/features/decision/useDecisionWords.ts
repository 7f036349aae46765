import { useMemo } from 'react';
import { categoryOptions, decisionOptions } from '../../../shared/rules/decision.ts';
import { useConference } from '../../model/hooks.ts';
import { useRoom } from '../../model/RoomContext.tsx';

/** The recorded decision for each child in the jurisdiction's words, in the conference's order of children. */
export function useDecisionWords() {
  const { conference } = useRoom();
  const perChild = useConference((m) => m.decision.perChild);
  return useMemo(() => {
    const outcomes = new Map<string, string>(decisionOptions(conference.jurisdiction, conference.type).map((o) => [o.value, o.label]));
    const categories = new Map<string, string>(categoryOptions(conference.jurisdiction).map((c) => [c.value, c.label]));
    return conference.children.flatMap((c) => {
      const d = perChild.find((p) => p.childId === c.id);
      return d ? [{ child: c, outcome: outcomes.get(d.outcome) ?? d.outcome, category: d.category ? (categories.get(d.category) ?? d.category) : null }] : [];
    });
  }, [conference, perChild]);
}
