import Holidays from 'date-holidays';

/**
 * `#holidays` in the browser build: imported as usual; the screens that need deadlines (the decision
 * step, the record, deadlines) are chunks of their own, so it loads with them. See workingDays.ts.
 */
export function holidayLibrary(): typeof Holidays {
  return Holidays;
}
