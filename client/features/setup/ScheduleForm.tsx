import { useState, type FormEvent } from 'react';
import { screensApi } from '../../screensApi.ts';
import { Button, ButtonGroup } from '../../components/govuk/Button.tsx';
import { ErrorSummary } from '../../components/govuk/ErrorSummary.tsx';
import { useT } from '../../i18n/useT.tsx';
import { msg } from '../../../shared/i18n/messages.ts';
import { conferenceScheduleSchema, type Conference } from '../../../shared/schema/conference.ts';
import { issuesToProblems, serverProblems, shown, type Problem } from '../conferences/formErrors.ts';
import { SCHEDULE_RENAME, ScheduleFields, blankSchedule, scheduleInput, scheduleProblem, withBlanks, type ScheduleDraft } from '../conferences/ScheduleFields.tsx';

function draftOf(c: Conference): ScheduleDraft {
  const [date = '', time = ''] = c.startsAt.split('T');
  return { date, time, duration: c.durationMinutes, venue: c.online && c.venue === 'Online' ? '' : c.venue, online: c.online, reference: c.reference };
}

/** SD1 — Change the date, time, place or reference before the meeting starts; invite links follow the new end. */
export function ScheduleForm({ conference, onSaved }: { conference: Conference; onSaved: () => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<ScheduleDraft>(() => draftOf(conference));
  const [problems, setProblems] = useState<Problem[]>([]);
  const errors = shown(problems, t);
  const [busy, setBusy] = useState(false);

  if (!open) {
    return (
      <Button
        variant="secondary"
        onClick={() => {
          setDraft(draftOf(conference));
          setProblems([]);
          setOpen(true);
        }}
      >
        {t('setup.schedule.title')}
      </Button>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const blank = blankSchedule(draft);
    const parsed = conferenceScheduleSchema.safeParse(scheduleInput(draft));
    if (blank.length || !parsed.success) {
      const found = parsed.success ? [] : issuesToProblems(parsed.error.issues, (f, i) => scheduleProblem(f, i) ?? msg('errors.generic'), SCHEDULE_RENAME);
      setProblems(withBlanks(blank, found));
      return;
    }
    setProblems([]);
    setBusy(true);
    try {
      await screensApi.rescheduleConference(conference.id, parsed.data);
      setOpen(false);
      onSaved();
    } catch (err) {
      setProblems(serverProblems(err, SCHEDULE_RENAME));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="schedule-title" className="cr-section">
      <ErrorSummary errors={errors} id="schedule-errors" />
      <h2 className="govuk-heading-m" id="schedule-title">
        {t('setup.schedule.title')}
      </h2>
      <p className="govuk-body">{t('setup.schedule.intro')}</p>
      <ScheduleFields draft={draft} onChange={setDraft} errors={errors} />
      <ButtonGroup>
        <Button type="submit" disabled={busy}>
          {t('setup.schedule.save')}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t('app.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
