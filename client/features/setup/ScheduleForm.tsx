import { useState, type FormEvent } from 'react';
import { ApiError, api } from '../../api.ts';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.tsx';
import { conferenceScheduleSchema, type Conference } from '../../../shared/schema/conference.ts';
import { issuesToErrors, serverFieldsToErrors } from '../conferences/formErrors.ts';
import { ScheduleFields, scheduleInput, type ScheduleDraft } from '../conferences/ScheduleFields.tsx';

const RENAME: Record<string, string> = { startsAt: 'startsAt-date' };

function draftOf(c: Conference): ScheduleDraft {
  const [date = '', time = ''] = c.startsAt.split('T');
  return { date, time, duration: c.durationMinutes, venue: c.online && c.venue === 'Online' ? '' : c.venue, online: c.online, reference: c.reference };
}

/** SD1 — Change the date, time, place or reference before the meeting starts; invite links follow the new end. */
export function ScheduleForm({ conference, onSaved }: { conference: Conference; onSaved: () => void }) {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<ScheduleDraft>(() => draftOf(conference));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  if (!open) {
    return (
      <button
        type="button"
        className="cr-button cr-button--secondary"
        onClick={() => {
          setDraft(draftOf(conference));
          setOpen(true);
        }}
      >
        Change the date, time or place
      </button>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = conferenceScheduleSchema.safeParse(scheduleInput(draft));
    if (!parsed.success) {
      setErrors(issuesToErrors(parsed.error.issues, RENAME));
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      await api.rescheduleConference(conference.id, parsed.data);
      setOpen(false);
      onSaved();
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fields).length) setErrors(serverFieldsToErrors(err.fields, RENAME));
      else setErrors([{ field: '', message: err instanceof ApiError ? err.message : 'Something went wrong. Try again.' }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="schedule-title" className="cr-section">
      <ErrorSummary errors={errors} />
      <h2 className="cr-heading-m" id="schedule-title">
        Change the date, time or place
      </h2>
      <p className="cr-body">You can change these until the meeting starts. Invite links already sent keep working, and stop a day after the new end time.</p>
      <ScheduleFields draft={draft} onChange={setDraft} errors={errors} />
      <div className="cr-button-group">
        <button type="submit" className="cr-button" disabled={busy}>
          Save the new date and place
        </button>
        <button type="button" className="cr-button cr-button--secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
