import { useEffect, useRef, useState, type FormEvent } from 'react';
import { z } from 'zod/mini';
import { screensApi } from '../../screensApi.ts';
import { Button, ButtonGroup } from '../../components/govuk/Button.tsx';
import { ErrorSummary, errorFor } from '../../components/govuk/ErrorSummary.tsx';
import { useT } from '../../i18n/useT.tsx';
import { LanguageNeededFields } from './LanguageNeededFields.tsx';
import { attendeeInputSchema, type Attendee } from '../../../shared/schema/conference.ts';
import { issuesToProblems, serverProblems, shown, type Problem } from '../conferences/formErrors.ts';
import { attendeeProblem } from './AttendeeForm.tsx';

const languageSchema = z.pick(attendeeInputSchema, { languageNeeded: true, interpreterBooked: true });

/**
 * The language someone needs to take part, and whether their interpreter is booked, changed by the
 * chair before the meeting (it is shown to the chair in the room and goes in the record).
 */
export function AttendeeLanguageForm({ conferenceId, attendee, onDone }: { conferenceId: string; attendee: Attendee; onDone: (saved: boolean) => void }) {
  const t = useT();
  const [languageNeeded, setLanguageNeeded] = useState(attendee.languageNeeded);
  const [interpreterBooked, setInterpreterBooked] = useState(attendee.interpreterBooked);
  const [problems, setProblems] = useState<Problem[]>([]);
  const errors = shown(problems, t).map((e) => (e.field ? { ...e, field: `edit-${e.field}` } : e));
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [attendee.id]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = languageSchema.safeParse({ languageNeeded, interpreterBooked: interpreterBooked && languageNeeded.trim() !== '' });
    if (!parsed.success) {
      setProblems(issuesToProblems(parsed.error.issues, attendeeProblem));
      return;
    }
    setProblems([]);
    setBusy(true);
    try {
      await screensApi.updateAttendee(conferenceId, attendee.id, parsed.data);
      onDone(true);
    } catch (err) {
      setProblems(serverProblems(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="edit-language-title" className="cr-section">
      <ErrorSummary errors={errors} id="edit-language-errors" />
      <h2 className="govuk-heading-m" id="edit-language-title" tabIndex={-1} ref={headingRef}>
        {t('setup.attendeeLanguage.title', { name: attendee.name })}
      </h2>
      <LanguageNeededFields
        idPrefix="edit-"
        language={languageNeeded}
        onLanguage={setLanguageNeeded}
        booked={interpreterBooked}
        onBooked={setInterpreterBooked}
        error={errorFor(errors, 'edit-languageNeeded')}
      />
      <ButtonGroup>
        <Button type="submit" disabled={busy}>
          {t('setup.attendeeLanguage.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(false)}>
          {t('app.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
