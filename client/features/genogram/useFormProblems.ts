import { useState } from 'react';
import type { Msg } from '../../../shared/i18n/messages.ts';
import type { Reason } from '../../../shared/result.ts';
import { errorFor, type FieldError } from '../../components/govuk/ErrorSummary.tsx';
import { useT } from '../../i18n/useT.tsx';

/** One problem with a form: the field's id (the summary links to it) and the message by id. */
export interface Problem {
  field: string;
  msg: Msg;
}

/**
 * A genogram form's problems, kept as message ids and worded when shown (so they follow a change of
 * language). A command's reasons go by the field their path names (`fields`: path → field id), or by
 * `fallback` when they are about the whole entry (a rule such as "two birth parents already").
 */
export function useFormProblems(fields: Readonly<Record<string, string>>, fallback: string) {
  const t = useT();
  const [problems, setProblems] = useState<Problem[]>([]);
  const errors: FieldError[] = problems.map((p) => ({ field: p.field, message: t(p.msg) }));
  return {
    errors,
    errorFor: (field: string) => errorFor(errors, field),
    set: setProblems,
    clear: () => setProblems([]),
    fromReasons: (reasons: readonly Reason[]) =>
      setProblems(reasons.map(({ path, ...m }) => ({ field: (path && (fields[path] ?? fields[path.split('.')[0]!])) || fallback, msg: m }))),
  };
}
