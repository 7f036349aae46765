import en from './en.json';
import cy from './cy.json';
import type { Locale } from './locale.ts';

/**
 * `#i18n/catalogues` outside the browser (server, tests, scripts): every catalogue is loaded whole with
 * the module, so `translate` works in any language from the start. See messages.ts.
 */
export const english: Record<string, string> = en;

export const preloadedCatalogues: Partial<Record<Locale, Record<string, string>>> = { cy };

export async function importCatalogue(locale: Locale): Promise<Record<string, string>> {
  const c = preloadedCatalogues[locale];
  if (!c) throw new Error(`no catalogue for ${locale}`);
  return c;
}
