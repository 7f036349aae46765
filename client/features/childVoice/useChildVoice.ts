import { useMemo } from 'react';
import { HOUSES, HOUSE_SECTION, type House } from '../../../shared/rules/childVoice.ts';
import type { Item } from '../../../shared/schema/item.ts';
import type { ChildScale } from '../../../shared/schema/project.ts';
import { useConference } from '../../model/hooks.ts';

export const firstName = (name: string): string => name.split(' ')[0] ?? name;

/** CV1: one child's houses (their items, in board order) and their own scale, or the items no child was named for. */
export function useChildVoice(childId: string | null): { houses: Record<House, Item[]>; scale: ChildScale | null } {
  const items = useConference((m) => m.items);
  const scales = useConference((m) => m.childScales);
  return useMemo(() => {
    const houses = Object.fromEntries(HOUSES.map((h) => [h, items.filter((i) => i.section === HOUSE_SECTION[h] && (i.details.childId ?? null) === childId)])) as Record<House, Item[]>;
    return { houses, scale: scales.find((s) => s.childId === childId) ?? null };
  }, [items, scales, childId]);
}
