import type { FieldError } from '../../components/ErrorSummary.tsx';

/** Field ids are the zod path joined with dashes: ['children', 0, 'name'] → "children-0-name". */
export function fieldId(path: readonly PropertyKey[]): string {
  return path.map(String).join('-');
}

/** Turn zod issues into GOV.UK field errors, first message per field, in form order. */
export function issuesToErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[], rename: Record<string, string> = {}): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const i of issues) {
    const raw = fieldId(i.path);
    const field = rename[raw] ?? raw;
    if (seen.has(field)) continue;
    seen.add(field);
    out.push({ field, message: i.message });
  }
  return out;
}

/** The server's `fields` use dots or brackets; map them onto the same ids. */
export function serverFieldsToErrors(fields: Readonly<Record<string, string>>, rename: Record<string, string> = {}): FieldError[] {
  return Object.entries(fields).map(([k, message]) => {
    const raw = k.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean).join('-');
    return { field: rename[raw] ?? raw, message };
  });
}
