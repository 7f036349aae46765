// eslint-disable-next-line no-restricted-imports -- never in the browser: package.json "imports" gives it holidayLibrary.browser.ts
import { createRequire } from 'node:module';
import type Holidays from 'date-holidays';

let library: typeof Holidays | undefined;

/**
 * `#holidays` outside the browser: date-holidays (every country's rules, ~20 MB of a server's
 * resident memory once parsed) is required the first time a deadline is worked out, not at start.
 * Synchronous, so the working-day rules stay synchronous in shared/. See workingDays.ts.
 */
export function holidayLibrary(): typeof Holidays {
  return (library ??= createRequire(import.meta.url)('date-holidays') as typeof Holidays);
}
