import { AGENDA, SECTIONS, stepById, type AgendaStep, type BoardSection } from '../../shared/rules/agenda.ts';

/** The step a stored id names; an unknown id (an older or newer document) reads as the first step. */
export function resolveStep(id: string | null | undefined): AgendaStep {
  return (id ? stepById(id) : undefined) ?? (AGENDA[0] as AgendaStep);
}

const SECTION_BY_ID = new Map<string, BoardSection>(SECTIONS.map((s) => [s.id, s]));

export function sectionById(id: string): BoardSection | undefined {
  return SECTION_BY_ID.get(id);
}

export function sectionsOf(step: AgendaStep): BoardSection[] {
  return step.sections.map((id) => SECTION_BY_ID.get(id)).filter((s): s is BoardSection => s !== undefined);
}
