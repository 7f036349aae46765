import { useMemo } from 'react';
import { categoryOptions, viewOptions } from '../../../shared/rules/decision.ts';
import { canGiveView, expectedToTakePart } from '../../../shared/rules/permissions.ts';
import type { ViewEntry } from '../../../shared/schema/project.ts';
import { useConference } from '../../model/hooks.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { useT } from '../../i18n/useT.tsx';

/** The jurisdiction's words for each view and category, in the person's language, looked up by stored value. */
export function useViewWords() {
  const { conference } = useRoom();
  const t = useT();
  return useMemo(() => {
    const views = viewOptions(conference.jurisdiction).map((v) => ({ value: v.value, label: t(v.label) }));
    const categories = categoryOptions(conference.jurisdiction).map((c) => ({ value: c.value, label: t(c.label) }));
    const viewLabel = new Map<string, string>(views.map((v) => [v.value, v.label]));
    const categoryLabel = new Map<string, string>(categories.map((c) => [c.value, c.label]));
    return {
      views,
      categories,
      view: (value: string) => viewLabel.get(value) ?? value,
      category: (value: string) => (value ? (categoryLabel.get(value) ?? value) : ''),
    };
  }, [conference.jurisdiction, t]);
}

/**
 * Who gives a view on the plan: the people who take part in scaling (PM5), the family and the
 * professionals alike. Family views are recorded and never counted (PM4, DV1).
 */
export function useViewGivers() {
  const attendees = useConference((m) => m.attendees);
  const views = useConference((m) => m.views);
  return useMemo(() => {
    const byId = new Map<string, ViewEntry>(views.map((v) => [v.id, v]));
    const givers = expectedToTakePart(attendees, canGiveView, new Set(byId.keys()));
    // The chair may record a view from someone's written report, though they are not expected to give one (PM9).
    const recordable = attendees.filter((a) => canGiveView(a.role));
    return { givers, byId, missing: givers.filter((a) => !byId.has(a.id)), recordable };
  }, [attendees, views]);
}

export const firstName = (name: string): string => name.split(' ')[0] ?? name;
