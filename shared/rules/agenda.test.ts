import { describe, expect, it } from 'vitest';
import {
  AGENDA,
  MAX_DANGER_STATEMENTS,
  SECTIONS,
  SECTION_IDS,
  STEP_COUNT,
  STEP_IDS,
  nextStep,
  previousStep,
  sectionIdSchema,
  sectionTitleId,
  stepById,
  stepExplanationId,
  stepIdSchema,
  stepIndex,
  stepTitleId,
} from './agenda.ts';
import { DEFAULT_JARGON, findJargon, isAcronymTerm } from './jargon.ts';
import { DANGER_STATEMENT_PROMPT, SAFETY_GOAL_PROMPT } from './guidance.ts';
import { sectionExplanationId, sectionShortTitleId } from './sectionWords.ts';
import { translate } from '../i18n/translate.ts';
import type { MessageId } from '../i18n/messages.ts';

const words = (s: string) => s.trim().split(/\s+/).length;
const sentences = (s: string) => s.split(/(?<=[.!?])\s+/).filter(Boolean).length;
const ACRONYMS = DEFAULT_JARGON.filter((x) => isAcronymTerm(x.term));
/** Agenda words in English, for one child, on the standard scale. */
const en = (id: MessageId) => translate('en', { id, values: { children: 1, direction: 'higher_is_safer' } });

/** Everything the projector may show the family, with a label for failure messages. */
const familyText: [string, string][] = [
  ...AGENDA.map((s): [string, string] => [`step ${s.id}`, en(stepExplanationId(s.id))]),
  ...SECTIONS.map((s): [string, string] => [`section ${s.id}`, en(sectionExplanationId(s.id))]),
  ['purpose', translate('en', { id: 'welcome.purpose', values: { children: 1 } })],
  ['confidentiality', translate('en', { id: 'welcome.confidentiality', values: { children: 1 } })],
  ...[DANGER_STATEMENT_PROMPT, SAFETY_GOAL_PROMPT].flatMap((p, i) =>
    [p.line, ...p.questions].map((q): [string, string] => [`prompt ${i}`, en(q)]),
  ),
];

describe('AG1 agenda', () => {
  it('AG1: has 13 steps in the Signs of Safety order, numbered 1 to 13', () => {
    expect(STEP_COUNT).toBe(13);
    expect(AGENDA.map((s) => s.id)).toEqual([
      'welcome', 'reports', 'network', 'history', 'worries', 'working_well', 'not_clear',
      'danger_goals', 'scaling', 'child_views', 'family_views', 'plan', 'decision',
    ]);
    expect(AGENDA.map((s) => s.id)).toEqual([...STEP_IDS]);
    AGENDA.forEach((s, i) => expect(s.number).toBe(i + 1));
    expect(stepById('worries').sections).toEqual(['past_harm', 'future_danger', 'complicating_factors']);
    expect(stepById('child_views').sections).toEqual(['child_worries', 'child_good_things', 'child_dreams']);
    for (const id of ['welcome', 'danger_goals', 'scaling', 'plan', 'decision'] as const) expect(stepById(id).sections).toEqual([]);
  });

  it('AG1: every section belongs to exactly one step, and SECTIONS agrees', () => {
    const shown = AGENDA.flatMap((s) => s.sections);
    expect([...shown].sort()).toEqual([...SECTION_IDS].sort());
    expect(new Set(shown).size).toBe(shown.length);
    expect(SECTIONS.map((s) => s.id)).toEqual([...SECTION_IDS]);
    for (const section of SECTIONS) {
      expect(AGENDA.filter((s) => s.sections.includes(section.id)).map((s) => s.id)).toEqual([section.stepId]);
    }
    expect(en(sectionTitleId('grey_areas'))).toBe('Grey areas and gaps');
  });

  it('AG1: schemas accept exactly the known ids', () => {
    expect(sectionIdSchema.safeParse('past_harm').success).toBe(true);
    expect(sectionIdSchema.safeParse('pastHarm').success).toBe(false);
    expect(stepIdSchema.safeParse('decision').success).toBe(true);
    expect(stepIdSchema.safeParse('').success).toBe(false);
  });

  it('AG1: navigation is clamped at both ends', () => {
    expect(stepIndex('welcome')).toBe(0);
    expect(stepIndex('decision')).toBe(12);
    expect(nextStep('welcome').id).toBe('reports');
    expect(nextStep('decision').id).toBe('decision');
    expect(previousStep('reports').id).toBe('welcome');
    expect(previousStep('welcome').id).toBe('welcome');
    expect(stepById('scaling').number).toBe(9);
    expect(stepById('not-a-step' as string)).toBeUndefined();
  });

  it('AG1: each step explanation is one sentence of 25 words or fewer, in English and Welsh, for one child or several', () => {
    for (const s of AGENDA) {
      for (const locale of ['en', 'cy'] as const) {
        for (const children of [1, 3]) {
          for (const direction of ['higher_is_safer', 'higher_is_riskier']) {
            const text = translate(locale, { id: stepExplanationId(s.id), values: { children, direction } });
            expect(words(text), `${locale} ${s.id}`).toBeLessThanOrEqual(locale === 'cy' ? 30 : 25);
            expect(sentences(text), s.id).toBe(1);
            expect(text, s.id).toMatch(/^[A-Z].*\.$/);
          }
        }
      }
    }
  });

  it('AG1: statements are 2 or 3 short sentences', () => {
    for (const id of ['welcome.purpose', 'welcome.confidentiality'] as const) {
      const text = translate('en', { id, values: { children: 1 } });
      expect(sentences(text)).toBeGreaterThanOrEqual(2);
      expect(sentences(text)).toBeLessThanOrEqual(3);
    }
  });

  it('AG1: family-facing text has no jargon from DEFAULT_JARGON (checked with findJargon)', () => {
    for (const [label, text] of familyText) expect(findJargon(text), `${label}: ${text}`).toEqual([]);
  });

  it('AG1: step and section titles have no abbreviations', () => {
    const titles = [...AGENDA.map((s) => en(stepTitleId(s.id))), ...SECTIONS.flatMap((s) => [en(sectionTitleId(s.id)), en(sectionShortTitleId(s.id))])];
    for (const title of titles) expect(findJargon(title, ACRONYMS), title).toEqual([]);
  });
});

describe('AG2 danger statements and safety goals', () => {
  it('AG2: allows up to 5 pairs', () => {
    expect(MAX_DANGER_STATEMENTS).toBe(5);
  });

  it('AG2: prompts are a short line plus 3-4 guiding questions', () => {
    for (const p of [DANGER_STATEMENT_PROMPT, SAFETY_GOAL_PROMPT]) {
      expect(words(en(p.line))).toBeLessThanOrEqual(25);
      expect(p.questions.length).toBeGreaterThanOrEqual(3);
      expect(p.questions.length).toBeLessThanOrEqual(4);
      for (const q of p.questions) expect(en(q)).toMatch(/\?$/);
    }
  });

  it('AG2: the danger statement asks who, what harm, what could happen and why; the goal asks how long', () => {
    const danger = DANGER_STATEMENT_PROMPT.questions.map(en).join(' ');
    for (const w of ['Who', 'harm', 'could happen', 'Why']) expect(danger).toContain(w);
    const goal = SAFETY_GOAL_PROMPT.questions.map(en).join(' ');
    for (const w of ['family', 'safe', 'How long']) expect(goal).toContain(w);
  });
});
