import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCALE,
  escalationTriggered,
  median,
  scaleDefinitionSchema,
  scoreEntrySchema,
  scoreSchema,
  summarise,
  summariseByGroup,
  scorerGroup,
  toSaferScale,
} from './scaling.ts';
import type { ScorerGroup } from './scaling.ts';
import { translate } from '../i18n/translate.ts';

// Overall scores from /work/shared/fixtures/sample-conference.yaml (r8, the advocate, left out).
const FIXTURE: { participantId: string; group: ScorerGroup; score: number }[] = [
  { participantId: 'r1', group: 'professional', score: 3 },
  { participantId: 'r2', group: 'professional', score: 2 },
  { participantId: 'r3', group: 'professional', score: 4 },
  { participantId: 'r4', group: 'professional', score: 4 },
  { participantId: 'r5', group: 'professional', score: 5 },
  { participantId: 'r6', group: 'family', score: 7 },
  { participantId: 'r7', group: 'family', score: 8 },
];

describe('scaling', () => {
  it('SC1 a score is a whole number from 0 to 10 with a reason of at most 2,000 characters', () => {
    expect(scoreSchema.safeParse({ score: 0, reason: '' }).success).toBe(true);
    expect(scoreSchema.safeParse({ score: 10, reason: 'x'.repeat(2000) }).success).toBe(true);
    expect(scoreSchema.safeParse({ score: 11, reason: '' }).success).toBe(false);
    expect(scoreSchema.safeParse({ score: -1, reason: '' }).success).toBe(false);
    expect(scoreSchema.safeParse({ score: 3.5, reason: '' }).success).toBe(false);
    expect(scoreSchema.safeParse({ score: 3, reason: 'x'.repeat(2001) }).success).toBe(false);
    expect(scoreEntrySchema.safeParse({ participantId: 'r1', group: 'professional', score: 3, reason: 'ok' }).success).toBe(true);
    expect(scoreEntrySchema.safeParse({ participantId: 'r1', group: 'chair', score: 3, reason: 'ok' }).success).toBe(false);
  });

  it('SC2 median of an odd count is the middle score', () => {
    expect(median([3, 2, 4, 4, 5])).toBe(4);
    expect(median([7])).toBe(7);
  });

  it('SC2 median of an even count is the mean of the two middle scores', () => {
    expect(median([7, 8])).toBe(7.5);
    expect(median([3, 2, 4, 4, 5, 7, 8, 5])).toBe(4.5);
    expect(median([0, 10])).toBe(5);
  });

  it('SC2 empty input gives nulls; input is not reordered; invalid scores throw', () => {
    expect(median([])).toBeNull();
    expect(summarise([])).toEqual({ count: 0, median: null, min: null, max: null, range: null });
    const input = [5, 1, 3];
    median(input);
    expect(input).toEqual([5, 1, 3]);
    expect(() => median([11])).toThrow(RangeError);
    expect(() => summarise([2.5])).toThrow(RangeError);
  });

  it('SC2 summarise gives count, median, min, max and range', () => {
    expect(summarise(FIXTURE.map((e) => e.score))).toEqual({ count: 7, median: 4, min: 2, max: 8, range: 6 });
  });

  it('SC3 splits the fixture round into family, the child with their advocate, and professionals', () => {
    expect(summariseByGroup([...FIXTURE, { participantId: 'r8', group: 'child', score: 5 }])).toEqual({
      all: { count: 8, median: 4.5, min: 2, max: 8, range: 6 },
      family: { count: 2, median: 7.5, min: 7, max: 8, range: 1 },
      child: { count: 1, median: 5, min: 5, max: 5, range: 0 },
      professional: { count: 5, median: 4, min: 2, max: 5, range: 3 },
    });
  });

  it('SC11 shows an advocate with the child, never with the family or the professionals', () => {
    expect(scorerGroup('advocate')).toBe('child');
    expect(scorerGroup('child')).toBe('child');
    expect(scorerGroup('parent')).toBe('family');
    expect(scorerGroup('supporter')).toBe('family');
    expect(scorerGroup('police')).toBe('professional');
    expect(translate('en', { id: `scaling.group.${scorerGroup('advocate')}` })).toBe('The child and their advocate');
  });

  it('SC4 escalation triggers when any one score is at or below the threshold', () => {
    expect(escalationTriggered(FIXTURE.map((e) => e.score), 2)).toBe(true); // PC Rees scored 2
    expect(escalationTriggered([3, 4, 8], 2)).toBe(false);
    expect(escalationTriggered([], 2)).toBe(false);
    expect(escalationTriggered([0], 0)).toBe(true);
  });

  it('SC5 the default scale runs higher-is-safer with the standard wording; others can be mirrored', () => {
    expect(scaleDefinitionSchema.parse(DEFAULT_SCALE)).toEqual(DEFAULT_SCALE);
    expect(DEFAULT_SCALE.question).toBe(
      'On a scale of 0 to 10, where 10 means everyone knows the children are safe enough for the case to be closed, ' +
        'and 0 means things are so bad that the children cannot stay where they are — where do you put things today, and why?',
    );
    expect(DEFAULT_SCALE.direction).toBe('higher_is_safer');
    expect(toSaferScale(3, 'higher_is_safer')).toBe(3);
    expect(toSaferScale(3, 'higher_is_riskier')).toBe(7);
    expect(escalationTriggered([9].map((s) => toSaferScale(s, 'higher_is_riskier')), 2)).toBe(true);
  });
});
