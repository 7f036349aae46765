import { z } from 'zod/mini';
import type { ConferenceType } from '../schema/conference.ts';
import type { Jurisdiction } from './jurisdiction.ts';
import { msg, type MessageId, type Msg } from '../i18n/messages.ts';
import { v } from '../i18n/zodErrors.ts';

/** Every outcome value any jurisdiction uses. Stored in records, so never rename one. */
export const OUTCOMES = ['child_protection_plan', 'child_in_need_plan', 'no_further_action', 'register_and_cspp',
  'remove_from_register', 'care_and_support_plan', 'register', 'no_registration'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Every category value any jurisdiction uses. Stored in records, so never rename one. */
export const CATEGORIES = ['neglect', 'physical', 'emotional', 'sexual', 'emotional_psychological', 'financial',
  'domestic_abuse', 'parental_substance_use', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];
/** One choice the chair can make for a child, worded as that jurisdiction words it. */
export interface DecisionOption { value: Outcome; label: Msg; requiresCategory: boolean }
/** One category of harm, worded as that jurisdiction words it. */
export interface CategoryOption { value: Category; label: Msg }

type Def = { value: Outcome; initial?: true; review?: true; requiresCategory?: true };
// The words are the catalogues' `decision.outcome.<jurisdiction>.<value>.<type>`: each jurisdiction's
// statutory wording, in Welsh as the Wales Safeguarding Procedures word it. A missing `initial` or
// `review` means the option is not offered at that conference type.
const OPTIONS: Readonly<Record<Jurisdiction, readonly Def[]>> = {
  // Working Together 2023: the conference decides whether the child needs a child protection plan.
  england: [
    { value: 'child_protection_plan', requiresCategory: true, initial: true, review: true },
    { value: 'child_in_need_plan', initial: true, review: true },
    { value: 'no_further_action', initial: true, review: true },
  ],
  // Wales Safeguarding Procedures: registration comes with a Care and Support Protection Plan.
  wales: [
    { value: 'register_and_cspp', requiresCategory: true, initial: true, review: true },
    { value: 'care_and_support_plan', initial: true, review: true },
    { value: 'no_further_action', initial: true },
    { value: 'remove_from_register', review: true },
  ],
  // National Guidance for Child Protection in Scotland 2021: a Child Protection Planning Meeting
  // decides registration; without it, support continues through the GIRFEC Child's Plan.
  scotland: [
    { value: 'register', requiresCategory: true, initial: true, review: true },
    { value: 'no_registration', initial: true },
    { value: 'remove_from_register', review: true },
    { value: 'no_further_action', initial: true, review: true },
  ],
  // Co-operating to Safeguard Children and Young People in Northern Ireland 2017.
  northern_ireland: [
    { value: 'register', requiresCategory: true, initial: true, review: true },
    { value: 'no_registration', initial: true },
    { value: 'remove_from_register', review: true },
  ],
};

const CATEGORIES_BY_JURISDICTION: Readonly<Record<Jurisdiction, readonly Category[]>> = {
  england: ['neglect', 'physical', 'emotional', 'sexual'],
  // Wales Safeguarding Procedures add financial abuse and call it emotional/psychological abuse.
  wales: ['physical', 'emotional_psychological', 'sexual', 'financial', 'neglect'],
  // Scotland records areas of concern rather than the four categories; a short common list.
  scotland: ['neglect', 'physical', 'emotional', 'sexual', 'domestic_abuse', 'parental_substance_use', 'other'],
  northern_ireland: ['neglect', 'physical', 'emotional', 'sexual'],
};

/** DC0: the jurisdiction's words for an outcome at this type of conference. */
export function outcomeLabel(jurisdiction: Jurisdiction, type: ConferenceType, outcome: Outcome): Msg {
  return msg(`decision.outcome.${jurisdiction}.${outcome}.${type}` as MessageId);
}

/** DC0: the words for a category of harm (the same in every jurisdiction that records it). */
export function categoryLabel(category: Category): Msg {
  return msg(`decision.category.${category}`);
}

/** DC0: the outcomes a conference of this type can record in this jurisdiction, in display order. */
export function decisionOptions(jurisdiction: Jurisdiction, type: ConferenceType): DecisionOption[] {
  return OPTIONS[jurisdiction].flatMap((d) =>
    d[type] ? [{ value: d.value, label: outcomeLabel(jurisdiction, type, d.value), requiresCategory: d.requiresCategory === true }] : []);
}

/** DC0: the categories this jurisdiction records with a registration or plan, in display order. */
export function categoryOptions(jurisdiction: Jurisdiction): CategoryOption[] {
  return CATEGORIES_BY_JURISDICTION[jurisdiction].map((value) => ({ value, label: categoryLabel(value) }));
}

/** DC0: the shape of one child's decision; which values are allowed is {@link checkDecision}'s job. */
export const perChildDecisionSchema = z.strictObject({
  childId: z.string().check(z.minLength(1)), outcome: z.enum(OUTCOMES), category: z.nullish(z.enum(CATEGORIES)),
  /** DC6: at a review, why the plan ends or its category changes for this child. */
  reason: z.optional(z.string().check(z.trim(), z.maxLength(2000, v('validation.reason.tooLong')))) });
export type PerChildDecision = z.infer<typeof perChildDecisionSchema>;

export type DecisionRuleId = 'DC1' | 'DC2' | 'DC3' | 'DC4' | 'DC5' | 'DC6';
/** One problem with a decision, with the rule it breaks and the child it concerns. */
export interface DecisionIssue { rule: DecisionRuleId; childId?: string; message: Msg }
/** `reasons` are the issues' messages, in the order found. */
export type DecisionCheck = { ok: true } | { ok: false; reasons: Msg[]; issues: DecisionIssue[] };
type DecisionInput = { childId: string; outcome: string; category?: string | null | undefined; reason?: string | undefined };

/**
 * DC1–DC5 — Checks the chair's decisions for the whole conference. DC1 at least one child;
 * DC2 every child has exactly one decision; DC3 no decision for a child outside the conference;
 * DC4 each outcome is one this jurisdiction offers at this type of conference; DC5 a category is
 * given iff the outcome requires one, and it is a category of this jurisdiction. Never throws.
 */
export function checkDecision(
  jurisdiction: Jurisdiction, type: ConferenceType, perChild: readonly DecisionInput[],
  childIds: readonly string[], nameOf: (childId: string) => string = (id) => `child ${id}`,
): DecisionCheck {
  const issues: DecisionIssue[] = [];
  const add = (rule: DecisionRuleId, message: Msg, childId?: string) => issues.push({ rule, childId, message });
  const options = new Map(decisionOptions(jurisdiction, type).map((o) => [o.value as string, o]));
  const categories = categoryOptions(jurisdiction);
  if (childIds.length === 0) add('DC1', msg('rules.decision.noChildren'));
  for (const id of childIds) {
    const count = perChild.filter((d) => d.childId === id).length;
    if (count === 0) add('DC2', msg('rules.decision.missing', { name: nameOf(id) }), id);
    if (count > 1) add('DC2', msg('rules.decision.duplicate', { name: nameOf(id) }), id);
  }
  for (const d of perChild) {
    if (!childIds.includes(d.childId)) {
      add('DC3', msg('rules.decision.notAChild', { id: d.childId }), d.childId);
      continue;
    }
    const option = options.get(d.outcome);
    const category = d.category ?? undefined;
    if (!option) add('DC4', msg('rules.decision.notAnOption', { outcome: d.outcome, type, jurisdiction }), d.childId);
    else if (option.requiresCategory && category === undefined) {
      add('DC5', msg('rules.decision.chooseCategory', { name: nameOf(d.childId) }), d.childId);
    } else if (!option.requiresCategory && category !== undefined) {
      add('DC5', msg('rules.decision.removeCategory', { name: nameOf(d.childId) }), d.childId);
    } else if (category !== undefined && !categories.some((c) => c.value === category)) {
      add('DC5', msg('rules.decision.unknownCategory', { category, jurisdiction }), d.childId);
    }
  }
  return issues.length === 0 ? { ok: true } : { ok: false, reasons: issues.map((i) => i.message), issues };
}

/** DC6: what a review's decision does to a child's plan (or registration), compared with last time. */
export type ReviewChange = 'continues' | 'category_changes' | 'ends';

/**
 * DC6 — A review either continues the plan (the same category, or another), or ends it: in England
 * the child protection plan ends; in Wales, Scotland and Northern Ireland the name comes off the
 * register. Without a previous decision for the child (a review started blank) a continuing plan
 * "continues" whatever its category.
 */
export function reviewChange(now: { outcome: string; category?: string | null }, before: { outcome: string; category: string | null } | null): ReviewChange {
  if (!isProtectiveOutcome(now.outcome)) return 'ends';
  if (before && isProtectiveOutcome(before.outcome) && (before.category ?? null) !== (now.category ?? null)) return 'category_changes';
  return 'continues';
}

/**
 * DC6 — At a review, the record says why for each child whose plan ends (or whose name comes off
 * the register) and whose category changes. One issue per child without that reason.
 */
export function reviewReasonIssues(
  jurisdiction: Jurisdiction, perChild: readonly DecisionInput[], previous: readonly { childId: string; outcome: string; category: string | null }[],
  nameOf: (childId: string) => string = (id) => `child ${id}`,
): DecisionIssue[] {
  return perChild.flatMap((d): DecisionIssue[] => {
    if (d.reason?.trim()) return [];
    const before = previous.find((p) => p.childId === d.childId) ?? null;
    const change = reviewChange(d, before);
    if (change === 'continues') return [];
    const name = nameOf(d.childId);
    const message = change === 'category_changes'
      ? msg('rules.decision.whyCategoryChanges', { name })
      : jurisdiction === 'england' ? msg('rules.decision.whyPlanEnds', { name }) : msg('rules.decision.whyOffRegister', { name });
    return [{ rule: 'DC6', childId: d.childId, message }];
  });
}

/** DV0 — A professional's recommendation for one child. Stable values, stored in records. */
export const VIEW_OPTIONS = ['cp_plan', 'cin_plan', 'no_plan'] as const;
export type ViewValue = (typeof VIEW_OPTIONS)[number];
/** DV0: the view choices with this jurisdiction's wording (`decision.view.<jurisdiction>.<value>`), in {@link VIEW_OPTIONS} order. */
export function viewOptions(jurisdiction: Jurisdiction): { value: ViewValue; label: Msg }[] {
  return VIEW_OPTIONS.map((value) => ({ value, label: msg(`decision.view.${jurisdiction}.${value}`) }));
}

/** DV1: one professional's view on one child. There is deliberately no family variant. */
export const professionalViewSchema = z.strictObject({
  professionalId: z.string().check(z.minLength(1)), childId: z.string().check(z.minLength(1)), view: z.enum(VIEW_OPTIONS) });
export type ProfessionalView = z.infer<typeof professionalViewSchema>;

/** DV2: per child, how the chair's decision compares with the professionals' views. */
export interface ViewComparison {
  childId: string;
  /** The decision is a plan or registration (the "yes" side of the threshold question). */
  decisionIsProtective: boolean;
  majority: 'protective' | 'not_protective' | 'tied' | 'no_views';
  differsFromMajority: boolean;
  /** Professionals on the other side of the threshold from the decision, in input order. */
  disagreeing: string[];
  /** The record must say why: the decision goes against the majority, or views were tied. */
  reasonRequired: boolean;
}

const PROTECTIVE: ReadonlySet<string> = new Set<Outcome>(['child_protection_plan', 'register_and_cspp', 'register']);
/** DV4 — Whether an outcome puts the child on a plan or the register (the "yes" side of the threshold question). */
export function isProtectiveOutcome(outcome: string): boolean {
  return PROTECTIVE.has(outcome);
}

/**
 * DV1–DV3 — Compares each child's decision with the professionals' views on the threshold question
 * (plan or registration: yes or no), so the record shows who disagreed and why. DV1: only
 * professionals' views count; the family's views are recorded separately and must never be passed
 * in. DV2: a professional's last view for a child counts once; a decision differs when a strict
 * majority is on the other side. DV3: lists who disagrees. Never throws.
 */
export function compareWithViews(
  decisionPerChild: readonly { childId: string; outcome: string }[], professionalViews: readonly ProfessionalView[],
): ViewComparison[] {
  return decisionPerChild.map(({ childId, outcome }) => {
    const latest = new Map<string, ViewValue>();
    for (const v of professionalViews) if (v.childId === childId) latest.set(v.professionalId, v.view);
    const yes = [...latest].filter(([, view]) => view === 'cp_plan').map(([id]) => id);
    const no = [...latest].filter(([, view]) => view !== 'cp_plan').map(([id]) => id);
    const majority = latest.size === 0 ? 'no_views'
      : yes.length > no.length ? 'protective' : no.length > yes.length ? 'not_protective' : 'tied';
    const decisionIsProtective = isProtectiveOutcome(outcome);
    const differsFromMajority = majority === (decisionIsProtective ? 'not_protective' : 'protective');
    return {
      childId, decisionIsProtective, majority, differsFromMajority,
      disagreeing: decisionIsProtective ? no : yes,
      reasonRequired: differsFromMajority || majority === 'tied',
    };
  });
}
