/** What commands and rules return instead of throwing: the reasons are plain English for the user. */
export type Result<T = void> = { ok: true; value: T } | { ok: false; reasons: string[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (...reasons: string[]): { ok: false; reasons: string[] } => ({ ok: false, reasons });

/** Turn a zod error into plain reasons (the first message of each field). */
export function zodReasons(error: { issues: readonly { message: string }[] }): string[] {
  return [...new Set(error.issues.map((i) => i.message))];
}
