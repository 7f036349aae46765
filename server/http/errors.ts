import type { ZodError } from 'zod';

/** An error the client caused or may see: always answered as `{error: {code, message, fields?}}`. */
export class HttpError extends Error {
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

/** A 400 with a message by each field, GOV.UK style. */
export function invalid(error: ZodError): HttpError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??= issue.message;
  }
  const first = Object.values(fields)[0] ?? 'Check what you entered';
  return new HttpError(400, 'invalid', first, fields);
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
