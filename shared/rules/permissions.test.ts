import { describe, expect, it } from 'vitest';
import { ATTENDEE_ROLES } from '../schema/roles.ts';
import { canGiveView, canScore, canWriteDocuments, expectedToTakePart, viewFor } from './permissions.ts';

describe('permissions', () => {
  it('PM1 gives the family view to family roles, interpreters, observers and the projector', () => {
    const family = ATTENDEE_ROLES.filter((r) => viewFor(r) === 'family');
    expect(family.sort()).toEqual(['advocate', 'child', 'interpreter', 'observer', 'parent', 'projector', 'supporter']);
  });

  it('PM2 lets only the chair and note taker write documents directly', () => {
    expect(ATTENDEE_ROLES.some(canWriteDocuments)).toBe(false);
    expect(canWriteDocuments('chair') && canWriteDocuments('notetaker')).toBe(true);
  });

  it('PM8 gives a view to the same people who score: not interpreters, observers or the projector', () => {
    for (const r of ATTENDEE_ROLES) expect(canGiveView(r)).toBe(canScore(r));
    expect(['interpreter', 'observer', 'projector'].some((r) => canGiveView(r as never))).toBe(false);
  });

  it('PM9 expects everyone present who may take part, not apologies or report only, plus anyone who took part anyway', () => {
    const people = [
      { id: 'a', role: 'parent', attendance: 'present' },
      { id: 'b', role: 'gp', attendance: 'report_only' },
      { id: 'c', role: 'police', attendance: 'apologies' },
      { id: 'd', role: 'health', attendance: 'apologies' },
      { id: 'e', role: 'interpreter', attendance: 'present' },
      { id: 'f', role: 'education', attendance: 'report_only' },
    ] as const;
    // "f" sent a report the chair scored from: counted once it is recorded, never expected before.
    expect(expectedToTakePart(people, canScore, new Set(['d', 'f'])).map((p) => p.id)).toEqual(['a', 'd', 'f']);
    expect(expectedToTakePart(people, canGiveView, new Set()).map((p) => p.id)).toEqual(['a']);
  });
});
