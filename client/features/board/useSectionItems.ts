import { useMemo } from 'react';
import type { Item } from '../../../shared/schema/item.ts';
import { useConference } from '../../model/hooks.ts';

/** The items of one section in board order (the model is already sorted by order key). */
export function useSectionItems(section: string): readonly Item[] {
  const items = useConference((m) => m.items);
  return useMemo(() => items.filter((i) => i.section === section), [items, section]);
}

/** Order keys either side of position `index` once `id` is taken out: what moveItem needs. */
export function neighbours(list: readonly { id: string; order: string }[], id: string, index: number): { after: string | null; before: string | null } {
  const rest = list.filter((i) => i.id !== id);
  const clamped = Math.max(0, Math.min(index, rest.length));
  return { after: rest[clamped - 1]?.order ?? null, before: rest[clamped]?.order ?? null };
}
