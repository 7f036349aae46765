import { useMemo } from 'react';
import type { PlanAction } from '../../../shared/schema/board.ts';
import { useConference } from '../../model/hooks.ts';

/** Danger statements are numbered as on the danger statements step: "Worry 1", "Worry 2". */
export function useWorryNumbers(): ReadonlyMap<string, number> {
  const dangers = useConference((m) => m.dangers);
  return useMemo(() => new Map(dangers.map((d, i) => [d.id, i + 1])), [dangers]);
}

/** "Worry 1, Worry 3" for an action's links (links to deleted worries are left out). */
export function worriesText(action: PlanAction, numbers: ReadonlyMap<string, number>): string {
  return action.links
    .flatMap((l) => (numbers.has(l) ? [numbers.get(l) as number] : []))
    .sort((a, b) => a - b)
    .map((n) => `Worry ${n}`)
    .join(', ');
}

/** The first words of a long statement, for a checkbox label. */
export function shorten(text: string, max = 110): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length <= max ? t : `${t.slice(0, t.lastIndexOf(' ', max)).replace(/[,;:]$/, '')}…`;
}
