import { describe, expect, it } from 'vitest';
import type { Jurisdiction } from './jurisdiction.ts';
import {
  addCalendarDays,
  addMonthsClamped,
  addWorkingDays,
  bankHolidayName,
  bankHolidays,
  conferenceLocalDate,
  isIsoDate,
  isoDateSchema,
  isWeekend,
  isWorkingDay,
  nextWorkingDayOnOrAfter,
  nextWorkingDayOnOrBefore,
} from './workingDays.ts';

// Weekday bank holidays from https://www.gov.uk/bank-holidays (weekend dates that are
// replaced by a substitute day are not listed there as days off).
const GOV_UK: Record<'england-and-wales' | 'scotland' | 'northern-ireland', Record<number, string[]>> = {
  'england-and-wales': {
    2024: ['01-01', '03-29', '04-01', '05-06', '05-27', '08-26', '12-25', '12-26'],
    2025: ['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26'],
    2026: ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'],
    2027: ['01-01', '03-26', '03-29', '05-03', '05-31', '08-30', '12-27', '12-28'],
  },
  scotland: {
    2024: ['01-01', '01-02', '03-29', '05-06', '05-27', '08-05', '12-02', '12-25', '12-26'],
    2025: ['01-01', '01-02', '04-18', '05-05', '05-26', '08-04', '12-01', '12-25', '12-26'],
    2026: ['01-01', '01-02', '04-03', '05-04', '05-25', '08-03', '11-30', '12-25', '12-28'],
    2027: ['01-01', '01-04', '03-26', '05-03', '05-31', '08-02', '11-30', '12-27', '12-28'],
  },
  'northern-ireland': {
    2024: ['01-01', '03-18', '03-29', '04-01', '05-06', '05-27', '07-12', '08-26', '12-25', '12-26'],
    2025: ['01-01', '03-17', '04-18', '04-21', '05-05', '05-26', '07-14', '08-25', '12-25', '12-26'],
    2026: ['01-01', '03-17', '04-03', '04-06', '05-04', '05-25', '07-13', '08-31', '12-25', '12-28'],
    2027: ['01-01', '03-17', '03-26', '03-29', '05-03', '05-31', '07-12', '08-30', '12-27', '12-28'],
  },
};
const CASES: [keyof typeof GOV_UK, Jurisdiction][] = [
  ['england-and-wales', 'england'], ['england-and-wales', 'wales'], ['scotland', 'scotland'], ['northern-ireland', 'northern_ireland'],
];

describe('bank holidays (date-holidays, GB states ENG/SCT/NIR)', () => {
  for (const [division, j] of CASES) {
    it(`BH1 ${j}: weekday bank holidays 2024–2027 match GOV.UK's ${division} list`, () => {
      for (const year of [2024, 2025, 2026, 2027]) {
        const weekdays = bankHolidays(year, j).map((h) => h.date).filter((d) => !isWeekend(d));
        expect(weekdays, `${j} ${year}`).toEqual((GOV_UK[division][year] ?? []).map((md) => `${year}-${md}`));
      }
    });
  }

  it('BH1 only public holidays count, not observances such as Mother’s Day or Easter Sunday', () => {
    expect(bankHolidayName('2024-03-10', 'england')).toBeNull();
    expect(bankHolidayName('2024-03-31', 'england')).toBeNull();
    expect(bankHolidayName('2024-03-29', 'england')).toBe('Good Friday');
  });

  it('BH1 England and Wales agree on every day 2024–2027', () => {
    for (let d = '2024-01-01'; d <= '2027-12-31'; d = addCalendarDays(d, 1)) {
      expect(isWorkingDay(d, 'wales'), d).toBe(isWorkingDay(d, 'england'));
    }
  });
});

