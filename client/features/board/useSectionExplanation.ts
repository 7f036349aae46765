import { useCallback } from 'react';
import type { SectionId } from '../../../shared/rules/agenda.ts';
import { sectionExplanationId } from '../../../shared/rules/sectionWords.ts';
import { useChildCount } from '../../model/hooks.ts';
import { useT } from '../../i18n/useT.tsx';

/** AG1: a section's one plain sentence, for "the child" or "the children" as this conference has (CW1). */
export function useSectionExplanation(): (id: SectionId) => string {
  const t = useT();
  const children = useChildCount();
  return useCallback((id: SectionId) => t(sectionExplanationId(id), { children }), [t, children]);
}
