import { describe, expect, it } from 'vitest';
import { agencyNames, checkQuorum, quorumWarning } from './quorum.ts';
import { translate } from '../i18n/translate.ts';

const warning = (q: ReturnType<typeof checkQuorum>, locale: 'en' | 'cy' = 'en') => { const m = quorumWarning(q); return m ? translate(locale, m) : ''; };

const sw = { role: 'social_worker', agency: 'Children’s Services', attendance: 'present' };
const police = { role: 'police', agency: 'Afonwen Police', attendance: 'present' };
const gp = { role: 'gp', agency: '', attendance: 'report_only' };

describe('QU1 quorum', () => {
  it('QU1 is quorate with three agencies including the social worker’s, present or by report', () => {
    const q = checkQuorum([sw, police, gp, { role: 'parent', agency: '', attendance: 'present' }]);
    expect(q).toMatchObject({ quorate: true, required: 3, socialWorker: true });
    expect(quorumWarning(q)).toBeNull();
    expect(q.agencies).toEqual(['Children’s Services', 'Afonwen Police']);
    // A blank agency counts by the role, kept as the role so the recorded check reads in each language.
    expect(q.byRole).toEqual(['gp']);
    expect(agencyNames(q, 'en')).toEqual(['Children’s Services', 'Afonwen Police', 'GP (family doctor)']);
    expect(agencyNames(q, 'cy')[2]).toBe(translate('cy', { id: 'role.gp' }));
    expect(agencyNames(q, 'cy')[2]).not.toBe('GP (family doctor)');
  });

  it('QU1 warns with too few agencies, counting each agency once and never apologies or the family', () => {
    const q = checkQuorum([sw, police, { ...police, agency: ' afonwen  police' }, { role: 'health', agency: 'Health', attendance: 'apologies' }, { role: 'advocate', agency: 'Tros Gynnal', attendance: 'present' }]);
    expect(q.quorate).toBe(false);
    expect(warning(q)).toBe('The conference is not quorate: 2 agencies are taking part, present or by report; at least 3 are expected.');
    expect(warning(q, 'cy')).toMatch(/^Does dim cworwm/);
  });

  it('QU1 warns without a social worker, and follows the council’s number', () => {
    const q = checkQuorum([police, gp, { role: 'education', agency: 'Ysgol Afonwen', attendance: 'present' }]);
    expect(q.quorate).toBe(false);
    expect(warning(q)).toContain('no social worker');
    expect(checkQuorum([sw, police], 2).quorate).toBe(true);
    expect(checkQuorum([sw, police, gp], 4).quorate).toBe(false);
  });

  it('QU1 a role also written as an agency counts once; a check recorded before roles were kept apart still reads', () => {
    const q = checkQuorum([sw, gp, { role: 'health', agency: 'GP (family doctor)', attendance: 'present' }]);
    expect(q.agencies).toEqual(['Children’s Services', 'GP (family doctor)']);
    expect(q.byRole).toEqual([]);
    const old = { quorate: false, agencies: ['Children’s Services', 'GP (family doctor)'], required: 3, socialWorker: true };
    expect(warning(old)).toContain('2 agencies are taking part');
    expect(agencyNames(old, 'cy')).toEqual(['Children’s Services', 'GP (family doctor)']);
  });
});
