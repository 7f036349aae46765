import { describe, expect, it } from 'vitest';
import { ATTENDEE_ROLES, STAFF_ROLES } from '../schema/roles.ts';
import { amendmentDeadline, editionsFor, isAmendmentLate, mayReceive } from './record.ts';

describe('the record: who receives what (RC1) and the amendment window (AM2)', () => {
  it('RC1: family-view roles never receive the full record; the projector and administrator receive nothing', () => {
    for (const role of ['parent', 'child', 'advocate', 'supporter', 'interpreter', 'observer'] as const) {
      expect(editionsFor(role)).toEqual(['family', 'letter']);
      expect(mayReceive(role, 'full')).toBe(false);
    }
    expect(editionsFor('projector')).toEqual([]);
    expect(editionsFor('admin')).toEqual([]);
    expect(editionsFor('police')).toEqual(['full']);
    expect(editionsFor('notetaker')).toEqual(['full', 'family', 'letter']);
    for (const role of [...ATTENDEE_ROLES, ...STAFF_ROLES]) expect(editionsFor(role).every((e) => mayReceive(role, e))).toBe(true);
  });

  it('AM2: 5 working days from receipt, over Christmas in Wales; later requests are late', () => {
    const deadline = amendmentDeadline('2024-12-17', 5, 'wales');
    expect(deadline).toBe('2024-12-24');
    expect(isAmendmentLate('2024-12-24', deadline)).toBe(false);
    expect(isAmendmentLate('2024-12-27', deadline)).toBe(true);
  });
});
