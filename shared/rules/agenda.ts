import { z } from 'zod/mini';
import type { MessageId } from '../i18n/messages.ts';

/**
 * AG1 — The 13 steps of a Signs of Safety child protection conference, in the order the chair
 * runs them, and the board sections each step shows. Every board section belongs to exactly one
 * step. Titles and explanations are catalogue messages (see the ids below).
 */

/** AG1: every board section id, in the order the steps show them. */
export const SECTION_IDS = [
  'reports',
  'network',
  'incidents',
  'past_harm',
  'future_danger',
  'complicating_factors',
  'strengths',
  'existing_safety',
  'grey_areas',
  'child_worries',
  'child_good_things',
  'child_dreams',
  'family_views',
] as const;
/** AG1: validates a board section id; rejects anything not in `SECTION_IDS`. */
export const sectionIdSchema = z.enum(SECTION_IDS);
export type SectionId = z.infer<typeof sectionIdSchema>;

/** AG1: every step id, in agenda order. Ids are stable slugs stored in documents. */
export const STEP_IDS = [
  'welcome',
  'reports',
  'network',
  'history',
  'worries',
  'working_well',
  'not_clear',
  'danger_goals',
  'scaling',
  'child_views',
  'family_views',
  'plan',
  'decision',
] as const;
/** AG1: validates a step id; rejects anything not in `STEP_IDS`. */
export const stepIdSchema = z.enum(STEP_IDS);
export type StepId = z.infer<typeof stepIdSchema>;

/** AG1: one step of the agenda. Its words are catalogue messages: `stepTitleId` and `stepExplanationId`. */
export interface AgendaStep {
  readonly id: StepId;
  /** 1-based position in the agenda. */
  readonly number: number;
  /** Board sections shown at this step; empty for steps with their own record type or none. */
  readonly sections: readonly SectionId[];
}

/** AG1: one board section; `stepId` is the only step whose `sections` lists it. Words: `sectionTitleId` and friends. */
export interface BoardSection {
  readonly id: SectionId;
  /** The one step that shows this section. */
  readonly stepId: StepId;
}

/*
 * The words live in the catalogues (shared/i18n), by id. Every title and explanation takes
 * `children` (the number of children, for "the child" or "the children"); the scaling step's
 * explanation also takes `direction` (SC10: which end of the scale is safe). An explanation is one
 * plain sentence for the family, 25 words or fewer.
 */
/** AG1: the step's title. */
export const stepTitleId = (id: StepId): MessageId => `agenda.step.${id}.title`;
/** AG1: the step's one plain sentence for the projector and phones. */
export const stepExplanationId = (id: StepId): MessageId => `agenda.step.${id}.explanation`;
/** AG1: the section's title. */
export const sectionTitleId = (id: SectionId): MessageId => `agenda.section.${id}.title`;
// A section's short title and its explanation are in sectionWords.ts.

const STEP_SECTIONS: Readonly<Record<StepId, readonly SectionId[]>> = {
  // Who is here, roles and agency, attendance; purpose and confidentiality statements.
  welcome: [],
  // Which reports were received, from whom, and when each was shared with the family.
  reports: ['reports'],
  // The safety network: who loves the child and supports the family.
  network: ['network'],
  // First, worst and last incidents.
  history: ['incidents'],
  worries: ['past_harm', 'future_danger', 'complicating_factors'],
  working_well: ['strengths', 'existing_safety'],
  not_clear: ['grey_areas'],
  // Up to MAX_DANGER_STATEMENTS pairs; these are their own record type, not board sections.
  danger_goals: [],
  scaling: [],
  // The Three Houses: worries, good things, dreams.
  child_views: ['child_worries', 'child_good_things', 'child_dreams'],
  family_views: ['family_views'],
  // The outline plan and what happens if it does not work; its own record type.
  plan: [],
  decision: [],
};

/** AG1: the 13 steps in order; `number` is 1..13 and matches the position. */
export const AGENDA: readonly AgendaStep[] = STEP_IDS.map((id, i) => ({ id, number: i + 1, sections: STEP_SECTIONS[id] }));

/** AG1: always 13. */
export const STEP_COUNT = AGENDA.length;

function owningStep(id: SectionId): StepId {
  const step = AGENDA.find((s) => s.sections.includes(id));
  if (!step) throw new Error(`AG1: section ${id} is not shown by any step`);
  return step.id;
}

/** AG1: every board section with its owning step, in `SECTION_IDS` order. */
export const SECTIONS: readonly BoardSection[] = SECTION_IDS.map((id) => ({ id, stepId: owningStep(id) }));

const STEP_BY_ID: ReadonlyMap<string, AgendaStep> = new Map(AGENDA.map((s) => [s.id, s]));

/** AG1: the step with this id: always found for a `StepId`; `undefined` for any other string. */
export function stepById(id: StepId): AgendaStep;
export function stepById(id: string): AgendaStep | undefined;
export function stepById(id: string): AgendaStep | undefined {
  return STEP_BY_ID.get(id);
}

function knownStep(id: StepId): AgendaStep {
  const step = STEP_BY_ID.get(id);
  if (!step) throw new Error(`AG1: unknown step ${String(id)}`);
  return step;
}

/** AG1: 0-based position of the step in `AGENDA`. */
export function stepIndex(id: StepId): number {
  return knownStep(id).number - 1;
}

/** AG1: the step after `id`; the last step returns itself. */
export function nextStep(id: StepId): AgendaStep {
  return AGENDA[Math.min(stepIndex(id) + 1, STEP_COUNT - 1)] ?? knownStep(id);
}

/** AG1: the step before `id`; the first step returns itself. */
export function previousStep(id: StepId): AgendaStep {
  return AGENDA[Math.max(stepIndex(id) - 1, 0)] ?? knownStep(id);
}

/** AG2: at most this many danger statement and safety goal pairs (the priority worries). */
export const MAX_DANGER_STATEMENTS = 5;
