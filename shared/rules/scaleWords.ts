import { DEFAULT_SCALE, SCORE_MAX, toSaferScale, type ScaleDefinition, type ScaleDirection } from './scaling.ts';

/**
 * SC10 — Every sentence about a scale follows its direction. With a reversed scale ("10 is the most
 * worried end") nothing on any screen or in the record may say that 10 means safe. The step text,
 * the standard question, the band and the record's description all come from here.
 */

/** SC10: the standard question and ends for a direction (the Signs of Safety wording, turned round when reversed). */
export function standardScale(direction: ScaleDirection): ScaleDefinition {
  if (direction === 'higher_is_safer') return { ...DEFAULT_SCALE };
  return {
    question:
      'On a scale of 0 to 10, where 10 means things are so bad that the children cannot stay where they are, ' +
      'and 0 means everyone knows the children are safe enough for the case to be closed — where do you put things today, and why?',
    anchor0: DEFAULT_SCALE.anchor10,
    anchor10: DEFAULT_SCALE.anchor0,
    direction,
  };
}

/** SC10: the scaling step's one-line explanation for the room. */
export function scalingExplanation(direction: ScaleDirection): string {
  return direction === 'higher_is_safer'
    ? 'Each person picks a number from 0 to 10 to show how safe they think the child is now.'
    : 'Each person picks a number from 0 to 10 to show how worried they are about the child now: 10 is the most worried.';
}

/** SC10: which end is which, in a few words ("10 is the safe end"). */
export function directionWords(direction: ScaleDirection): string {
  return direction === 'higher_is_safer' ? '10 is the safe end' : '10 is the most worried end';
}

/**
 * SC10: the band written as people read the scale ("Scores of 2 or below", or "Scores of 8 or above"
 * when 10 is the most worried end), or null without a band. The band is stored on the safer scale.
 */
export function bandWords(scale: { direction: ScaleDirection; escalateAtOrBelow?: number | null | undefined }): string | null {
  if (scale.escalateAtOrBelow === null || scale.escalateAtOrBelow === undefined) return null;
  const raw = toSaferScale(scale.escalateAtOrBelow, scale.direction);
  return scale.direction === 'higher_is_safer' ? `Scores of ${raw} or below` : `Scores of ${raw} or above`;
}

/** SC4/SC10: whether one score, as given on this scale, is in the band the chair set. */
export function inEscalationBand(score: number, scale: { direction: ScaleDirection; escalateAtOrBelow?: number | null | undefined }): boolean {
  if (scale.escalateAtOrBelow === null || scale.escalateAtOrBelow === undefined) return false;
  if (!Number.isInteger(score) || score < 0 || score > SCORE_MAX) return false;
  return toSaferScale(score, scale.direction) <= scale.escalateAtOrBelow;
}

/** SC10: the standard question for `from` becomes the standard question for `to`; a question the chair wrote is kept. */
export function questionForDirection(question: string, from: ScaleDirection, to: ScaleDirection): string {
  return question.trim() === standardScale(from).question ? standardScale(to).question : question;
}
