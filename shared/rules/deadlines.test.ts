import { describe, expect, it } from 'vitest';
import { DEADLINE_RULE_IDS, applyOverride, computeDeadlines, recordedDeadlines } from './deadlines.ts';
import type { ConferenceForDeadlines, Deadline, DeadlineRuleId } from './deadlines.ts';
import type { CouncilPolicy } from './councilPolicy.ts';
import { JURISDICTIONS } from './jurisdiction.ts';
import { addCalendarDays, addMonthsClamped, isWorkingDay } from './workingDays.ts';
import { english } from '../../test/support/english.ts';
import { translate } from '../i18n/translate.ts';

// /work/shared/fixtures/sample-conference.yaml: a Welsh initial conference on Monday 16 Dec 2024.
const FIXTURE: ConferenceForDeadlines = { date: '2024-12-16', type: 'initial', jurisdiction: 'wales' };

function due(conference: ConferenceForDeadlines, id: DeadlineRuleId, policy?: CouncilPolicy): string {
  return get(computeDeadlines(conference, policy), id).due;
}
function get(deadlines: Deadline[], id: DeadlineRuleId): Deadline {
  const d = deadlines.find((x) => x.ruleId === id);
  if (!d) throw new Error(`no ${id}`);
  return d;
}

describe('deadlines', () => {
  it('returns WD1–WD6 in order, each with its label and basis by message id, in both languages', () => {
    const all = computeDeadlines(FIXTURE);
    expect(all.map((d) => d.ruleId)).toEqual([...DEADLINE_RULE_IDS]);
    for (const d of all) {
      for (const locale of ['en', 'cy'] as const) {
        expect(translate(locale, d.label).length).toBeGreaterThan(5);
        expect(translate(locale, d.basis)).not.toMatch(/[{}]/);
      }
      expect(d).toMatchObject({ jurisdiction: 'wales', conferenceDate: '2024-12-16' });
      expect(d.override).toBeUndefined();
    }
  });

  it('WD1 summary is due by the end of the next working day (fixture: 2024-12-17)', () => {
    expect(due(FIXTURE, 'WD1')).toBe('2024-12-17');
    expect(translate('en', get(computeDeadlines(FIXTURE), 'WD1').basis)).toMatch(/next working day/);
  });

  it('WD1 a council can set its own timescale, e.g. 5 working days in Wales (fixture: 2024-12-23)', () => {
    const d = get(computeDeadlines(FIXTURE, { summaryWorkingDays: 5 }), 'WD1');
    expect(d.due).toBe('2024-12-23');
    expect(translate('en', d.basis)).toMatch(/5 working days/);
  });

  it('WD1 a Friday conference: due Monday, or Tuesday if Monday is a bank holiday', () => {
    expect(due({ date: '2025-03-14', type: 'review', jurisdiction: 'england' }, 'WD1')).toBe('2025-03-17');
    expect(due({ date: '2025-03-14', type: 'review', jurisdiction: 'northern_ireland' }, 'WD1')).toBe('2025-03-18');
    expect(due({ date: '2025-04-17', type: 'initial', jurisdiction: 'england' }, 'WD1')).toBe('2025-04-22');
    expect(due({ date: '2025-04-17', type: 'initial', jurisdiction: 'scotland' }, 'WD1')).toBe('2025-04-21');
  });

  it('WD2 first core group within 10 working days (fixture: 2025-01-02; Scotland 2025-01-03)', () => {
    expect(due(FIXTURE, 'WD2')).toBe('2025-01-02');
    // A review has a core group already: no first meeting to set.
    expect(computeDeadlines({ ...FIXTURE, type: 'review' }).map((d) => d.ruleId)).toEqual(['WD1', 'WD3', 'WD4', 'WD5', 'WD6']);
    expect(due({ ...FIXTURE, jurisdiction: 'england' }, 'WD2')).toBe('2025-01-02');
    expect(due({ ...FIXTURE, jurisdiction: 'scotland' }, 'WD2')).toBe('2025-01-03');
  });

  it('WD3 review within 3 months of an initial conference, moved back off a Sunday (fixture: 2025-03-14)', () => {
    expect(due(FIXTURE, 'WD3')).toBe('2025-03-14');
    expect(translate('en', get(computeDeadlines(FIXTURE), 'WD3').basis)).toMatch(/3 months of the initial conference/);
  });

  it('WD3 3 months after an initial conference, 6 months after a review', () => {
    expect(due({ date: '2025-01-15', type: 'initial', jurisdiction: 'england' }, 'WD3')).toBe('2025-04-15');
    expect(due({ date: '2025-01-15', type: 'review', jurisdiction: 'england' }, 'WD3')).toBe('2025-07-15');
    expect(translate('en', get(computeDeadlines({ ...FIXTURE, type: 'review' }), 'WD3').basis)).toMatch(/6 months of this review/);
  });

  it('WD3 never overshoots: short months clamp, and bank holidays move it earlier', () => {
    expect(due({ date: '2023-11-30', type: 'initial', jurisdiction: 'england' }, 'WD3')).toBe('2024-02-29');
    // 21 Apr 2025 is Easter Monday: Thursday 17th in England (Good Friday too), but a working day in Scotland.
    expect(due({ date: '2024-10-21', type: 'review', jurisdiction: 'england' }, 'WD3')).toBe('2025-04-17');
    expect(due({ date: '2024-10-21', type: 'review', jurisdiction: 'scotland' }, 'WD3')).toBe('2025-04-21');
  });

  it('WD4 family can ask for amendments for 5 working days after receiving the summary', () => {
    expect(due(FIXTURE, 'WD4')).toBe('2024-12-24');
    expect(due(FIXTURE, 'WD4', { summaryWorkingDays: 5 })).toBe('2025-01-02');
  });

  it('WD5 appeal window is 10 working days from the conference by default (fixture: 2025-01-02)', () => {
    expect(due(FIXTURE, 'WD5')).toBe('2025-01-02');
    expect(translate('en', get(computeDeadlines(FIXTURE), 'WD5').basis)).toMatch(/after the conference/);
    expect(due({ ...FIXTURE, jurisdiction: 'scotland' }, 'WD5')).toBe('2025-01-03');
  });

  it('WD5 a council can count the appeal window from receipt of the summary instead (TS1)', () => {
    expect(due(FIXTURE, 'WD5', { appealFrom: 'receipt' })).toBe('2025-01-03');
    expect(due(FIXTURE, 'WD5', { appealFrom: 'receipt', summaryWorkingDays: 5 })).toBe('2025-01-09');
    expect(due(FIXTURE, 'WD5', { appealWorkingDays: 15 })).toBe('2025-01-09');
  });

  it('WD1 within 48 hours lands two days later at the conference time (fixture: 2024-12-18)', () => {
    const d = get(computeDeadlines({ ...FIXTURE, startTime: '10:00' }, { summaryWithinHours: 48 }), 'WD1');
    expect(d).toMatchObject({ due: '2024-12-18', dueTime: '10:00' });
    expect(get(computeDeadlines(FIXTURE), 'WD1').dueTime).toBe('17:00');
  });

  it('WD6 full minutes within 28 days (fixture: 2025-01-13) and WD4 follows the council', () => {
    expect(due(FIXTURE, 'WD6')).toBe('2025-01-13');
    expect(due(FIXTURE, 'WD4', { amendmentWorkingDays: 10 })).toBe('2025-01-03');
  });

  it('WD1–WD6 every due date is a working day after the conference, for every jurisdiction (2024–2026)', () => {
    for (const jurisdiction of JURISDICTIONS) {
      for (let date = '2024-01-01'; date < '2027-01-01'; date = addCalendarDays(date, 3)) {
        for (const type of ['initial', 'review'] as const) {
          for (const d of computeDeadlines({ date, type, jurisdiction })) {
            expect(isWorkingDay(d.due, jurisdiction), `${jurisdiction} ${date} ${d.ruleId}`).toBe(true);
            expect(d.due > date).toBe(true);
            if (d.ruleId === 'WD3') expect(d.due <= addMonthsClamped(date, type === 'initial' ? 3 : 6)).toBe(true);
          }
        }
      }
    }
  });

  it('rejects an invalid conference date or council policy', () => {
    expect(() => computeDeadlines({ ...FIXTURE, date: '2024-12-32' })).toThrow(RangeError);
    expect(() => computeDeadlines(FIXTURE, { summaryWorkingDays: 0 })).toThrow(RangeError);
    expect(() => computeDeadlines(FIXTURE, { summaryWorkingDays: 2.5 })).toThrow(RangeError);
  });
});

