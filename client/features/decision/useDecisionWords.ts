import { useMemo } from 'react';
import { categoryOptions, decisionOptions } from '../../../shared/rules/decision.ts';
import { useConference } from '../../model/hooks.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import type { DecisionFields } from '../../../shared/schema/project.ts';
import { useT, type Translate } from '../../i18n/useT.tsx';
import type { Conference } from '../../../shared/schema/conference.ts';

const NONE: DecisionFields['perChild'] = [];

/**
 * The decision for each child in the jurisdiction's words, in the conference's order of children:
 * the recorded version when `which` is 'recorded' (what the family and projector see, DE6), else the chair's draft.
 */
export function useDecisionWords(which: 'draft' | 'recorded' = 'draft') {
  const { conference } = useRoom();
  const draft = useConference((m) => m.decision.perChild);
  const recorded = useConference((m) => m.decision.recorded?.perChild ?? NONE);
  const perChild = which === 'recorded' ? recorded : draft;
  const t = useT();
  return useMemo(() => {
    const labels = labelsFor(conference, t);
    return conference.children.flatMap((c) => {
      const d = perChild.find((p) => p.childId === c.id);
      return d ? [{ child: c, outcome: labels.outcome(d.outcome), category: d.category ? labels.category(d.category) : null }] : [];
    });
  }, [conference, perChild, t]);
}

function labelsFor(conference: Pick<Conference, 'jurisdiction' | 'type'>, t: Translate) {
  const outcomes = new Map<string, string>(decisionOptions(conference.jurisdiction, conference.type).map((o) => [o.value, t(o.label)]));
  const categories = new Map<string, string>(categoryOptions(conference.jurisdiction).map((c) => [c.value, t(c.label)]));
  return { outcome: (v: string) => outcomes.get(v) ?? v, category: (v: string) => categories.get(v) ?? v };
}

/** The jurisdiction's words for an outcome or category by stored value, in the person's language. */
export function useDecisionLabels() {
  const { conference } = useRoom();
  const t = useT();
  return useMemo(() => labelsFor({ jurisdiction: conference.jurisdiction, type: conference.type }, t), [conference.jurisdiction, conference.type, t]);
}
