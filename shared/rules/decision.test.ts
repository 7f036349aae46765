import { describe, expect, it } from 'vitest';
import {
  categoryOptions,
  checkDecision,
  compareWithViews,
  decisionOptions,
  isProtectiveOutcome,
  OUTCOMES,
  perChildDecisionSchema,
  professionalViewSchema,
  viewOptions,
} from './decision.ts';
import type { DecisionCheck, ProfessionalView } from './decision.ts';
import { english } from '../../test/support/english.ts';
import type { Msg } from '../i18n/messages.ts';
import { translate } from '../i18n/translate.ts';

const values = (xs: { value: string }[]) => xs.map((x) => x.value);
const en = (m: Msg | undefined) => (m ? translate('en', m) : undefined);
const cy = (m: Msg | undefined) => (m ? translate('cy', m) : undefined);
const rules = (r: DecisionCheck) => (r.ok ? [] : r.issues.map((i) => i.rule));

describe('decision options', () => {
  it('DC0 England: child protection plan (with category), child in need plan, no further action', () => {
    const initial = decisionOptions('england', 'initial');
    expect(values(initial)).toEqual(['child_protection_plan', 'child_in_need_plan', 'no_further_action']);
    expect(initial.map((o) => o.requiresCategory)).toEqual([true, false, false]);
    expect(values(decisionOptions('england', 'review'))).toEqual(values(initial));
    expect(en(decisionOptions('england', 'review')[0]?.label)).toMatch(/continues/);
    expect(values(categoryOptions('england'))).toEqual(['neglect', 'physical', 'emotional', 'sexual']);
  });

  it('DC0 Wales: register with a Care and Support Protection Plan, placed on at initial and kept on at review', () => {
    const initial = decisionOptions('wales', 'initial');
    expect(initial[0]).toMatchObject({ value: 'register_and_cspp', requiresCategory: true });
    expect(en(initial[0]?.label)).toBe('Name placed on the child protection register with a Care and Support Protection Plan');
    // In Welsh, the words of the Wales Safeguarding Procedures.
    expect(cy(initial[0]?.label)).toMatch(/^Rhoi enw'r plentyn ar y gofrestr amddiffyn plant/);
    expect(categoryOptions('wales').map((c) => cy(c.label))).toEqual(['Cam-drin corfforol', 'Cam-drin emosiynol neu seicolegol', 'Cam-drin rhywiol', 'Cam-drin ariannol', 'Esgeulustod']);
    expect(values(initial)).toEqual(['register_and_cspp', 'care_and_support_plan', 'no_further_action']);
    const review = decisionOptions('wales', 'review');
    expect(en(review[0]?.label)).toBe('Name kept on the child protection register with a Care and Support Protection Plan');
    expect(values(review)).toEqual(['register_and_cspp', 'care_and_support_plan', 'remove_from_register']);
    expect(categoryOptions('wales').map((c) => en(c.label))).toContain('Emotional or psychological abuse');
    expect(values(categoryOptions('wales'))).toContain('financial');
  });

  it('DC0 Scotland: Child Protection Register, with Scottish areas of concern', () => {
    expect(values(decisionOptions('scotland', 'initial'))).toEqual(['register', 'no_registration', 'no_further_action']);
    expect(values(decisionOptions('scotland', 'review'))).toEqual(['register', 'remove_from_register', 'no_further_action']);
    expect(en(decisionOptions('scotland', 'initial')[0]?.label)).toMatch(/Child Protection Register/);
    expect(values(categoryOptions('scotland'))).toEqual(
      ['neglect', 'physical', 'emotional', 'sexual', 'domestic_abuse', 'parental_substance_use', 'other']);
  });

  it('DC0 Northern Ireland: register, not register, or remove from the register', () => {
    expect(values(decisionOptions('northern_ireland', 'initial'))).toEqual(['register', 'no_registration']);
    expect(values(decisionOptions('northern_ireland', 'review'))).toEqual(['register', 'remove_from_register']);
    expect(values(categoryOptions('northern_ireland'))).toEqual(['neglect', 'physical', 'emotional', 'sexual']);
  });

  it('DC0 the per-child schema accepts the fixture decision and rejects unknown values', () => {
    const fixture = { childId: 'c1', outcome: 'register_and_cspp', category: 'emotional_psychological' };
    expect(perChildDecisionSchema.parse(fixture)).toEqual(fixture);
    expect(perChildDecisionSchema.safeParse({ childId: 'c1', outcome: 'adopt' }).success).toBe(false);
    expect(perChildDecisionSchema.safeParse({ ...fixture, extra: 1 }).success).toBe(false);
  });
});

describe('checkDecision', () => {
  const kids = ['c1', 'c2'];

  it('DC1–DC5 the fixture (Wales) decision and its England equivalent are valid', () => {
    expect(checkDecision('wales', 'initial', [
      { childId: 'c1', outcome: 'register_and_cspp', category: 'emotional_psychological' },
      { childId: 'c2', outcome: 'register_and_cspp', category: 'emotional_psychological' },
    ], kids)).toEqual({ ok: true });
    expect(checkDecision('england', 'initial', [
      { childId: 'c1', outcome: 'child_protection_plan', category: 'emotional' },
      { childId: 'c2', outcome: 'child_in_need_plan', category: null },
    ], kids)).toEqual({ ok: true });
  });

  it('DC1 a conference needs at least one child', () => {
    expect(rules(checkDecision('england', 'initial', [], []))).toEqual(['DC1']);
  });

  it('DC2 every child needs exactly one decision', () => {
    const r = checkDecision('scotland', 'initial', [{ childId: 'c1', outcome: 'no_further_action' }], kids, (id) =>
      (id === 'c2' ? 'Ellis' : id));
    expect(english(r)).toMatchObject({ ok: false, reasons: ['Record a decision for Ellis.'] });
    const twice = [{ childId: 'c1', outcome: 'register', category: 'neglect' }, { childId: 'c1', outcome: 'no_registration' }];
    expect(rules(checkDecision('northern_ireland', 'initial', twice, ['c1']))).toEqual(['DC2']);
  });

  it('DC3 no decision for someone who is not a child in the conference', () => {
    const r = checkDecision('england', 'initial', [{ childId: 'c1', outcome: 'no_further_action' },
      { childId: 'x9', outcome: 'no_further_action' }], ['c1']);
    expect(rules(r)).toEqual(['DC3']);
  });

  it('DC4 each outcome must exist in the jurisdiction and suit the conference type', () => {
    expect(rules(checkDecision('wales', 'initial', [{ childId: 'c1', outcome: 'child_protection_plan', category: 'neglect' }], ['c1'])))
      .toEqual(['DC4']);
    expect(rules(checkDecision('england', 'review', [{ childId: 'c1', outcome: 'register', category: 'neglect' }], ['c1'])))
      .toEqual(['DC4']);
    const r = checkDecision('northern_ireland', 'initial', [{ childId: 'c1', outcome: 'remove_from_register' }], ['c1']);
    expect(english(r)).toMatchObject({ ok: false, reasons: ['That decision ("remove_from_register") is not one an initial conference can make in Northern Ireland.'] });
    expect(checkDecision('northern_ireland', 'review', [{ childId: 'c1', outcome: 'remove_from_register' }], ['c1']).ok).toBe(true);
  });

  it('DC5 a category is given if and only if required, and must belong to the jurisdiction', () => {
    const missing = checkDecision('england', 'initial', [{ childId: 'c1', outcome: 'child_protection_plan' }], ['c1']);
    expect(english(missing)).toMatchObject({ ok: false, reasons: ['Choose a category for child c1.'] });
    expect(rules(checkDecision('wales', 'initial', [{ childId: 'c1', outcome: 'care_and_support_plan', category: 'neglect' }], ['c1'])))
      .toEqual(['DC5']);
    expect(rules(checkDecision('england', 'initial', [{ childId: 'c1', outcome: 'child_protection_plan', category: 'financial' }], ['c1'])))
      .toEqual(['DC5']);
    expect(checkDecision('wales', 'review', [{ childId: 'c1', outcome: 'register_and_cspp', category: 'financial' }], ['c1']).ok).toBe(true);
    expect(checkDecision('scotland', 'review', [{ childId: 'c1', outcome: 'register', category: 'domestic_abuse' }], ['c1']).ok).toBe(true);
  });
});

describe('professional views', () => {
  // Fixture recommendations: r1–r4 want a plan for both children; the GP (r5) wants a child in need plan.
  const fixtureViews: ProfessionalView[] = ['c1', 'c2'].flatMap((childId) => [
    ...['r1', 'r2', 'r3', 'r4'].map((professionalId) => ({ professionalId, childId, view: 'cp_plan' as const })),
    { professionalId: 'r5', childId, view: 'cin_plan' as const },
  ]);

  it('DV0 view options are worded per jurisdiction', () => {
    expect(values(viewOptions('england'))).toEqual(['cp_plan', 'cin_plan', 'no_plan']);
    expect(en(viewOptions('england')[0]?.label)).toBe('Yes, a child protection plan is needed');
    expect(en(viewOptions('wales')[0]?.label)).toMatch(/register/);
    expect(en(viewOptions('scotland')[0]?.label)).toMatch(/Child Protection Register/);
    expect(en(viewOptions('northern_ireland')[1]?.label)).toMatch(/child in need/);
  });

  it('DV1 only professional views have a schema: a family role field is rejected', () => {
    expect(professionalViewSchema.safeParse({ professionalId: 'r1', childId: 'c1', view: 'cp_plan' }).success).toBe(true);
    expect(professionalViewSchema.safeParse({ professionalId: 'r6', childId: 'c1', view: 'no_plan', group: 'family' }).success)
      .toBe(false);
  });

  it('DV2 the fixture decision follows the majority; DV3 the GP is recorded as disagreeing', () => {
    const r = compareWithViews([{ childId: 'c1', outcome: 'register_and_cspp' }, { childId: 'c2', outcome: 'register_and_cspp' }], fixtureViews);
    expect(r).toEqual(['c1', 'c2'].map((childId) => ({
      childId, decisionIsProtective: true, majority: 'protective', differsFromMajority: false, disagreeing: ['r5'], reasonRequired: false,
    })));
  });

  it('DV2 a decision against the majority needs a reason; DV3 lists everyone on the other side', () => {
    const [c1] = compareWithViews([{ childId: 'c1', outcome: 'child_in_need_plan' }], fixtureViews);
    expect(c1).toMatchObject({ differsFromMajority: true, reasonRequired: true, disagreeing: ['r1', 'r2', 'r3', 'r4'] });
  });

  it('DV2 ties need a reason; no views means nothing to differ from; a later view replaces an earlier one', () => {
    const tie: ProfessionalView[] = [{ professionalId: 'a', childId: 'c1', view: 'cp_plan' }, { professionalId: 'b', childId: 'c1', view: 'no_plan' }];
    expect(compareWithViews([{ childId: 'c1', outcome: 'register' }], tie)[0]).toMatchObject({ majority: 'tied', reasonRequired: true, disagreeing: ['b'] });
    expect(compareWithViews([{ childId: 'c9', outcome: 'register' }], tie)[0]).toMatchObject({ majority: 'no_views', reasonRequired: false, disagreeing: [] });
    const changed = [...tie, { professionalId: 'b', childId: 'c1', view: 'cp_plan' as const }];
    expect(compareWithViews([{ childId: 'c1', outcome: 'no_registration' }], changed)[0])
      .toMatchObject({ majority: 'protective', differsFromMajority: true, disagreeing: ['a', 'b'] });
  });
});

describe('protective outcomes', () => {
  it('DV4 only a plan or registration is on the "yes" side of the threshold', () => {
    expect(OUTCOMES.filter(isProtectiveOutcome)).toEqual(['child_protection_plan', 'register_and_cspp', 'register']);
    expect(isProtectiveOutcome('child_in_need_plan')).toBe(false);
    expect(isProtectiveOutcome('anything else')).toBe(false);
  });
});
