import { useState, type FormEvent } from 'react';
import { ApiError, api } from '../../api.ts';
import { ErrorSummary, errorFor, type FieldError } from '../../components/ErrorSummary.tsx';
import { Radios } from '../../components/fields.tsx';
import { Page } from '../../components/Page.tsx';
import { navigate, paths } from '../../router.ts';
import { CONFERENCE_TYPES, CONFERENCE_TYPE_LABELS, conferenceInputSchema, type ConferenceType } from '../../../shared/schema/conference.ts';
import { JURISDICTIONS, jurisdictionLabel, type Jurisdiction } from '../../../shared/rules/jurisdiction.ts';
import { ChildRows, emptyChild, type ChildDraft } from './ChildRows.tsx';
import { issuesToErrors, serverFieldsToErrors } from './formErrors.ts';
import { SCHEDULE_FIELD_ORDER, ScheduleFields, scheduleInput, type ScheduleDraft } from './ScheduleFields.tsx';

/** Field ids where the form splits one value in two (date and time) or a message needs a kinder word. */
const RENAME: Record<string, string> = { startsAt: 'startsAt-date' };
/** Errors are listed in the order the fields appear. */
const FIELD_ORDER = ['type', 'jurisdiction', ...SCHEDULE_FIELD_ORDER, 'children'];
function rank(field: string): number {
  const child = /^children-(\d+)-(\w+)$/.exec(field);
  if (child) return 100 + Number(child[1]) * 10 + ['name', 'dateOfBirth', 'gender'].indexOf(child[2] ?? '');
  const i = FIELD_ORDER.indexOf(field);
  return i === -1 ? 1000 : i;
}
function friendly(field: string, message: string): string {
  const child = /^children-(\d+)-(\w+)$/.exec(field);
  if (child?.[2] === 'name') return message.startsWith('Enter') ? `Enter the full name of child ${Number(child[1]) + 1}` : message;
  if (child?.[2] === 'gender') return `Choose the gender of child ${Number(child[1]) + 1}, or Not known`;
  if (child?.[2] === 'dateOfBirth') return `Enter the date of birth of child ${Number(child[1]) + 1}, or leave it blank`;
  return FRIENDLY[field] ?? message;
}
const FRIENDLY: Record<string, string> = {
  type: 'Choose the type of conference',
  jurisdiction: 'Choose which country’s guidance applies',
};

export function CreateConference() {
  const [type, setType] = useState<ConferenceType | ''>('');
  const [jurisdiction, setJurisdiction] = useState<Jurisdiction | ''>('');
  const [schedule, setSchedule] = useState<ScheduleDraft>({ date: '', time: '10:00', duration: 120, venue: '', online: false, reference: '' });
  const [children, setChildren] = useState<ChildDraft[]>(() => [emptyChild()]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const pre: FieldError[] = [];
    if (!schedule.date) pre.push({ field: 'startsAt-date', message: 'Enter the date of the conference' });
    if (!schedule.time) pre.push({ field: 'startsAt-time', message: 'Enter the time the conference starts' });
    const input = {
      type,
      jurisdiction,
      ...scheduleInput(schedule),
      children: children.map((c) => ({ name: c.name.trim(), dateOfBirth: c.dateOfBirth || null, gender: c.gender })),
    };
    const parsed = conferenceInputSchema.safeParse(input);
    const found = parsed.success
      ? pre
      : [
          ...pre,
          ...issuesToErrors(parsed.error.issues, RENAME)
            .filter((x) => !pre.some((p) => p.field === x.field))
            .map((x) => ({ ...x, message: friendly(x.field, x.message) })),
        ].sort((a, b) => rank(a.field) - rank(b.field));
    setErrors(found);
    if (found.length || !parsed.success) return;
    setBusy(true);
    try {
      const { conference } = await api.createConference(parsed.data);
      navigate(paths.setup(conference.id));
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fields).length) setErrors(serverFieldsToErrors(err.fields, RENAME));
      else setErrors([{ field: '', message: err instanceof ApiError ? err.message : 'Something went wrong. Try again.' }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title="Create a conference" back={{ href: paths.conferences(), label: 'Back to my conferences' }}>
      <div className="cr-grid-row">
        <div className="cr-column-two-thirds">
          <ErrorSummary errors={errors} />
          <h1 className="cr-heading-l">Create a conference</h1>
          <form onSubmit={(e) => void submit(e)} noValidate>
            <Radios
              id="type"
              legend="Type of conference"
              options={CONFERENCE_TYPES.map((t) => ({ value: t, label: CONFERENCE_TYPE_LABELS[t] }))}
              value={type}
              onChange={setType}
              error={errorFor(errors, 'type')}
            />
            <Radios
              id="jurisdiction"
              legend="Which country’s guidance applies"
              hint="This sets the working days and deadlines."
              options={JURISDICTIONS.map((j) => ({ value: j, label: jurisdictionLabel(j) }))}
              value={jurisdiction}
              onChange={setJurisdiction}
              error={errorFor(errors, 'jurisdiction')}
              inline
            />
            <ScheduleFields draft={schedule} onChange={setSchedule} errors={errors} />
            <ChildRows rows={children} onChange={setChildren} errors={errors} />
            <button type="submit" className="cr-button" disabled={busy}>
              Create conference and add attendees
            </button>
          </form>
        </div>
      </div>
    </Page>
  );
}
