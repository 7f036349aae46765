import { Checkbox } from '../../components/govuk/Checkboxes.tsx';
import { errorFor, type FieldError } from '../../components/govuk/ErrorSummary.tsx';
import { Input } from '../../components/govuk/Input.tsx';
import { Select } from '../../components/govuk/Select.tsx';
import { WarningText } from '../../components/govuk/WarningText.tsx';
import { londonNow } from '../../format.ts';
import { useT } from '../../i18n/useT.tsx';
import { msg, type Msg } from '../../../shared/i18n/messages.ts';
import { pastStartWarning } from '../../../shared/rules/schedule.ts';
import type { Issue } from './formErrors.ts';

const DURATIONS = [60, 90, 120, 150, 180, 240] as const;

/** The date, time, length, place and reference as the form holds them. */
export interface ScheduleDraft {
  date: string;
  time: string;
  duration: number;
  venue: string;
  online: boolean;
  reference: string;
}

/** The draft as the API takes it (`conferenceScheduleSchema`). */
export function scheduleInput(d: ScheduleDraft) {
  return { startsAt: `${d.date}T${d.time}`, durationMinutes: d.duration, venue: d.venue.trim(), online: d.online, reference: d.reference.trim() };
}

/** Errors in these fields, by id, in the order they appear (date and time are one value in the API). */
export const SCHEDULE_FIELD_ORDER = ['startsAt-date', 'startsAt-time', 'durationMinutes', 'venue', 'online', 'reference'];

/** The API's single start, split back onto the form's date field. */
export const SCHEDULE_RENAME: Record<string, string> = { startsAt: 'startsAt-date' };

/** The form's words for a schedule field's issue, or null when the field is not one of these. */
export function scheduleProblem(field: string, issue: Issue): Msg | null {
  switch (field) {
    case 'startsAt-date':
      return msg('conferences.error.startsAt');
    case 'durationMinutes':
      return msg('conferences.error.duration');
    case 'venue':
      return msg(issue.code === 'too_big' ? 'conferences.error.venueTooLong' : 'conferences.error.venue');
    case 'reference':
      return msg('conferences.error.referenceTooLong');
    default:
      return null;
  }
}

/**
 * Problems found before the schema looks: a blank date or time, and no place (the schema checks the
 * place only once everything else is right; the chair should hear every problem at once).
 */
export function blankSchedule(d: ScheduleDraft): { field: string; msg: Msg }[] {
  return [
    ...(d.date ? [] : [{ field: 'startsAt-date', msg: msg('conferences.error.date') }]),
    ...(d.time ? [] : [{ field: 'startsAt-time', msg: msg('conferences.error.time') }]),
    ...(d.online || d.venue.trim() ? [] : [{ field: 'venue', msg: msg('conferences.error.venue') }]),
  ];
}

/** The schema's problems after the blank ones, none twice (a blank date or time also fails the start). */
export function withBlanks<P extends { field: string }>(blank: readonly P[], found: readonly P[]): P[] {
  const startBlank = blank.some((b) => b.field.startsWith('startsAt-'));
  return [...blank, ...found.filter((x) => !blank.some((b) => b.field === x.field) && !(startBlank && x.field === 'startsAt-date'))];
}

/**
 * When and where, shared by "Create a conference" and "Change the date, time or place" (SD1), with
 * the SD2 warning as soon as the date is in the past: links for a long-past meeting would not work.
 */
export function ScheduleFields({ draft, onChange, errors }: { draft: ScheduleDraft; onChange: (d: ScheduleDraft) => void; errors: readonly FieldError[] }) {
  const t = useT();
  const set = <K extends keyof ScheduleDraft>(k: K, v: ScheduleDraft[K]) => onChange({ ...draft, [k]: v });
  const warning = draft.date && draft.time ? pastStartWarning(`${draft.date}T${draft.time}`, draft.duration, londonNow()) : null;
  const duration = (m: number) => (m % 60 === 0 ? t('conferences.duration.hours', { hours: m / 60 }) : t('conferences.duration.hoursMinutes', { hours: Math.floor(m / 60), minutes: m % 60 }));
  return (
    <>
      <div className="cr-date-time">
        <Input id="startsAt-date" label={t('conferences.date')} type="date" value={draft.date} onChange={(e) => set('date', e.target.value)} error={errorFor(errors, 'startsAt-date')} aria-describedby={warning ? 'past-date-warning' : undefined} />
        <Input id="startsAt-time" label={t('conferences.time')} type="time" value={draft.time} onChange={(e) => set('time', e.target.value)} error={errorFor(errors, 'startsAt-time')} />
      </div>
      {warning ? (
        <WarningText id="past-date-warning">
          <span role="status">{t(warning)}</span>
        </WarningText>
      ) : null}
      <Select id="durationMinutes" label={t('conferences.durationLabel')} value={draft.duration} onChange={(e) => set('duration', Number(e.target.value))} error={errorFor(errors, 'durationMinutes')}>
        {[...new Set([...DURATIONS, draft.duration])].sort((a, b) => a - b).map((d) => (
          <option key={d} value={d}>
            {duration(d)}
          </option>
        ))}
      </Select>
      <Input id="venue" label={t('conferences.venue')} hint={t('conferences.venueHint')} value={draft.venue} onChange={(e) => set('venue', e.target.value)} error={errorFor(errors, 'venue')} />
      <Checkbox id="online" label={t('conferences.online')} checked={draft.online} onChange={(e) => set('online', e.target.checked)} />
      <Input
        id="reference"
        label={t('conferences.reference')}
        hint={t('conferences.referenceHint')}
        value={draft.reference}
        onChange={(e) => set('reference', e.target.value)}
        error={errorFor(errors, 'reference')}
        autoComplete="off"
        spellCheck={false}
      />
    </>
  );
}
