import { z } from 'zod/mini';
import { ATTENDEE_ROLES, ROLE_LABELS, type Role } from '../schema/roles.ts';
import type { Locale } from '../i18n/locale.ts';
import { translate } from '../i18n/translate.ts';
import { ITEM_TEXT_MAX } from '../schema/item.ts';
import { scoreSchema } from './scaling.ts';
import { msg, type MessageId, type Msg } from '../i18n/messages.ts';
import { v } from '../i18n/zodErrors.ts';

/**
 * CV1 — The child's voice: each child has their own Three Houses (worries, good things, dreams)
 * and their own scale. The child can add their words and score from their phone while they are in
 * the meeting; an advocate can enter them on the child's behalf, and the record says so (CV2).
 */
export const HOUSES = ['worries', 'good_things', 'dreams'] as const;
export type House = (typeof HOUSES)[number];

/** CV1: the board section each house is kept in. */
export const HOUSE_SECTION: Readonly<Record<House, 'child_worries' | 'child_good_things' | 'child_dreams'>> = {
  worries: 'child_worries',
  good_things: 'child_good_things',
  dreams: 'child_dreams',
};
export const HOUSE_SECTIONS: readonly string[] = Object.values(HOUSE_SECTION);

/** CV2 — Who may send a child's words and score themselves: the child, and an advocate on the child's behalf. */
export function canSpeakForChild(role: Role): boolean {
  return role === 'child' || role === 'advocate';
}

/** CV2: the words of anyone but the child are marked as entered on the child's behalf. */
export function enteredOnBehalf(role: Role | string): boolean {
  return role !== 'child';
}

/** CV1: a house's title, in the catalogues (`childVoice.house.<house>`). */
export const houseTitle = (house: House): Msg => msg(`childVoice.house.${house}`);

/**
 * CV1: the child's own scale is worded for a child, with 10 the safe, happy end whatever the
 * adults' scale: the question and both ends are `childVoice.scale.*` in the catalogues.
 */
export const CHILD_SCALE = {
  question: msg('childVoice.scale.question'),
  anchor0: msg('childVoice.scale.anchor0'),
  anchor10: msg('childVoice.scale.anchor10'),
} as const;

const childId = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/));
/** CV1: a child's words for one of their houses. */
export const childWordsSchema = z.object({ childId, house: z.enum(HOUSES), text: z.string().check(z.trim(), z.minLength(1, v('validation.text.required')), z.maxLength(ITEM_TEXT_MAX)) });
/** CV1: a child's own score and, in their words, why. */
export const childScaleSchema = z.object({ childId, score: scoreSchema.shape.score, words: scoreSchema.shape.reason });

/** CV2: who entered a child's words for them, kept as facts (their name and role) and worded when shown. */
export interface EnteredBy {
  name: string;
  role: string;
}

/** Items stored before the facts were kept apart say it in English: "Entered by Rhian Jones (advocate) for Poppy". */
const OLD_LINE = /^Entered by (.+) \(([^()]+)\) for .+$/;

/**
 * CV2: who entered an item's words for the child: the facts, read from an old item's English line
 * when its role can be told; that line as it is when not; null when the child wrote them.
 */
export function enteredByOf(details: { enteredByName?: string | null | undefined; enteredByRole?: string | null | undefined; enteredBy?: string | null | undefined }): EnteredBy | string | null {
  if (details.enteredByName) return { name: details.enteredByName, role: details.enteredByRole ?? '' };
  if (!details.enteredBy) return null;
  const m = OLD_LINE.exec(details.enteredBy);
  const role = m ? (Object.keys(ROLE_LABELS) as Role[]).find((r) => ROLE_LABELS[r].toLowerCase() === m[2]!.toLowerCase()) : undefined;
  return m && role ? { name: m[1]!, role } : details.enteredBy;
}

/** CV2: "Entered by Rhian Jones (advocate) for Poppy", in the reader's language; null when the child wrote them. */
export function enteredByWords(details: Parameters<typeof enteredByOf>[0], childFirstName: string, locale: Locale): string | null {
  const by = enteredByOf(details);
  if (by === null || typeof by === 'string') return by;
  const role = (ATTENDEE_ROLES as readonly string[]).includes(by.role) ? translate(locale, msg(`role.${by.role}` as MessageId)).toLocaleLowerCase(locale) : '';
  return translate(locale, msg('childVoice.enteredByLine', { name: by.name, role, child: childFirstName }));
}