describe('overrides', () => {
  const review = get(computeDeadlines(FIXTURE), 'WD3');

  it('OV1 the chair can move a date with a reason (fixture: review on 2025-03-13)', () => {
    const r = applyOverride(review, { date: '2025-03-13', reason: '  Chair on leave on the 14th  ' });
    expect(r).toEqual({
      ok: true,
      value: { ...review, due: '2025-03-13', override: { originalDue: '2025-03-14', reason: 'Chair on leave on the 14th', laterThanRule: false } },
    });
  });

  it('OV1 an override needs a non-empty reason', () => {
    for (const reason of ['', '   ']) {
      const r = applyOverride(review, { date: '2025-03-13', reason });
      expect(english(r)).toEqual({ ok: false, reasons: ['Give a reason for changing the date.'] });
    }
    expect(applyOverride(review, { date: '2025-03-13', reason: 'x'.repeat(2001) }).ok).toBe(false);
  });

  it('OV1 the new date must be a real working day, on or after the conference, and different', () => {
    const reasonsFor = (date: string) => {
      const r = applyOverride(review, { date, reason: 'Because' });
      return r.ok ? [] : english(r).reasons;
    };
    expect(reasonsFor('2025-03-15')).toEqual(['Saturday 15 March 2025 is a weekend. Choose a working day.']);
    expect(reasonsFor('2025-04-21')).toEqual([
      'Monday 21 April 2025 is a bank holiday in Wales (Easter Monday). Choose a working day.',
    ]);
    expect(reasonsFor('2024-12-13')).toEqual(['The new date cannot be before the conference (Monday 16 December 2024).']);
    expect(reasonsFor('2025-03-14')).toEqual(['Friday 14 March 2025 is already the date for this deadline.']);
    expect(reasonsFor('14/03/2025')).toEqual(['Enter a real date, like 2025-03-14.']);
  });

  it('OV1 reports every problem at once and never throws on bad input', () => {
    const r = applyOverride(review, { date: '2025-03-16', reason: '' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reasons).toHaveLength(2);
    const junk = { date: 42, reason: null } as unknown as { date: string; reason: string };
    expect(() => applyOverride(review, junk)).not.toThrow();
    expect(applyOverride(review, junk).ok).toBe(false);
  });

  it('OV1 a later date is flagged, and the rule’s original date survives a second override', () => {
    const first = applyOverride(review, { date: '2025-03-20', reason: 'Family asked for a later date' });
    expect(first.ok && first.value.override).toEqual({
      originalDue: '2025-03-14', reason: 'Family asked for a later date', laterThanRule: true,
    });
    if (!first.ok) return;
    const second = applyOverride(first.value, { date: '2025-03-12', reason: 'Moved back' });
    expect(second.ok && second.value.override).toEqual({ originalDue: '2025-03-14', reason: 'Moved back', laterThanRule: false });
  });
});

describe('recorded deadlines', () => {
  const plan = [{ outcome: 'register_and_cspp' }, { outcome: 'register_and_cspp' }];
  it('OV2 lays a kept change over the rule date, keeping the rule date and the reason', () => {
    const all = recordedDeadlines(FIXTURE, { perChild: plan, dateOverrides: { WD2: { date: '2025-01-06', reason: 'Health visitor on leave' } } });
    expect(all.map((d) => d.ruleId)).toEqual([...DEADLINE_RULE_IDS]);
    expect(get(all, 'WD2')).toMatchObject({ due: '2025-01-06', override: { originalDue: '2025-01-02', reason: 'Health visitor on leave', laterThanRule: true } });
    expect(get(all, 'WD1')).toEqual(get(computeDeadlines(FIXTURE), 'WD1'));
  });
  it('OV2 ignores a stored change that is not a date or equals the rule date', () => {
    const all = recordedDeadlines(FIXTURE, { perChild: plan, dateOverrides: { WD1: { date: 'soon', reason: 'x' }, WD2: { date: '2025-01-02', reason: 'same' } } });
    expect(all).toEqual(computeDeadlines(FIXTURE));
  });
  it('OV2 leaves out the review (WD3) only when a decision ends the plan for every child', () => {
    expect(recordedDeadlines(FIXTURE, { perChild: [], dateOverrides: {} }).map((d) => d.ruleId)).toContain('WD3');
    const mixed = [{ outcome: 'register_and_cspp' }, { outcome: 'care_and_support_plan' }];
    expect(recordedDeadlines(FIXTURE, { perChild: mixed, dateOverrides: {} }).map((d) => d.ruleId)).toContain('WD3');
    const ended = [{ outcome: 'care_and_support_plan' }, { outcome: 'no_further_action' }];
    expect(recordedDeadlines(FIXTURE, { perChild: ended, dateOverrides: {} }).map((d) => d.ruleId)).toEqual(['WD1', 'WD2', 'WD4', 'WD5', 'WD6']);
  });
});
