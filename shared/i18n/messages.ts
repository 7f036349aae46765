import type en from './en.json';
import { english, preloadedCatalogues, importCatalogue } from '#i18n/catalogues';
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

/**
 * The English messages: in Node the whole catalogue, the list of every id; in the browser those the
 * code loaded so far names (each module brings its own, see catalogues.browser.ts).
 */
export const ENGLISH = english as Catalogue;

/**
 * Messages a module shows by an id that comes from outside its code (a server error, a Msg stored in the
 * document), declared by the start of their ids or whole: `usesMessages('errors.', 'validation.')`. In the
 * browser the build brings those messages with the module (build/moduleMessages.ts); the call does nothing.
 */
export function usesMessages(..._ids: (MessagePrefix | MessageId)[]): void {}

/** The start of some ids, up to a dot: 'errors.', 'errors.record.'. */
type Prefixes<S extends string> = S extends `${infer Head}.${infer Rest}` ? `${Head}.` | `${Head}.${Prefixes<Rest>}` : never;
type MessagePrefix = Prefixes<MessageId>;

/**
 * The catalogues this process has. In Node (server, tests, scripts) every language is here from the
 * start (`#i18n/catalogues` resolves to catalogues.node.ts). In the browser English grows with the
 * code, and Welsh is a chunk of its own, fetched whole by `loadCatalogue` when this device needs it
 * (catalogues.browser.ts), so a phone reading English never downloads it.
 */
// Same ids as English: catalogue.test.ts checks every catalogue has exactly English's keys.
const loaded = { en: ENGLISH, ...preloadedCatalogues } as Partial<Record<Locale, Catalogue>>;
const loading = new Map<Locale, Promise<void>>();

export const hasCatalogue = (locale: Locale): boolean => loaded[locale] !== undefined;

/** A language's catalogue; English when this one is not loaded yet (the browser loads before it shows a language). */
export function catalogue(locale: Locale): Catalogue {
  return loaded[locale] ?? ENGLISH;
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
