import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decisionOptions, isProtectiveOutcome, reviewChange, reviewReasonIssues } from './decision.ts';
import { JURISDICTIONS, type Jurisdiction } from './jurisdiction.ts';
import { computeDeadlines, recordedDeadlines } from './deadlines.ts';
import { decisionProblems, recordDecision, setChildDecision, setRationale } from '../commands/decision.ts';
import { translate } from '../i18n/translate.ts';
import { project } from '../schema/project.ts';

const last = [{ childId: 'c1', outcome: 'register', category: 'neglect' }];
/** What ends the plan (England) or takes the name off the register (the other three), at a review. */
const ENDS: Record<Jurisdiction, string[]> = {
  england: ['child_in_need_plan', 'no_further_action'],
  wales: ['care_and_support_plan', 'remove_from_register'],
  scotland: ['remove_from_register', 'no_further_action'],
  northern_ireland: ['remove_from_register'],
};

describe('DC6 the decisions of a review', () => {
  it('DC6 each jurisdiction offers one way to continue and its own ways to end, worded as it words them', () => {
    for (const j of JURISDICTIONS) {
      const options = decisionOptions(j, 'review');
      expect(options.filter((o) => isProtectiveOutcome(o.value)).length, j).toBe(1);
      expect(options.filter((o) => !isProtectiveOutcome(o.value)).map((o) => o.value), j).toEqual(ENDS[j]);
    }
    expect(decisionOptions('england', 'review').filter((o) => !isProtectiveOutcome(o.value)).every((o) => translate('en', o.label).startsWith('Child protection plan ends'))).toBe(true);
    for (const j of ['wales', 'scotland', 'northern_ireland'] as const) {
      expect(decisionOptions(j, 'review').filter((o) => !isProtectiveOutcome(o.value)).every((o) => translate('en', o.label).startsWith('Name removed from the')), j).toBe(true);
    }
  });

  it('DC6 continues with the same category, changes category, or ends', () => {
    expect(reviewChange({ outcome: 'register', category: 'neglect' }, last[0]!)).toBe('continues');
    expect(reviewChange({ outcome: 'register', category: 'emotional' }, last[0]!)).toBe('category_changes');
    expect(reviewChange({ outcome: 'remove_from_register', category: null }, last[0]!)).toBe('ends');
    expect(reviewChange({ outcome: 'register', category: 'emotional' }, null)).toBe('continues');
  });

  it('DC6 ending the plan or changing its category needs the reason for that child; continuing as it was does not', () => {
    const name = () => 'Poppy';
    expect(reviewReasonIssues('england', [{ childId: 'c1', outcome: 'child_protection_plan', category: 'neglect' }], [{ ...last[0]!, outcome: 'child_protection_plan' }], name)).toEqual([]);
    expect(reviewReasonIssues('england', [{ childId: 'c1', outcome: 'no_further_action' }], last, name).map((i) => translate('en', i.message))).toEqual(['Say why the child protection plan ends for Poppy.']);
    expect(reviewReasonIssues('wales', [{ childId: 'c1', outcome: 'remove_from_register' }], last, name).map((i) => translate('en', i.message))).toEqual(['Say why Poppy’s name comes off the register.']);
    expect(reviewReasonIssues('scotland', [{ childId: 'c1', outcome: 'register', category: 'domestic_abuse' }], last, name).map((i) => [i.rule, translate('en', i.message)])).toEqual([['DC6', 'Say why the category changes for Poppy.']]);
    expect(reviewReasonIssues('wales', [{ childId: 'c1', outcome: 'remove_from_register', reason: 'Safe for six months' }], last, name)).toEqual([]);
  });

  it('DC6 a review’s decision is recorded only with those reasons, and they are kept with the decision', () => {
    const doc = new Y.Doc();
    const conf = { jurisdiction: 'wales' as const, type: 'review' as const, children: [{ id: 'c1', name: 'Poppy' }], previous: last };
    setChildDecision(doc, { childId: 'c1', outcome: 'remove_from_register' });
    setRationale(doc, 'The safety plan has held for six months.');
    expect(decisionProblems(conf, project(doc, null).decision).map((m) => translate('en', m))).toEqual(['Say why Poppy’s name comes off the register.']);
    expect(recordDecision(doc, conf, project(doc, null).decision).ok).toBe(false);
    setChildDecision(doc, { childId: 'c1', outcome: 'remove_from_register', reason: 'Dean finished the programme; no incidents since December.' });
    expect(recordDecision(doc, conf, project(doc, null).decision).ok).toBe(true);
    expect(project(doc, null).decision.recorded?.perChild).toEqual([{ childId: 'c1', outcome: 'remove_from_register', category: null, reason: 'Dean finished the programme; no incidents since December.' }]);
  });

  it('WD3 the next review after a review is six months on; none once every plan has ended', () => {
    const due = (type: 'initial' | 'review') => computeDeadlines({ date: '2025-03-10', type, jurisdiction: 'wales' }).find((d) => d.ruleId === 'WD3')?.due;
    expect(due('initial')).toBe('2025-06-10');
    expect(due('review')).toBe('2025-09-10');
    const ended = recordedDeadlines({ date: '2025-03-10', type: 'review', jurisdiction: 'wales' }, { perChild: [{ outcome: 'remove_from_register' }], dateOverrides: {} });
    expect(ended.some((d) => d.ruleId === 'WD3')).toBe(false);
  });
});