describe('working days', () => {
  it('WK1 Christmas and New Year are not working days; 27 Dec 2024 is', () => {
    for (const j of ['england', 'wales', 'scotland', 'northern_ireland'] as const) {
      expect(isWorkingDay('2024-12-25', j)).toBe(false);
      expect(isWorkingDay('2024-12-26', j)).toBe(false);
      expect(isWorkingDay('2024-12-27', j)).toBe(true);
      expect(isWorkingDay('2025-01-01', j)).toBe(false);
    }
  });

  it('WK1 Scotland alone keeps 2 January (and its substitute on Monday 4 Jan 2027)', () => {
    expect(isWorkingDay('2025-01-02', 'scotland')).toBe(false);
    expect(isWorkingDay('2025-01-02', 'england')).toBe(true);
    expect(isWorkingDay('2025-01-02', 'northern_ireland')).toBe(true);
    expect(isWorkingDay('2027-01-04', 'scotland')).toBe(false);
    expect(isWorkingDay('2027-01-04', 'wales')).toBe(true);
  });

  it('WK1 Easter: Good Friday everywhere; Easter Monday everywhere except Scotland', () => {
    for (const j of ['england', 'wales', 'scotland', 'northern_ireland'] as const) {
      expect(isWorkingDay('2025-04-18', j)).toBe(false);
      expect(isWorkingDay('2025-04-21', j)).toBe(j === 'scotland');
    }
  });

  it("WK1 St Andrew's Day is Scottish, moved to Monday when on a weekend", () => {
    expect(bankHolidayName('2024-12-02', 'scotland')).toMatch(/St Andrew/);
    expect(isWorkingDay('2024-12-02', 'england')).toBe(true);
    expect(isWorkingDay('2025-12-01', 'scotland')).toBe(false);
    expect(isWorkingDay('2026-11-30', 'scotland')).toBe(false);
    expect(isWorkingDay('2026-11-30', 'northern_ireland')).toBe(true);
  });

  it("WK1 St Patrick's Day and 12 July are Northern Irish, with Monday substitutes", () => {
    expect(isWorkingDay('2025-03-17', 'northern_ireland')).toBe(false);
    expect(isWorkingDay('2025-03-17', 'england')).toBe(true);
    expect(isWorkingDay('2024-03-18', 'northern_ireland')).toBe(false); // 17th was a Sunday
    expect(isWorkingDay('2024-07-12', 'northern_ireland')).toBe(false);
    expect(isWorkingDay('2024-07-12', 'scotland')).toBe(true);
    expect(isWorkingDay('2025-07-14', 'northern_ireland')).toBe(false); // 12th was a Saturday
  });

  it('WK2 the fixture conference (Wales, Mon 16 Dec 2024): 1, 5 and 10 working days', () => {
    expect(addWorkingDays('2024-12-16', 1, 'wales')).toBe('2024-12-17');
    expect(addWorkingDays('2024-12-16', 5, 'wales')).toBe('2024-12-23');
    expect(addWorkingDays('2024-12-16', 10, 'wales')).toBe('2025-01-02');
    expect(addWorkingDays('2024-12-16', 10, 'scotland')).toBe('2025-01-03');
  });

  it('WK2 a Friday afternoon conference: next working day is Monday, or Tuesday after a bank holiday', () => {
    const friday = conferenceLocalDate('2025-03-14T14:30');
    expect(addWorkingDays(friday, 1, 'england')).toBe('2025-03-17');
    expect(addWorkingDays(friday, 1, 'northern_ireland')).toBe('2025-03-18'); // St Patrick's Day
    const mayFriday = conferenceLocalDate('2025-05-02T15:00:00+01:00');
    expect(addWorkingDays(mayFriday, 1, 'wales')).toBe('2025-05-06'); // early May bank holiday
  });

  it('WK2 counts across Christmas and New Year, and from a weekend', () => {
    expect(addWorkingDays('2024-12-24', 1, 'england')).toBe('2024-12-27');
    expect(addWorkingDays('2024-12-31', 1, 'england')).toBe('2025-01-02');
    expect(addWorkingDays('2024-12-31', 1, 'scotland')).toBe('2025-01-03');
    expect(addWorkingDays('2025-03-15', 1, 'england')).toBe('2025-03-17');
  });

  it('WK2 rejects a count below 1, a fraction, or an impossible date', () => {
    expect(() => addWorkingDays('2025-01-06', 0, 'england')).toThrow(RangeError);
    expect(() => addWorkingDays('2025-01-06', 1.5, 'england')).toThrow(RangeError);
    expect(() => addWorkingDays('2025-02-30', 1, 'england')).toThrow(RangeError);
    expect(addCalendarDays('2024-12-16', 28)).toBe('2025-01-13');
  });

  it('WK3 steps back or forward to the nearest working day', () => {
    expect(nextWorkingDayOnOrBefore('2025-03-16', 'wales')).toBe('2025-03-14');
    expect(nextWorkingDayOnOrBefore('2025-03-14', 'wales')).toBe('2025-03-14');
    expect(nextWorkingDayOnOrBefore('2025-04-21', 'england')).toBe('2025-04-17');
    expect(nextWorkingDayOnOrBefore('2025-04-21', 'scotland')).toBe('2025-04-21');
    expect(nextWorkingDayOnOrAfter('2024-12-25', 'england')).toBe('2024-12-27');
    expect(nextWorkingDayOnOrAfter('2025-01-01', 'scotland')).toBe('2025-01-03');
  });

  it('WK4 adds months, clamping to the end of a shorter month', () => {
    expect(addMonthsClamped('2024-12-16', 3)).toBe('2025-03-16');
    expect(addMonthsClamped('2024-11-30', 3)).toBe('2025-02-28');
    expect(addMonthsClamped('2023-11-30', 3)).toBe('2024-02-29');
    expect(addMonthsClamped('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonthsClamped('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonthsClamped('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonthsClamped('2024-10-15', 6)).toBe('2025-04-15');
  });

  it('WK5 the conference date is its Europe/London calendar date', () => {
    expect(conferenceLocalDate('2024-12-16')).toBe('2024-12-16');
    expect(conferenceLocalDate('2024-12-16T10:00')).toBe('2024-12-16');
    expect(conferenceLocalDate('2024-06-14T23:30:00Z')).toBe('2024-06-15'); // BST
    expect(conferenceLocalDate('2024-12-16T23:30:00Z')).toBe('2024-12-16'); // GMT
    expect(conferenceLocalDate('2024-06-14T19:30:00-04:00')).toBe('2024-06-15');
    expect(conferenceLocalDate('2024-06-15T00:30:00+01:00')).toBe('2024-06-15');
    expect(() => conferenceLocalDate('16/12/2024')).toThrow(RangeError);
    expect(() => conferenceLocalDate('2024-02-30T10:00')).toThrow(RangeError);
  });

  it('WK0 validates ISO calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-1-2')).toBe(false);
    expect(isoDateSchema.safeParse('2025-13-01').success).toBe(false);
    expect(isoDateSchema.parse('2025-03-14')).toBe('2025-03-14');
  });
});
