import { ApiError } from '../../api.ts';
import type { FieldError } from '../../components/govuk/ErrorSummary.tsx';
import type { Translate } from '../../i18n/useT.tsx';
import { msg, type Msg } from '../../../shared/i18n/messages.ts';

/** A problem with what was entered, by field id, as a message id: translated when shown, so it follows a change of language. */
export interface Problem {
  /** The field's id (the error summary links to it); empty for a problem with no field. */
  field: string;
  msg: Msg;
}

/** A zod issue as the forms read it. */
export interface Issue {
  path: readonly PropertyKey[];
  code: string;
}

/** Field ids are the zod path joined with dashes: ['children', 0, 'name'] → "children-0-name". */
export function fieldId(path: readonly PropertyKey[]): string {
  return path.map(String).join('-');
}

/**
 * Turn zod issues into problems, first per field, in the order zod found them. `say` gives the
 * form's own words for a field's issue (the schemas' messages are English, for API users).
 */
export function issuesToProblems(issues: readonly Issue[], say: (field: string, issue: Issue) => Msg, rename: Record<string, string> = {}): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const i of issues) {
    const raw = fieldId(i.path);
    const field = rename[raw] ?? raw;
    if (seen.has(field)) continue;
    seen.add(field);
    out.push({ field, msg: say(field, i) });
  }
  return out;
}

/**
 * The server's refusal as problems: each field's message by id when it gave them (paths use dots
 * or brackets; they map onto the same ids), or its one message.
 */
export function serverProblems(err: unknown, rename: Record<string, string> = {}): Problem[] {
  if (!(err instanceof ApiError)) return [{ field: '', msg: msg('errors.generic') }];
  const fields = Object.entries(err.fieldMsgs).map(([k, m]) => {
    const raw = k.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean).join('-');
    return { field: rename[raw] ?? raw, msg: m };
  });
  return fields.length ? fields : [{ field: '', msg: err.msg }];
}

/** Problems in the reader's language, for the error summary and the fields. */
export function shown(problems: readonly Problem[], t: Translate): FieldError[] {
  return problems.map((p) => ({ field: p.field, message: t(p.msg) }));
}
