import { describe, expect, it } from 'vitest';
import { isReportLate, latestShareDate, noticeWorkingDays, workingDaysBefore } from './reports.ts';
import { DEFAULT_REPORT_POLICY, reportPolicySchema } from './reportPolicy.ts';

// 2026: Good Friday 3 April and Easter Monday 6 April (not a bank holiday in Scotland);
// early May bank holiday Monday 4 May. 2026-03-10 is a Tuesday.
const weekdaysOnly = (d: string) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());

describe('RP1 counting back working days', () => {
  it('RP1: skips weekends with a made-up calendar; the start day never counts', () => {
    expect(workingDaysBefore('2026-03-10', 1, weekdaysOnly)).toBe('2026-03-09');
    expect(workingDaysBefore('2026-03-10', 2, weekdaysOnly)).toBe('2026-03-06');
    expect(workingDaysBefore('2026-03-08', 1, weekdaysOnly)).toBe('2026-03-06');
    expect(workingDaysBefore('2026-03-10', 0, weekdaysOnly)).toBe('2026-03-10');
  });

  it('RP1: crosses month and year ends in UTC', () => {
    expect(workingDaysBefore('2026-01-01', 1, weekdaysOnly)).toBe('2025-12-31');
    expect(workingDaysBefore('2024-03-01', 1, weekdaysOnly)).toBe('2024-02-29');
  });

  it('RP1: rejects bad input and a calendar with no working days', () => {
    expect(() => workingDaysBefore('2026-02-30', 1, weekdaysOnly)).toThrow(RangeError);
    expect(() => workingDaysBefore('10/03/2026', 1, weekdaysOnly)).toThrow(RangeError);
    expect(() => workingDaysBefore('2026-03-10', -1, weekdaysOnly)).toThrow(RangeError);
    expect(() => workingDaysBefore('2026-03-10', 1.5, weekdaysOnly)).toThrow(RangeError);
    expect(() => workingDaysBefore('2026-03-10', 1, () => false)).toThrow(RangeError);
  });
});

describe('RP1 report sharing deadline', () => {
  it('RP1: default policy is 2 working days for initial, 5 for review', () => {
    expect(DEFAULT_REPORT_POLICY).toEqual({ initialWorkingDays: 2, reviewWorkingDays: 5 });
    expect(noticeWorkingDays('initial')).toBe(2);
    expect(noticeWorkingDays('review')).toBe(5);
  });

  it('RP1: initial conference on a Tuesday — Friday is on time, the weekend is late', () => {
    expect(latestShareDate('2026-03-10', 'initial', 'england')).toBe('2026-03-06');
    expect(isReportLate('2026-03-05', '2026-03-10', 'initial', 'england')).toEqual({ late: false, latest: '2026-03-06' });
    expect(isReportLate('2026-03-06', '2026-03-10', 'initial', 'england').late).toBe(false);
    expect(isReportLate('2026-03-07', '2026-03-10', 'initial', 'england').late).toBe(true);
    expect(isReportLate('2026-03-09', '2026-03-10', 'initial', 'england').late).toBe(true);
    expect(isReportLate('2026-03-11', '2026-03-10', 'initial', 'england').late).toBe(true);
  });

  it('RP1: Easter bank holidays do not count, and Scotland works on Easter Monday', () => {
    // Wednesday 8 April 2026: Tue 7 is day 1; Mon 6 and Fri 3 are bank holidays in England.
    expect(latestShareDate('2026-04-08', 'initial', 'england')).toBe('2026-04-02');
    expect(isReportLate('2026-04-02', '2026-04-08', 'initial', 'england').late).toBe(false);
    expect(isReportLate('2026-04-06', '2026-04-08', 'initial', 'england').late).toBe(true);
    expect(latestShareDate('2026-04-08', 'initial', 'wales')).toBe('2026-04-02');
    expect(latestShareDate('2026-04-08', 'initial', 'scotland')).toBe('2026-04-06');
    expect(isReportLate('2026-04-06', '2026-04-08', 'initial', 'scotland').late).toBe(false);
  });

  it('RP1: review conference counts 5 working days past the May bank holiday', () => {
    // Monday 11 May 2026: Fri 8, Thu 7, Wed 6, Tue 5 count; Mon 4 is a bank holiday; Fri 1 is day 5.
    expect(latestShareDate('2026-05-11', 'review', 'england')).toBe('2026-05-01');
    expect(isReportLate('2026-05-01', '2026-05-11', 'review', 'england').late).toBe(false);
    expect(isReportLate('2026-05-04', '2026-05-11', 'review', 'england').late).toBe(true);
  });

  it('RP1: a council can set its own notice periods, checked by the schema', () => {
    const policy = reportPolicySchema.parse({ initialWorkingDays: 3, reviewWorkingDays: 0 });
    expect(latestShareDate('2026-03-10', 'initial', 'england', policy)).toBe('2026-03-05');
    expect(isReportLate('2026-03-10', '2026-03-10', 'review', 'england', policy)).toEqual({ late: false, latest: '2026-03-10' });
    expect(reportPolicySchema.safeParse({ initialWorkingDays: -1, reviewWorkingDays: 5 }).success).toBe(false);
    expect(reportPolicySchema.safeParse({ initialWorkingDays: 2.5, reviewWorkingDays: 5 }).success).toBe(false);
  });

  it('RP1: invalid share dates throw', () => {
    expect(() => isReportLate('2026-13-01', '2026-03-10', 'initial', 'england')).toThrow(RangeError);
  });
});
