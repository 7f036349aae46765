import type { Locale } from './locale.ts';

/**
 * `#i18n/catalogues` in the browser build (package.json "imports", condition "browser"): only English
 * ships with the app; Welsh is its own chunk, fetched when this device first needs it. See messages.ts.
 */
export const preloadedCatalogues: Partial<Record<Locale, Record<string, string>>> = {};

export async function importCatalogue(locale: Locale): Promise<Record<string, string>> {
  if (locale === 'cy') return (await import('./cy.json')).default;
  throw new Error(`no catalogue for ${locale}`);
}
