import type { Msg } from './i18n/messages.ts';
import { issueMsg } from './i18n/zodErrors.ts';

/** A reason by message id; `path` names the input field it is about ("name", "toChildren.c1"), when it is about one. */
export interface Reason extends Msg {
  path?: string;
}

/** What commands and rules return instead of throwing: the reasons are messages by id, translated where they are shown. */
export type Result<T = void> = { ok: true; value: T } | { ok: false; reasons: Reason[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (...reasons: Reason[]): { ok: false; reasons: Reason[] } => ({ ok: false, reasons });

/**
 * Turn a zod error into reasons: the first message of each field, by id (see `i18n/zodErrors.ts`),
 * with the field's path so a form can put it by that field.
 */
export function zodReasons(error: { issues: readonly { message: string; path: readonly PropertyKey[] }[] }): Reason[] {
  const seen = new Set<string>();
  const out: Reason[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (seen.has(path)) continue;
    seen.add(path);
    out.push(path ? { ...issueMsg(issue), path } : issueMsg(issue));
  }
  return out;
}
