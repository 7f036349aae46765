import { z } from 'zod/mini';
import type { Role } from '../schema/roles.ts';
import { ITEM_TEXT_MAX } from '../schema/item.ts';
import { scoreSchema } from './scaling.ts';
import { msg, type Msg } from '../i18n/messages.ts';
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
