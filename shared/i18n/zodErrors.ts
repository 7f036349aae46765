import { z } from 'zod/mini';
import { ENGLISH, msg, type MessageId, type Msg } from './messages.ts';

/**
 * Validation messages by id, in both languages: every zod issue becomes a {@link Msg} the client
 * translates (the server sends it by each field as `fieldMessages`), the same way on both sides.
 *
 * - A schema names its own message by id: `z.string().check(z.maxLength(80, v('validation.name.tooLong')))`.
 * - Any check without one gets a general message by the issue's kind (this module sets zod's
 *   error map for the whole program): `validation.required`, `validation.tooLong` {maximum}, …
 * - The issue's limits (`minimum`, `maximum`) are the message's values, so a message says the
 *   number the schema checks without repeating it.
 */

/** A message id for a schema's own message; checked against the catalogue by TypeScript. */
export const v = (id: MessageId): string => id;

interface IssueLike {
  code?: string;
  message: string;
  origin?: string;
  expected?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  keys?: readonly string[];
  input?: unknown;
}

/** The general message for an issue the schema gave no message of its own. */
export function defaultIssueId(issue: IssueLike): MessageId {
  const size = issue.origin === 'array' || issue.origin === 'set' || issue.origin === 'map' ? 'items' : issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint' || issue.origin === 'date' ? 'number' : 'text';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'validation.required';
      if (issue.expected === 'int') return 'validation.wholeNumber';
      if (issue.expected === 'number') return 'validation.number';
      return 'validation.invalid';
    case 'too_big':
      return size === 'items' ? 'validation.tooMany' : size === 'number' ? 'validation.tooBig' : 'validation.tooLong';
    case 'too_small':
      if (size === 'items') return 'validation.tooFew';
      if (size === 'number') return 'validation.tooSmall';
      return Number(issue.minimum) <= 1 ? 'validation.required' : 'validation.tooShort';
    case 'invalid_value':
      return 'validation.choose';
    case 'invalid_format':
      return issue.format === 'email' ? 'validation.email' : 'validation.format';
    case 'not_multiple_of':
      return 'validation.wholeNumber';
    case 'unrecognized_keys':
      return 'validation.unrecognized';
    default:
      return 'validation.invalid';
  }
}

/** The values an issue's message may use: its limits, and the fields it did not expect. */
function issueValues(issue: IssueLike): Record<string, string | number> | undefined {
  const values: Record<string, string | number> = {};
  if (issue.minimum !== undefined) values.minimum = Number(issue.minimum);
  if (issue.maximum !== undefined) values.maximum = Number(issue.maximum);
  if (issue.keys?.length) values.keys = issue.keys.join(', ');
  return Object.keys(values).length ? values : undefined;
}

/**
 * One zod issue as a message by id. A message that is not an id (English from code not moved to the
 * catalogue yet) is passed through as it is (`errors.untranslated`).
 */
export function issueMsg(issue: IssueLike): Msg {
  const id = issue.message in ENGLISH ? (issue.message as MessageId) : null;
  if (id) return msg(id, issueValues(issue));
  // A message zod wrote itself (the error map below not installed, or a program with its own): by kind.
  if (issue.code && issue.code !== 'custom' && /^(Invalid|Too |Unrecognized)/.test(issue.message)) return msg(defaultIssueId(issue), issueValues(issue));
  return msg('errors.untranslated', { text: issue.message });
}

z.config({ customError: (issue) => defaultIssueId(issue as unknown as IssueLike) });
