import { describe, expect, it } from 'vitest';
import { canAssignStaff, canBeAssigned, checkUnassign } from './staffing.ts';
import { ATTENDEE_ROLES } from '../schema/roles.ts';

describe('CS — staff assigned to a conference', () => {
  it('CS1: only chairs and note takers can be assigned', () => {
    expect(canBeAssigned('chair')).toBe(true);
    expect(canBeAssigned('notetaker')).toBe(true);
    expect(canBeAssigned('admin')).toBe(false);
    for (const r of ATTENDEE_ROLES) expect(canBeAssigned(r)).toBe(false);
  });

  it('CS2: an assigned chair or an administrator changes the staff; a note taker or an unassigned chair does not', () => {
    expect(canAssignStaff('chair', true)).toBe(true);
    expect(canAssignStaff('admin', false)).toBe(true);
    expect(canAssignStaff('chair', false)).toBe(false);
    expect(canAssignStaff('notetaker', true)).toBe(false);
    expect(canAssignStaff('parent', true)).toBe(false);
  });

  it('CS3: the last chair cannot be removed; a co-chair or a note taker can', () => {
    const staff = [{ userId: 'c1', role: 'chair' as const }, { userId: 'n1', role: 'notetaker' as const }];
    expect(checkUnassign(staff, 'c1').ok).toBe(false);
    expect(checkUnassign(staff, 'n1').ok).toBe(true);
    expect(checkUnassign(staff, 'x').ok).toBe(false);
    expect(checkUnassign([...staff, { userId: 'c2', role: 'chair' }], 'c1').ok).toBe(true);
  });
});
