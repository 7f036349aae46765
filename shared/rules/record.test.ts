import { describe, expect, it } from 'vitest';
import { ATTENDEE_ROLES, STAFF_ROLES } from '../schema/roles.ts';
import { amendmentDeadline, changeReason, editionsFor, isAmendmentLate, mayReceive } from './record.ts';
import { translate } from '../i18n/translate.ts';

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

  it('AM3: a version answering a request says so in the reader’s language, from its facts or from the English sentence older versions stored', () => {
    const fresh = changeReason({ why: '', amendmentId: 'a1', request: { from: 'Kerys Brightwater', part: 'Contingency plan' } });
    expect(typeof fresh === 'string' ? fresh : translate('cy', fresh)).toBe('Cais gan Kerys Brightwater i newid y cofnod: Contingency plan');
    const old = changeReason({ why: 'Request to change the record from Kerys Brightwater: The plan: who', amendmentId: 'a1' });
    expect(typeof old === 'string' ? old : translate('cy', old)).toBe('Cais gan Kerys Brightwater i newid y cofnod: The plan: who');
    // A reason typed by the note taker is kept as written, even if it reads like a request.
    expect(changeReason({ why: 'Request to change the record from Sam: typo', amendmentId: null })).toBe('Request to change the record from Sam: typo');
  });
});
