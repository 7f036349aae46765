import { SCORE_MAX, toSaferScale, type ScaleDefinition, type ScaleDirection } from './scaling.ts';
import { LOCALES, type Locale } from '../i18n/locale.ts';
import { msg, type Msg } from '../i18n/messages.ts';
import { translate } from '../i18n/translate.ts';

/**
 * SC10 — Every sentence about a scale follows its direction. With a reversed scale ("10 is the most
 * worried end") nothing on any screen or in the record may say that 10 means safe. The step text,
 * the standard question, the band and the record's description come from here, as messages (the
 * step's explanation is the agenda's, which takes the direction).
 */

/**
 * SC10: the standard question and ends for a direction (the Signs of Safety wording, turned round
 * when reversed), in `locale`. The English usual scale is the council's default (DEFAULT_SCALE).
 */
export function standardScale(direction: ScaleDirection, locale: Locale = 'en'): ScaleDefinition {
  const t = (m: Msg) => translate(locale, m);
  const safe = t(msg('scale.standard.safeEnd'));
  const worried = t(msg('scale.standard.worriedEnd'));
  return direction === 'higher_is_safer'
    ? { question: t(msg('scale.standard.question.higher_is_safer')), anchor0: worried, anchor10: safe, direction }
    : { question: t(msg('scale.standard.question.higher_is_riskier')), anchor0: safe, anchor10: worried, direction };
}

/** SC10: which end is which, in a few words ("10 is the safe end"). */
export function directionWords(direction: ScaleDirection): Msg {
  return msg(`scale.direction.${direction}`);
}

/**
 * SC10: the band written as people read the scale ("Scores of 2 or below", or "Scores of 8 or above"
 * when 10 is the most worried end), or null without a band. The band is stored on the safer scale.
 */
export function bandWords(scale: { direction: ScaleDirection; escalateAtOrBelow?: number | null | undefined }): Msg | null {
  if (scale.escalateAtOrBelow === null || scale.escalateAtOrBelow === undefined) return null;
  return msg(`scale.band.${scale.direction}`, { score: toSaferScale(scale.escalateAtOrBelow, scale.direction) });
}

/** SC4/SC10: whether one score, as given on this scale, is in the band the chair set. */
export function inEscalationBand(score: number, scale: { direction: ScaleDirection; escalateAtOrBelow?: number | null | undefined }): boolean {
  if (scale.escalateAtOrBelow === null || scale.escalateAtOrBelow === undefined) return false;
  if (!Number.isInteger(score) || score < 0 || score > SCORE_MAX) return false;
  return toSaferScale(score, scale.direction) <= scale.escalateAtOrBelow;
}

/** SC10: the standard question for `from` (in either language) becomes the standard question for `to` in that language; a question the chair wrote is kept. */
export function questionForDirection(question: string, from: ScaleDirection, to: ScaleDirection): string {
  const locale = LOCALES.find((l) => question.trim() === standardScale(from, l).question);
  return locale ? standardScale(to, locale).question : question;
}

/**
 * SC10: a scale in the reader's language. The standard wording, whichever language it was asked or
 * kept in, reads as the standard wording in `locale` (a Welsh parent sees the chair's standard
 * question in Welsh, the projector of a bilingual conference both); words the chair or council
 * wrote themselves stay as written. Used to start a question and to show one.
 */
export function scaleForReader<S extends Pick<ScaleDefinition, 'question' | 'anchor0' | 'anchor10' | 'direction'>>(scale: S, locale: Locale): S {
  const standard = LOCALES.some((l) => {
    const s = standardScale(scale.direction, l);
    return scale.question.trim() === s.question && scale.anchor0.trim() === s.anchor0 && scale.anchor10.trim() === s.anchor10;
  });
  return standard ? { ...scale, ...standardScale(scale.direction, locale) } : scale;
}
