import { WarningText } from '../../components/Banner.tsx';
import { errorFor, type FieldError } from '../../components/ErrorSummary.tsx';
import { Checkbox, Select, TextInput } from '../../components/fields.tsx';
import { londonNow } from '../../format.ts';
import { pastStartWarning } from '../../../shared/rules/schedule.ts';

const DURATIONS = [60, 90, 120, 150, 180, 240] as const;
const durationLabel = (m: number) => (m % 60 === 0 ? `${m / 60} hour${m === 60 ? '' : 's'}` : `${Math.floor(m / 60)} hour${m < 120 ? '' : 's'} ${m % 60} minutes`);

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

/**
 * When and where, shared by "Create a conference" and "Change the date, time or place" (SD1), with
 * the SD2 warning as soon as the date is in the past: links for a long-past meeting would not work.
 */
export function ScheduleFields({ draft, onChange, errors }: { draft: ScheduleDraft; onChange: (d: ScheduleDraft) => void; errors: readonly FieldError[] }) {
  const set = <K extends keyof ScheduleDraft>(k: K, v: ScheduleDraft[K]) => onChange({ ...draft, [k]: v });
  const warning = draft.date && draft.time ? pastStartWarning(`${draft.date}T${draft.time}`, draft.duration, londonNow()) : null;
  return (
    <>
      <div className="cr-date-time">
        <TextInput id="startsAt-date" label="Date" type="date" value={draft.date} onChange={(e) => set('date', e.target.value)} error={errorFor(errors, 'startsAt-date')} aria-describedby={warning ? 'past-date-warning' : undefined} />
        <TextInput id="startsAt-time" label="Start time" type="time" value={draft.time} onChange={(e) => set('time', e.target.value)} error={errorFor(errors, 'startsAt-time')} />
      </div>
      {warning ? (
        <WarningText id="past-date-warning">
          <span role="status">{warning}</span>
        </WarningText>
      ) : null}
      <Select id="durationMinutes" label="How long it is booked for" value={draft.duration} onChange={(e) => set('duration', Number(e.target.value))} error={errorFor(errors, 'durationMinutes')}>
        {[...new Set([...DURATIONS, draft.duration])].sort((a, b) => a - b).map((d) => (
          <option key={d} value={d}>
            {durationLabel(d)}
          </option>
        ))}
      </Select>
      <TextInput id="venue" label="Venue" hint="The room and building. Leave blank if the conference is only online." value={draft.venue} onChange={(e) => set('venue', e.target.value)} error={errorFor(errors, 'venue')} />
      <div className="cr-form-group">
        <Checkbox id="online" label="People can join online" checked={draft.online} onChange={(e) => set('online', e.target.checked)} />
      </div>
      <TextInput
        id="reference"
        label="Your council’s reference (optional)"
        hint="The case or meeting reference your council uses. It tells apart two conferences about the same children."
        value={draft.reference}
        onChange={(e) => set('reference', e.target.value)}
        error={errorFor(errors, 'reference')}
        autoComplete="off"
      />
    </>
  );
}
