import { z } from 'zod';

/**
 * AG1 — The 13 steps of a Signs of Safety child protection conference, in the order the chair
 * runs them, and the board sections each step shows. Every board section belongs to exactly one
 * step. `explanation` is one plain sentence (25 words or fewer, no jargon) for the projector.
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

/** AG1: one step of the agenda; all fields are fixed text shipped with the product. */
export interface AgendaStep {
  readonly id: StepId;
  /** 1-based position in the agenda. */
  readonly number: number;
  readonly title: string;
  /** One plain sentence for the family, 25 words or fewer. */
  readonly explanation: string;
  /** Board sections shown at this step; empty for steps with their own record type or none. */
  readonly sections: readonly SectionId[];
}

/** AG1: one board section; `stepId` is the only step whose `sections` lists it. */
export interface BoardSection {
  readonly id: SectionId;
  readonly title: string;
  /** For tabs and narrow columns. */
  readonly shortTitle: string;
  /** One plain sentence for the family. */
  readonly explanation: string;
  /** The one step that shows this section. */
  readonly stepId: StepId;
}

type StepText = Omit<AgendaStep, 'number'>;

const STEP_TEXT: readonly StepText[] = [
  // Who is here, roles and agency, attendance; purpose and confidentiality statements.
  { id: 'welcome', title: 'Welcome and introductions', explanation: 'We say who is here and why, and agree how we keep what is said private.', sections: [] },
  // Which reports were received, from whom, and when each was shared with the family.
  { id: 'reports', title: 'Reports', explanation: 'We check which reports we have, who wrote them, and when the family saw them.', sections: ['reports'] },
  // The safety network: who loves the child and supports the family.
  { id: 'network', title: 'Family and network', explanation: 'We talk about who loves the child and who helps the family.', sections: ['network'] },
  // First, worst and last incidents.
  { id: 'history', title: 'What has got us here', explanation: 'We talk about the first time, the worst time and the last time something worrying happened.', sections: ['incidents'] },
  { id: 'worries', title: 'What are we worried about', explanation: 'We talk about harm that has happened, what could happen next, and things that make it harder.', sections: ['past_harm', 'future_danger', 'complicating_factors'] },
  { id: 'working_well', title: 'What is working well', explanation: 'We talk about what is going well and what already keeps the child safe.', sections: ['strengths', 'existing_safety'] },
  { id: 'not_clear', title: 'What is not clear', explanation: 'We write down what we do not know yet or are not sure about.', sections: ['grey_areas'] },
  // Up to MAX_DANGER_STATEMENTS pairs; these are their own record type, not board sections.
  { id: 'danger_goals', title: 'Danger statements and safety goals', explanation: 'We write down the biggest worries and what needs to happen so everyone knows the child is safe.', sections: [] },
  { id: 'scaling', title: 'Scaling', explanation: 'Each person picks a number from 0 to 10 to show how safe they think the child is now.', sections: [] },
  // The Three Houses: worries, good things, dreams.
  { id: 'child_views', title: "The child's views", explanation: 'We share what the child told us about their worries, the good things in their life and their dreams.', sections: ['child_worries', 'child_good_things', 'child_dreams'] },
  { id: 'family_views', title: "The parents' and family's views", explanation: 'Parents and family tell us what they think and what they want to happen.', sections: ['family_views'] },
  // The outline plan and what happens if it does not work; its own record type.
  { id: 'plan', title: 'What needs to happen', explanation: 'We agree what needs to happen, who will do it, and what we do if things go wrong.', sections: [] },
  { id: 'decision', title: 'Decision', explanation: 'The person leading the meeting says if the child needs a plan to keep them safe, and why.', sections: [] },
];

/** AG1: the 13 steps in order; `number` is 1..13 and matches the position. */
export const AGENDA: readonly AgendaStep[] = STEP_TEXT.map((s, i) => ({ ...s, number: i + 1 }));

/** AG1: always 13. */
export const STEP_COUNT = AGENDA.length;

type SectionText = Omit<BoardSection, 'stepId'>;

const SECTION_TEXT: readonly SectionText[] = [
  { id: 'reports', title: 'Reports', shortTitle: 'Reports', explanation: 'The reports written for this meeting, and when the family got them.' },
  { id: 'network', title: 'Family and network', shortTitle: 'Network', explanation: 'The people who love the child and help the family.' },
  { id: 'incidents', title: 'What has got us here', shortTitle: 'History', explanation: 'The first, the worst and the last time something worrying happened.' },
  { id: 'past_harm', title: 'Past harm', shortTitle: 'Harm', explanation: 'Harm that has already happened to the child.' },
  { id: 'future_danger', title: 'Future danger', shortTitle: 'Danger', explanation: 'What we are worried could happen to the child if nothing changes.' },
  { id: 'complicating_factors', title: 'Complicating factors', shortTitle: 'Complicating', explanation: 'Things that make problems harder to sort out.' },
  { id: 'strengths', title: 'Strengths', shortTitle: 'Strengths', explanation: 'Good things the family does and has.' },
  { id: 'existing_safety', title: 'Existing safety', shortTitle: 'Safety', explanation: 'Things people already do that keep the child safe, again and again.' },
  { id: 'grey_areas', title: 'Grey areas and gaps', shortTitle: 'Gaps', explanation: 'Things we do not know yet or are not sure about.' },
  { id: 'child_worries', title: 'House of worries', shortTitle: 'Worries', explanation: 'What worries the child.' },
  { id: 'child_good_things', title: 'House of good things', shortTitle: 'Good things', explanation: 'What the child likes and thinks is good.' },
  { id: 'child_dreams', title: 'House of dreams', shortTitle: 'Dreams', explanation: 'How the child would like things to be.' },
  { id: 'family_views', title: "Parents' and family's views", shortTitle: 'Family views', explanation: 'What parents and family think and want.' },
];

function owningStep(id: SectionId): StepId {
  const step = STEP_TEXT.find((s) => s.sections.includes(id));
  if (!step) throw new Error(`AG1: section ${id} is not shown by any step`);
  return step.id;
}

/** AG1: every board section with its owning step, in `SECTION_IDS` order. */
export const SECTIONS: readonly BoardSection[] = SECTION_TEXT.map((s) => ({ ...s, stepId: owningStep(s.id) }));

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

/** AG2: guidance shown beside a record: a short line, then questions to think about (not form fields). */
export interface GuidancePrompt {
  readonly line: string;
  readonly questions: readonly string[];
}

/** AG2: at most this many danger statement and safety goal pairs (the priority worries). */
export const MAX_DANGER_STATEMENTS = 5;

/** AG2: a danger statement says who is worried, about what harm, what could happen to the child and why. */
export const DANGER_STATEMENT_PROMPT: GuidancePrompt = {
  line: 'Say who is worried, about what harm, and what could happen to the child if nothing changes.',
  questions: [
    'Who is worried?',
    'What harm has happened, or what are they worried about?',
    'What could happen to the child if nothing changes?',
    'Why are they worried this could happen?',
  ],
};

/** AG2: the paired safety goal says what the family and network will do so everyone knows the child is safe, and for how long. */
export const SAFETY_GOAL_PROMPT: GuidancePrompt = {
  line: 'Say what the family and the people who help them will do, so everyone knows the child is safe.',
  questions: [
    'What will the family and their helpers do to keep the child safe?',
    'Who will do it, and when?',
    'How will everyone know the child is safe?',
    'How long do we need to see this happening?',
  ],
};
