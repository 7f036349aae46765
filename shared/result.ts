import { CATALOGUES, msg, type MessageId, type Msg } from './i18n/messages.ts';

/** What commands and rules return instead of throwing: the reasons are messages by id, translated where they are shown. */
export type Result<T = void> = { ok: true; value: T } | { ok: false; reasons: Msg[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (...reasons: Msg[]): { ok: false; reasons: Msg[] } => ({ ok: false, reasons });

/**
 * Turn a zod error into reasons (the first message of each field). A schema's message is a
 * catalogue id; a schema not converted yet still says English, which is passed through as it is
 * (`errors.untranslated`) until its area moves its messages to the catalogue.
 */
export function zodReasons(error: { issues: readonly { message: string }[] }): Msg[] {
  return [...new Set(error.issues.map((i) => i.message))].map(zodMessage);
}

/** One zod issue's message as a Msg. */
export function zodMessage(message: string): Msg {
  return message in CATALOGUES.en ? msg(message as MessageId) : msg('errors.untranslated', { text: message });
}
