import en from './en.json';
import cy from './cy.json';
import type { Locale } from './locale.ts';

/** Every message's id: the keys of the English catalogue (the catalogue test keeps Welsh in step). */
export type MessageId = keyof typeof en;

/** A message to show, by id with its values: what shared rules, commands and server errors return instead of English. */
export interface Msg {
  id: MessageId;
  values?: Record<string, string | number>;
}

export const msg = (id: MessageId, values?: Record<string, string | number>): Msg => (values ? { id, values } : { id });

export const CATALOGUES: Record<Locale, Record<MessageId, string>> = { en, cy };
