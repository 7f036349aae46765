import { useEffect, useRef, useState, type FormEvent } from 'react';
import { viewFieldsSchema } from '../../../shared/intents/index.ts';
import type { ViewEntry } from '../../../shared/schema/project.ts';
import { ErrorSummary, errorFor, type FieldError } from '../../components/ErrorSummary.tsx';
import { Radios, Select, TextArea } from '../../components/fields.tsx';
import { useIntentStatus, useIntents } from '../../model/intents.tsx';
import { useRoom } from '../../model/RoomContext.tsx';
import { firstName, useViewWords } from './viewText.ts';
import { NOT_SENT_YET_TEXT } from '../../../shared/schema/syncStatus.ts';

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
    if (status.state === 'refused') setErrors([{ field: `${idPrefix}-reason`, message: status.message }]);
    else onSent?.();
  }, [status, sentId, idPrefix, onSent]);

  const they = forPerson ? `${forPerson.name} thinks` : 'you think';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: FieldError[] = conference.children
      .filter((c) => !choice[c.id])
      .map((c) => ({ field: `${idPrefix}-${c.id}`, message: `Choose what ${they} should happen for ${firstName(c.name)}` }));
    const perChild = conference.children.filter((c) => choice[c.id]).map((c) => ({
      childId: c.id,
      view: choice[c.id],
      category: choice[c.id] === 'cp_plan' && category[c.id] ? category[c.id] : null,
    }));
    const body = { perChild, reason: reason.trim() };
    const parsed = viewFieldsSchema.safeParse(body);
    if (!parsed.success && found.length === 0) found.push({ field: `${idPrefix}-reason`, message: parsed.error.issues[0]?.message ?? 'Check what you wrote' });
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
            legend={`What ${forPerson ? `does ${forPerson.name} think` : 'do you think'} should happen for ${firstName(c.name)}?`}
            options={words.views.map((v) => ({ value: v.value, label: v.label }))}
            value={choice[c.id] ?? ''}
            onChange={(v) => setChoice((prev) => ({ ...prev, [c.id]: v }))}
            error={errorFor(errors, `${idPrefix}-${c.id}`)}
          />
          {choice[c.id] === 'cp_plan' ? (
            <Select id={`${idPrefix}-${c.id}-category`} label={`What kind of harm is ${firstName(c.name)}’s plan about? (optional)`} value={category[c.id] ?? ''} onChange={(e) => setCategory((prev) => ({ ...prev, [c.id]: e.target.value }))}>
              <option value="">Not sure</option>
              {words.categories.map((k) => (
                <option key={k.value} value={k.value}>
                  {k.label}
                </option>
              ))}
            </Select>
          ) : null}
        </div>
      ))}
      <TextArea id={`${idPrefix}-reason`} label="Why?" rows={4} value={reason} onChange={(e) => setReason(e.target.value)} error={errorFor(errors, `${idPrefix}-reason`)} />
      <button type="submit" className="cr-button">
        {submitLabel}
      </button>
      <p className="cr-body cr-view-form__status" role="status">
        {status.state === 'waiting' ? (status.retrying ? NOT_SENT_YET_TEXT : 'Sending…') : ''}
        {status.state === 'sent' ? (forPerson ? `View recorded for ${forPerson.name} (recorded by the chair).` : 'Your view has been sent and recorded.') : ''}
      </p>
    </form>
  );
}
