import type { $ZodError } from 'zod/v4/core';
import { msg, type Msg } from '../../shared/i18n/messages.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { issueMsg } from '../../shared/i18n/zodErrors.ts';
import { malformedTextPath } from '../../shared/schema/unicode.ts';

/** One field's problem, by message id, for the client to show in its person's language. */
export interface FieldMessage extends Msg { path: string }

/** A field's problem by its path: `field('what', msg('errors.record.whatChanged'))`. */
export const field = (path: string, m: Msg): FieldMessage => ({ path, ...m });

/**
 * An error the client caused or may see, answered as `{error: {code, message, id, values?, fields?, fieldMessages?}}`.
 * It is made only from a catalogue message (`shown`), never from English: the client shows `shown` in its
 * person's language, and `message` (and `fields`) are its English wording, for API users and logs.
 */
export class HttpError extends Error {
  /** English, by field, from `fieldMessages`: what API users read. */
  readonly fields?: Record<string, string>;
  readonly fieldMessages?: readonly FieldMessage[];
  constructor(
    readonly status: number,
    readonly code: string,
    /** What the person is told, by catalogue id (always set: there is no English-only HttpError). */
    readonly shown: Msg,
    fieldMessages?: readonly FieldMessage[],
    /** Audited as a denied action (AU3). Every 403 is; a 404 that hides a conference the caller may not reach is too. */
    readonly denied: boolean = status === 403,
  ) {
    super(translate('en', shown));
    if (fieldMessages?.length) {
      this.fieldMessages = fieldMessages;
      const fields: Record<string, string> = {};
      for (const f of fieldMessages) fields[f.path] ??= translate('en', f);
      this.fields = fields;
    }
  }
}

/**
 * An error whose message is a shared rule's reasons (a Result's): the first is shown by id, all of
 * them in English for `message` (and for `path`'s field, when the reasons are about one field).
 */
export function refusal(status: number, code: string, reasons: readonly Msg[], path?: string): HttpError {
  const first = reasons[0] ?? msg('errors.generic');
  const e = new HttpError(status, code, first, path ? [field(path, first)] : undefined);
  const english = reasons.map((r) => translate('en', r)).join(' ');
  if (english) e.message = english;
  if (path && english && e.fields) e.fields[path] = english;
  return e;
}

/** A 400 with a message by each field, GOV.UK style (from a shared zod/mini schema's error or a server one's). */
export function invalid(error: $ZodError): HttpError {
  const fieldMessages: FieldMessage[] = [];
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    if (fieldMessages.some((f) => f.path === key)) continue;
    fieldMessages.push(field(key, issueMsg(issue)));
  }
  const first = fieldMessages[0];
  return new HttpError(400, 'invalid', first ? msg(first.id, first.values) : msg('errors.checkEntry'), fieldMessages);
}

/** A 400 whose problem is one field's: shown, and by that field. */
export const invalidField = (path: string, m: Msg): HttpError => new HttpError(400, 'invalid', m, [field(path, m)]);

export const notFound = () => new HttpError(404, 'not_found', msg('errors.notFound'));
/** A 404 for something that exists but is out of this caller's reach: it reveals nothing, and it is audited. */
export const notReachable = () => new HttpError(404, 'not_found', msg('errors.notFound'), undefined, true);
export const forbidden = (m: Msg = msg('errors.forbidden')) => new HttpError(403, 'forbidden', m);
export const conflict = (m: Msg) => new HttpError(409, 'conflict', m);
export const unauthenticated = () => new HttpError(401, 'no_session', msg('errors.noSession'));
/** Too many tries at a secret (a password, an invite or record link): wait this many seconds. */
export const tooManyAttempts = (waitSeconds: number) => new HttpError(429, 'too_many_attempts', msg('errors.tooManyAttempts', { minutes: Math.ceil(waitSeconds / 60) }));

/** The documented error body, for answers written outside a route (framework errors, the sync upgrade). */
export function errorBody(code: string, m: Msg): string {
  return JSON.stringify({ error: { code, message: translate('en', m), ...m } });
}

/** TX1 — Every text input of every body is valid Unicode: checked once for all routes (app.ts) and for intents over a socket. */
export function refuseMalformedText(body: unknown): void {
  const path = body === undefined ? null : malformedTextPath(body);
  if (path) throw new HttpError(400, 'invalid_text', msg('validation.malformedText'), [field(path, msg('validation.malformedText'))]);
}

/** A refusal's body in the documented error shape (docs/api.md), over HTTP or a socket alike. */
export function refusalBody(err: HttpError): string {
  return JSON.stringify({
    error: {
      code: err.code, message: err.message, ...err.shown,
      ...(err.fields ? { fields: err.fields } : {}), ...(err.fieldMessages ? { fieldMessages: err.fieldMessages } : {}),
    },
  });
}
