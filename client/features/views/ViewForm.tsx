import { useEffect, useRef, useState, type FormEvent } from 'react';
import { viewFieldsSchema } from '../../../shared/intents/index.ts';
import type { ViewEntry } from '../../../shared/schema/project.ts';
import { ErrorSummary, errorFor, type FieldError } from '../../components/ErrorSummary.tsx';
import { Radios, Select, TextArea } from '../../components/fields.tsx';
import { useIntentStatus, useIntents } from '../../model/intents.tsx';
import { useRoom } from '../../model/RoomContext.tsx';
import { firstName, useViewWords } from './viewText.ts';
import { useT } from '../../i18n/useT.tsx';

type Choice = Record<string, string>;

const categoriesOf = (existing: ViewEntry | undefined): Choice => Object.fromEntries((existing?.perChild ?? []).map((p) => [p.childId, p.category ?? '']));

/**
 * One person's view on the plan: for each child, what should happen and, when they think that
 * child needs a plan, the category of harm for that child (DV5); and why. Sent to the server as the person's own view, or by the
 * chair on someone's behalf (`forPerson`), which the record marks.
 */
export function ViewForm({ idPrefix, existing, forPerson, submitLabel, onSent }: {
  idPrefix: string;
  existing: ViewEntry | undefined;
  forPerson?: { id: string; name: string } | undefined;
  submitLabel: string;
  onSent?: (() => void) | undefined;
}) {
  const t = useT();
  const { conference } = useRoom();
  const words = useViewWords();
  const queue = useIntents();
  const [choice, setChoice] = useState<Choice>(() => Object.fromEntries((existing?.perChild ?? []).map((p) => [p.childId, p.view])));
  const [category, setCategory] = useState<Choice>(() => categoriesOf(existing));
  const [reason, setReason] = useState(existing?.reason ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [sentId, setSentId] = useState<string | null>(null);
  const status = useIntentStatus(sentId);
  const answered = useRef<string | null>(null);
  useEffect(() => {
    if (!sentId || answered.current === sentId || (status.state !== 'refused' && status.state !== 'sent')) return;
    answered.current = sentId;
    if (status.state === 'refused') setErrors([{ field: `${idPrefix}-reason`, message: t(status.message) }]);
    else onSent?.();
  }, [status, sentId, idPrefix, onSent, t]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: FieldError[] = conference.children
      .filter((c) => !choice[c.id])
      .map((c) => ({ field: `${idPrefix}-${c.id}`, message: forPerson ? t('views.form.error.chooseFor', { person: forPerson.name, child: firstName(c.name) }) : t('views.form.error.choose', { child: firstName(c.name) }) }));
    const perChild = conference.children.filter((c) => choice[c.id]).map((c) => ({
      childId: c.id,
      view: choice[c.id],
      category: choice[c.id] === 'cp_plan' && category[c.id] ? category[c.id] : null,
    }));
    const body = { perChild, reason: reason.trim() };
    const parsed = viewFieldsSchema.safeParse(body);
    if (!parsed.success && found.length === 0) found.push({ field: `${idPrefix}-reason`, message: t('views.form.error.reason') });
    setErrors(found);
    if (found.length || !parsed.success) return;
    setSentId(queue.send(forPerson ? 'record_view' : 'submit_view', forPerson ? { ...parsed.data, attendeeId: forPerson.id } : parsed.data));
  };

  return (
    <form className="cr-view-form" onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} />
      {conference.children.map((c) => (
        <div key={c.id} className="cr-view-form__child">
          <Radios
            id={`${idPrefix}-${c.id}`}
            legend={forPerson ? t('views.form.questionFor', { person: forPerson.name, child: firstName(c.name) }) : t('views.form.question', { child: firstName(c.name) })}
            options={words.views.map((v) => ({ value: v.value, label: v.label }))}
            value={choice[c.id] ?? ''}
            onChange={(v) => setChoice((prev) => ({ ...prev, [c.id]: v }))}
            error={errorFor(errors, `${idPrefix}-${c.id}`)}
          />
          {choice[c.id] === 'cp_plan' ? (
            <Select id={`${idPrefix}-${c.id}-category`} label={t('views.form.category', { child: firstName(c.name) })} value={category[c.id] ?? ''} onChange={(e) => setCategory((prev) => ({ ...prev, [c.id]: e.target.value }))}>
              <option value="">{t('views.form.notSure')}</option>
              {words.categories.map((k) => (
                <option key={k.value} value={k.value}>
                  {k.label}
                </option>
              ))}
            </Select>
          ) : null}
        </div>
      ))}
      <TextArea id={`${idPrefix}-reason`} label={t('views.form.why')} rows={4} value={reason} onChange={(e) => setReason(e.target.value)} error={errorFor(errors, `${idPrefix}-reason`)} />
      <button type="submit" className="govuk-button">
        {submitLabel}
      </button>
      <p className="govuk-body cr-view-form__status" role="status">
        {status.state === 'waiting' ? (status.retrying ? t('sync.notSentYet') : t('views.form.sending')) : ''}
        {status.state === 'sent' ? (forPerson ? t('views.recordedFor', { name: forPerson.name }) : t('views.form.sent')) : ''}
      </p>
    </form>
  );
}
