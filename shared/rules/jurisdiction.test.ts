import { describe, expect, it } from 'vitest';
import {
  BANK_HOLIDAY_DIVISIONS,
  JURISDICTIONS,
  bankHolidayDivision,
  bankHolidayDivisionLabel,
  isJurisdiction,
  jurisdictionLabel,
  jurisdictionSchema,
} from './jurisdiction.ts';

describe('jurisdiction', () => {
  it('JU1 lists the four UK nations with stable ids, and the schema accepts only those', () => {
    expect(JURISDICTIONS).toEqual(['england', 'wales', 'scotland', 'northern_ireland']);
    for (const j of JURISDICTIONS) expect(jurisdictionSchema.parse(j)).toBe(j);
    expect(jurisdictionSchema.safeParse('Wales').success).toBe(false);
    expect(jurisdictionSchema.safeParse('uk').success).toBe(false);
    expect(isJurisdiction('scotland')).toBe(true);
    expect(isJurisdiction('isle_of_man')).toBe(false);
    expect(isJurisdiction(3)).toBe(false);
  });

  it('JU2 gives plain labels, in English and Welsh', () => {
    expect(JURISDICTIONS.map((j) => jurisdictionLabel(j))).toEqual(['England', 'Wales', 'Scotland', 'Northern Ireland']);
    expect(JURISDICTIONS.map((j) => jurisdictionLabel(j, 'cy'))).toEqual(['Lloegr', 'Cymru', 'Yr Alban', 'Gogledd Iwerddon']);
  });

  it('JU3 England and Wales share a bank-holiday division; Scotland and Northern Ireland have their own', () => {
    expect(bankHolidayDivision('england')).toBe('england-and-wales');
    expect(bankHolidayDivision('wales')).toBe('england-and-wales');
    expect(bankHolidayDivision('scotland')).toBe('scotland');
    expect(bankHolidayDivision('northern_ireland')).toBe('northern-ireland');
    expect(new Set(JURISDICTIONS.map(bankHolidayDivision))).toEqual(new Set(BANK_HOLIDAY_DIVISIONS));
    expect(bankHolidayDivisionLabel('england-and-wales')).toBe('England and Wales');
  });
});
