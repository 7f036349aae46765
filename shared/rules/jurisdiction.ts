import { z } from 'zod/mini';
import type { Locale } from '../i18n/locale.ts';
import { msg } from '../i18n/messages.ts';
import { translate } from '../i18n/translate.ts';

/**
 * JU1 — The four UK child protection systems the product supports. Child protection is devolved,
 * so each has its own statutory guidance: Working Together to Safeguard Children 2023 (England),
 * Wales Safeguarding Procedures 2019 under the Social Services and Well-being (Wales) Act 2014,
 * the National Guidance for Child Protection in Scotland 2021 (updated 2023), and Co-operating
 * to Safeguard Children and Young People in Northern Ireland 2017.
 *
 * Guarantees: the order is stable (UK nations in the order GOV.UK lists them) and the values are
 * stored in documents, so they must never be renamed.
 */
export const JURISDICTIONS = ['england', 'wales', 'scotland', 'northern_ireland'] as const;

/** JU1: one of {@link JURISDICTIONS}. */
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** JU1: accepts exactly the values in {@link JURISDICTIONS}; anything else fails to parse. */
export const jurisdictionSchema = z.enum(JURISDICTIONS);

/** JU1: narrows an unknown value (for example from a query string) to a {@link Jurisdiction}. */
export function isJurisdiction(value: unknown): value is Jurisdiction {
  return typeof value === 'string' && (JURISDICTIONS as readonly string[]).includes(value);
}

/** JU2: the name of a jurisdiction, as shown to families and professionals, in `locale`. */
export function jurisdictionLabel(jurisdiction: Jurisdiction, locale: Locale = 'en'): string {
  return translate(locale, msg(`jurisdiction.${jurisdiction}`));
}

/**
 * JU3 — The three bank-holiday divisions GOV.UK publishes (https://www.gov.uk/bank-holidays uses
 * these same ids). England and Wales share one list; Scotland and Northern Ireland have their
 * own (Banking and Financial Dealings Act 1971, Schedule 1).
 */
export const BANK_HOLIDAY_DIVISIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;

/** JU3: one of {@link BANK_HOLIDAY_DIVISIONS}. */
export type BankHolidayDivision = (typeof BANK_HOLIDAY_DIVISIONS)[number];

const DIVISION_OF: Readonly<Record<Jurisdiction, BankHolidayDivision>> = {
  england: 'england-and-wales',
  wales: 'england-and-wales',
  scotland: 'scotland',
  northern_ireland: 'northern-ireland',
};

/**
 * JU3: the bank-holiday division whose holidays are not working days in this jurisdiction.
 * Guarantees England and Wales map to the same division, so their deadlines always agree.
 */
export function bankHolidayDivision(jurisdiction: Jurisdiction): BankHolidayDivision {
  return DIVISION_OF[jurisdiction];
}

/** JU3: the name of a bank-holiday division, e.g. "England and Wales" / "Cymru a Lloegr". */
export function bankHolidayDivisionLabel(division: BankHolidayDivision, locale: Locale = 'en'): string {
  return translate(locale, msg(`jurisdiction.division.${division.replace(/-/g, '_') as 'england_and_wales' | 'scotland' | 'northern_ireland'}`));
}
