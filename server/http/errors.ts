import type { ZodError } from 'zod';
import type { Msg } from '../../shared/i18n/messages.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { issueMsg } from '../../shared/i18n/zodErrors.ts';

/** One field's problem, by message id, for the client to show in its person's language. */
export interface FieldMessage extends Msg { path: string }

/**
 * An error the client caused or may see: always answered as `{error: {code, message, fields?}}`,
 * plus, when the server knows it as a catalogue message, `id` and `values` (and `fieldMessages`)
 * so the client can show it in Welsh or English. `message` and `fields` stay English for API users.
 */
export class HttpError extends Error {
  /** The message as a catalogue id, when there is one. */
  shown?: Msg;
  fieldMessages?: FieldMessage[];
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    /** Audited as a denied action (AU3). Every 403 is; a 404 that hides a conference the caller may not reach is too. */
    readonly denied: boolean = status === 403,
  ) {
    super(message);
  }
}

/** An error whose message is a shared rule's reasons (a Result's), in English for `message` and by id for the client. */
export function refusal(status: number, code: string, reasons: readonly Msg[], fields?: Record<string, string>): HttpError {
  const e = new HttpError(status, code, reasons.map((r) => translate('en', r)).join(' '), fields);
  if (reasons[0]) e.shown = reasons[0];
  return e;
}

/** A 400 with a message by each field, GOV.UK style. */
export function invalid(error: ZodError): HttpError {
  const fields: Record<string, string> = {};
  const fieldMessages: FieldMessage[] = [];
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    if (key in fields) continue;
    const m = issueMsg(issue);
    fields[key] = translate('en', m);
    fieldMessages.push({ path: key, ...m });
  }
  const first = Object.values(fields)[0] ?? 'Check what you entered';
  const e = new HttpError(400, 'invalid', first, fields);
  e.fieldMessages = fieldMessages;
  if (fieldMessages[0]) e.shown = { id: fieldMessages[0].id, ...(fieldMessages[0].values ? { values: fieldMessages[0].values } : {}) };
  return e;
}

export const notFound = () => new HttpError(404, 'not_found', 'We could not find that. It may have been removed.');
/** A 404 for something that exists but is out of this caller's reach: it reveals nothing, and it is audited. */
export const notReachable = () => new HttpError(404, 'not_found', 'We could not find that. It may have been removed.', undefined, true);
export const forbidden = (message = 'You do not have permission to do that.') => new HttpError(403, 'forbidden', message);
export const unauthenticated = () => new HttpError(401, 'no_session', 'Sign in, or open your invite link again.');

/** The documented error body, for answers written outside a route (framework errors, the sync upgrade). */
export function errorBody(code: string, message: string): string {
  return JSON.stringify({ error: { code, message } });
}
