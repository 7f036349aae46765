import { useState, type FormEvent } from 'react';
import type { Deadline } from '../../../shared/rules/deadlines.ts';
import { TextArea, TextInput } from '../../components/fields.tsx';
import { useFormat, useT } from '../../i18n/useT.tsx';
import { useCommand } from '../../model/hooks.ts';
import { overrideDeadlineIn } from './commands.ts';
import type { Msg } from '../../../shared/i18n/messages.ts';

/** OV1: move one date, with a reason that is kept; or go back to the rule's date. `deadline` is the rule's own. */
export function ChangeDateForm({ deadline, current, onDone }: { deadline: Deadline; current: Deadline; onDone: () => void }) {
  const t = useT();
  const f = useFormat();
  const run = useCommand(overrideDeadlineIn);
  const [date, setDate] = useState(current.due);
  const [reason, setReason] = useState(current.override?.reason ?? '');
  const [errors, setErrors] = useState<Msg[]>([]);
  const id = `change-${deadline.ruleId}`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // OV1 checks the date and the reason; its reasons are shown by the fields they are about.
    const r = run(deadline, { date, reason });
    if (!r.ok) return setErrors(r.reasons);
    onDone();
  };
  // The override rule's messages about the reason are the rules.deadlines.reason* ones; the rest are about the date.
  const aboutReason = (m: Msg) => m.id.startsWith('rules.deadlines.reason');
  const dateError = errors.filter((m) => !aboutReason(m)).map((m) => t(m)).join(' ');
  const reasonError = errors.filter(aboutReason).map((m) => t(m)).join(' ');

  return (
    <form className="govuk-inset-text cr-change-date" onSubmit={submit} noValidate aria-label={t('decision.dates.changeFormLabel', { deadline: t(deadline.label) })}>
      <p className="govuk-body">{t('decision.dates.ruleGives', { date: f.dayDate(deadline.due) })}</p>
      <TextInput id={`${id}-date`} type="date" label={t('decision.dates.newDate')} className="govuk-input--width-10" value={date} onChange={(e) => setDate(e.target.value)} error={dateError || undefined} />
      <TextArea id={`${id}-reason`} label={t('decision.dates.why')} hint={t('decision.dates.whyHint')} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} error={reasonError || undefined} />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button cr-button--small">
          {t('decision.dates.save')}
        </button>
        {current.override ? (
          <button type="button" className="govuk-button govuk-button--secondary cr-button--small" onClick={() => run(deadline, null).ok && onDone()}>
            {t('decision.dates.useRule')}
          </button>
        ) : null}
        <button type="button" className="govuk-button govuk-button--secondary cr-button--small" onClick={onDone}>
          {t('decision.cancel')}
        </button>
      </div>
    </form>
  );
}
