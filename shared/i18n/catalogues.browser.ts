import type { Locale } from './locale.ts';

/**
 * `#i18n/catalogues` in the browser build (package.json "imports", condition "browser"). English travels
 * with the code: the build gives every module that names a message an import that adds it here
 * (build/moduleMessages.ts), so this holds the messages of the chunks loaded so far and grows as more
 * load. A leaf module: everything may register here without an import cycle. Welsh is one chunk of its
 * own, fetched whole when this device first needs it. See messages.ts.
 */
export const english: Record<string, unknown> = {};

/**
 * A message, parsed by the build to FormatJS's syntax tree; plain text comes as the string and becomes
 * its one literal node here (FormatJS would parse a string, and the app has no parser).
 */
export function addEnglish(id: string, message: string | object): void {
  english[id] = typeof message === 'string' ? [{ type: 0, value: message }] : message;
}

export const preloadedCatalogues: Partial<Record<Locale, Record<string, string>>> = {};

export async function importCatalogue(locale: Locale): Promise<Record<string, string>> {
  if (locale === 'cy') return (await import('./cy.json')).default;
  throw new Error(`no catalogue for ${locale}`);
}
