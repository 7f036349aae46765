import { describe, expect, it } from 'vitest';
import { AGENDA, DANGER_STATEMENT_PROMPT, SAFETY_GOAL_PROMPT, SECTIONS, sectionExplanationId, sectionTitleId, stepExplanationId, stepTitleId } from './agenda.ts';
import { translate } from '../i18n/translate.ts';
import { forChildren } from './childWords.ts';

describe('CW1 the fixed words follow the number of children', () => {
  it("catalogue messages take the number of children: the child's safety, or the children's, and the verbs agree", () => {
    expect(translate('en', { id: 'welcome.purpose', values: { children: 1 } })).toContain("the child's safety");
    expect(translate('en', { id: 'welcome.purpose', values: { children: 3 } })).toBe(
      "We are here because people are worried about the children's safety. Together we will look at what is worrying, what is going well and what needs to happen next. Then we will decide if the children need a plan to keep them safe.",
    );
    const two = { children: 2, direction: 'higher_is_safer' };
    expect(translate('en', { id: stepExplanationId('scaling'), values: two })).toContain('how safe they think the children are now');
    expect(translate('en', { id: stepTitleId('child_views'), values: two })).toBe("The children's views");
    expect(translate('en', { id: stepExplanationId('child_views'), values: two })).toContain('in their lives');
    expect(translate('cy', { id: stepTitleId('child_views'), values: two })).toBe('Barn y plant');
    expect(forChildren('What the child likes and thinks is good.', 2)).toBe('What the children like and think is good.');
  });

  it('no fixed text the room sees keeps a singular "the child" for several children', () => {
    const texts = [
      translate('en', { id: 'welcome.purpose', values: { children: 3 } }),
      translate('en', { id: 'welcome.confidentiality', values: { children: 3 } }),
      ...[
        ...AGENDA.flatMap((s) => [stepTitleId(s.id), stepExplanationId(s.id)]),
        ...SECTIONS.flatMap((s) => [sectionTitleId(s.id), sectionExplanationId(s.id)]),
        ...[DANGER_STATEMENT_PROMPT, SAFETY_GOAL_PROMPT].flatMap((p) => [p.line, ...p.questions]),
      ].flatMap((id) => ['higher_is_safer', 'higher_is_riskier'].map((direction) => translate('en', { id, values: { children: 3, direction } }))),
    ];
    for (const t of texts) expect(forChildren(t, 3)).not.toMatch(/\b[Tt]he child\b/);
  });
});
