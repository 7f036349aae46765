import { ENGLISH, msg, usesMessages, type MessageId, type Msg } from '../shared/i18n/messages.ts';
import { reportMissingMessage } from '../shared/i18n/translate.ts';

// The server words its own errors (errors.*) and its validation of a request's body (validation.*, zod
// through shared/i18n/zodErrors.ts) by id. They come in this chunk, which client/api.ts fetches with the
// first error the server sends, so no screen carries them all from the start. The reasons of a shared
// command the server refuses with are declared where that request is made (e.g. 'commands.intake.').
usesMessages('errors.', 'validation.');

/** A message the server sent by id, as one to show; none (said loudly) when this page lacks it. */
export function serverMsg(id: unknown, values: unknown): Msg | undefined {
  if (typeof id !== 'string') return undefined;
  if (!(id in ENGLISH)) {
    reportMissingMessage(id);
    return undefined;
  }
  return msg(id as MessageId, typeof values === 'object' && values !== null ? (values as Msg['values']) : undefined);
}
