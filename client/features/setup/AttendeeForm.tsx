import { useState, type FormEvent } from 'react';
import { type InviteLink } from '../../api.ts';
import { screensApi } from '../../screensApi.ts';
import { Button } from '../../components/govuk/Button.tsx';
import { ErrorSummary, errorFor } from '../../components/govuk/ErrorSummary.tsx';
import { Input } from '../../components/govuk/Input.tsx';
import { Radios } from '../../components/govuk/Radios.tsx';
import { Select } from '../../components/govuk/Select.tsx';
import { useT } from '../../i18n/useT.tsx';
import { LanguageNeededFields } from './LanguageNeededFields.tsx';
import { msg, type Msg } from '../../../shared/i18n/messages.ts';
import { ATTENDANCE, ATTENDEE_ROLES, type Attendance, type AttendeeRole } from '../../../shared/schema/roles.ts';
import { attendeeInputSchema, type Attendee } from '../../../shared/schema/conference.ts';
import { issuesToProblems, serverProblems, shown, type Issue, type Problem } from '../conferences/formErrors.ts';

/** What to say about each field's issue, in the reader's language. */
export function attendeeProblem(field: string, issue: Issue): Msg {
  const tooLong = issue.code === 'too_big';
  switch (field) {
    case 'name':
      return msg(tooLong ? 'setup.attendee.error.nameTooLong' : 'setup.attendee.error.name');
    case 'role':
      return msg('setup.attendee.error.role');
    case 'agency':
      return msg('setup.attendee.error.agencyTooLong');
    case 'attendance':
      return msg('commands.attendees.chooseAttendance');
    case 'languageNeeded':
      return msg('setup.attendee.error.languageTooLong');
    default:
      return msg('errors.generic');
  }
}

/** Add an attendee and make their invite link (AT1). */
export function AttendeeForm({ conferenceId, onAdded }: { conferenceId: string; onAdded: (a: Attendee, link: InviteLink) => void }) {
  const t = useT();
  const [name, setName] = useState('');
  const [role, setRole] = useState<AttendeeRole | ''>('');
  const [agency, setAgency] = useState('');
  const [attendance, setAttendance] = useState<Attendance>('present');
  const [languageNeeded, setLanguageNeeded] = useState('');
  const [interpreterBooked, setInterpreterBooked] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const errors = shown(problems, t);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = attendeeInputSchema.safeParse({ name, role, agency, attendance, languageNeeded, interpreterBooked: interpreterBooked && languageNeeded.trim() !== '' });
    if (!parsed.success) {
      setProblems(issuesToProblems(parsed.error.issues, attendeeProblem));
      return;
    }
    setProblems([]);
    setBusy(true);
    try {
      const r = await screensApi.createInvite(conferenceId, parsed.data);
      onAdded(r.attendee, { id: r.id, token: r.token, url: r.url });
      setName('');
      setRole('');
      setAgency('');
      setAttendance('present');
      setLanguageNeeded('');
      setInterpreterBooked(false);
    } catch (err) {
      setProblems(serverProblems(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="add-attendee-title" className="cr-attendee-form">
      <ErrorSummary errors={errors} id="add-attendee-errors" />
      <h2 className="govuk-heading-m" id="add-attendee-title">
        {t('setup.attendee.title')}
      </h2>
      <Input id="name" label={t('setup.attendee.name')} autoComplete="off" spellCheck={false} value={name} onChange={(e) => setName(e.target.value)} error={errorFor(errors, 'name')} />
      <Select id="role" label={t('setup.attendee.role')} value={role} onChange={(e) => setRole(e.target.value as AttendeeRole)} error={errorFor(errors, 'role')}>
        <option value="">{t('setup.attendee.chooseRole')}</option>
        {ATTENDEE_ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`role.${r}`)}
          </option>
        ))}
      </Select>
      <Input id="agency" label={t('setup.attendee.agency')} hint={t('setup.attendee.agencyHint')} value={agency} onChange={(e) => setAgency(e.target.value)} error={errorFor(errors, 'agency')} />
      <Radios
        id="attendance"
        legend={t('setup.attendee.attendance')}
        items={ATTENDANCE.map((a) => ({ value: a, label: t(`attendance.${a}`) }))}
        value={attendance}
        onChange={setAttendance}
        error={errorFor(errors, 'attendance')}
        inline
      />
      <LanguageNeededFields language={languageNeeded} onLanguage={setLanguageNeeded} booked={interpreterBooked} onBooked={setInterpreterBooked} error={errorFor(errors, 'languageNeeded')} />
      <Button type="submit" disabled={busy}>
        {t('setup.attendee.submit')}
      </Button>
    </form>
  );
}
