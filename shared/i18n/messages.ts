import en from './en.json';
import { preloadedCatalogues, importCatalogue } from '#i18n/catalogues';
import type { Locale } from './locale.ts';

/** Every message's id: the keys of the English catalogue (the catalogue test keeps Welsh in step). */
export type MessageId = keyof typeof en;

/** One language's messages, by id. */
export type Catalogue = Record<MessageId, string>;

/** A message to show, by id with its values: what shared rules, commands and server errors return instead of English. */
export interface Msg {
  id: MessageId;
  values?: Record<string, string | number>;
}

export const msg = (id: MessageId, values?: Record<string, string | number>): Msg => (values ? { id, values } : { id });

/** The English catalogue: always present, and the list of every id. */
export const ENGLISH: Catalogue = en;

/**
 * The catalogues this process has. In Node (server, tests, scripts) every language is here from the
 * start (`#i18n/catalogues` resolves to catalogues.node.ts). In the browser only English is: Welsh is
 * a chunk of its own, fetched by `loadCatalogue` when this device needs it (catalogues.browser.ts),
 * so a phone reading English never downloads it.
 */
// Same ids as English: catalogue.test.ts checks every catalogue has exactly English's keys.
const loaded = { en, ...preloadedCatalogues } as Partial<Record<Locale, Catalogue>>;
const loading = new Map<Locale, Promise<void>>();

export const hasCatalogue = (locale: Locale): boolean => loaded[locale] !== undefined;

/** A language's catalogue; English when this one is not loaded yet (the browser loads before it shows a language). */
export function catalogue(locale: Locale): Catalogue {
  return loaded[locale] ?? en;
}

/** Make a language's catalogue present (at once in Node; in the browser, its chunk is fetched once). */
export function loadCatalogue(locale: Locale): Promise<void> {
  if (hasCatalogue(locale)) return Promise.resolve();
  let p = loading.get(locale);
  if (!p) {
    p = importCatalogue(locale).then(
      (c) => {
        loaded[locale] = c as Catalogue;
      },
      (err: unknown) => {
        loading.delete(locale); // a failed fetch (offline) may be tried again later
        throw err;
      },
    );
    loading.set(locale, p);
  }
  return p;
}
