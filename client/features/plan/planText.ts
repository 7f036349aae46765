import { useMemo } from 'react';
import type { PlanAction } from '../../../shared/schema/action.ts';
import { familyNumbers } from '../../../shared/rules/restriction.ts';
import { useConference } from '../../model/hooks.ts';
import type { Translate } from '../../i18n/useT.tsx';

/** How an action's links read: the family's number of each shared worry, and which ids are professionals-only worries. */
export interface WorryNumbers {
  numbers: ReadonlyMap<string, number>;
  restricted: ReadonlySet<string>;
}

/** Danger statements are numbered as on the danger statements step and as the family sees them (RS6): "Worry 1", "Worry 2". */
export function useWorryNumbers(): WorryNumbers {
  const dangers = useConference((m) => m.dangers);
  return useMemo(() => ({ numbers: familyNumbers(dangers), restricted: new Set(dangers.filter((d) => d.restricted).map((d) => d.id)) }), [dangers]);
}

/** "Worry 1, Worry 3" for an action's links (links to deleted worries are left out; restricted ones only reach professionals). */
export function worriesText(action: PlanAction, { numbers, restricted }: WorryNumbers, t: Translate): string {
  const shared = action.links
    .flatMap((l) => (numbers.has(l) ? [numbers.get(l) as number] : []))
    .sort((a, b) => a - b)
    .map((n) => t('plan.worry', { n }));
  const hidden = action.links.filter((l) => restricted.has(l)).length;
  return [...shared, ...(hidden ? [t('plan.hiddenWorries', { count: hidden })] : [])].join(', ');
}

/** The first words of a long statement, for a checkbox label. */
export function shorten(text: string, max = 110): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length <= max ? t : `${t.slice(0, t.lastIndexOf(' ', max)).replace(/[,;:]$/, '')}…`;
}
