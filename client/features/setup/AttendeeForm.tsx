import { useState, type FormEvent } from 'react';
import { ApiError, api, type InviteLink } from '../../api.ts';
import { ErrorSummary, errorFor, type FieldError } from '../../components/ErrorSummary.tsx';
import { Checkbox, Radios, Select, TextInput } from '../../components/fields.tsx';
import { useT } from '../../i18n/useT.tsx';
import { ATTENDANCE, ATTENDANCE_LABELS, ATTENDEE_ROLES, ROLE_LABELS, type Attendance, type AttendeeRole } from '../../../shared/schema/roles.ts';
import { attendeeInputSchema, type Attendee } from '../../../shared/schema/conference.ts';
import { issuesToErrors, serverFieldsToErrors } from '../conferences/formErrors.ts';

/** Add an attendee and make their invite link (AT1). */
export function AttendeeForm({ conferenceId, onAdded }: { conferenceId: string; onAdded: (a: Attendee, link: InviteLink) => void }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<AttendeeRole | ''>('');
  const [agency, setAgency] = useState('');
  const [attendance, setAttendance] = useState<Attendance>('present');
  const [languageNeeded, setLanguageNeeded] = useState('');
  const [interpreterBooked, setInterpreterBooked] = useState(false);
  const t = useT();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = attendeeInputSchema.safeParse({ name, role, agency, attendance, languageNeeded, interpreterBooked });
    if (!parsed.success) {
      setErrors(issuesToErrors(parsed.error.issues).map((x) => (x.field === 'role' ? { ...x, message: 'Choose the person’s role' } : x)));
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      const r = await api.createInvite(conferenceId, parsed.data);
      onAdded(r.attendee, { id: r.id, token: r.token, url: r.url });
      setName('');
      setRole('');
      setAgency('');
      setAttendance('present');
      setLanguageNeeded('');
      setInterpreterBooked(false);
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fields).length) setErrors(serverFieldsToErrors(err.fields));
      else setErrors([{ field: '', message: err instanceof ApiError ? err.message : 'Something went wrong. Try again.' }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="add-attendee-title" className="cr-attendee-form">
      <ErrorSummary errors={errors} />
      <h2 className="cr-heading-m" id="add-attendee-title">
        Add an attendee
      </h2>
      <TextInput id="name" label="Full name" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} error={errorFor(errors, 'name')} />
      <Select id="role" label="Role" value={role} onChange={(e) => setRole(e.target.value as AttendeeRole)} error={errorFor(errors, 'role')}>
        <option value="">Choose a role</option>
        {ATTENDEE_ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </Select>
      <TextInput id="agency" label="Agency or relationship to the child" hint="For example, Northfield Primary School, or Grandmother." value={agency} onChange={(e) => setAgency(e.target.value)} error={errorFor(errors, 'agency')} />
      <Radios
        id="attendance"
        legend="Attendance"
        options={ATTENDANCE.map((a) => ({ value: a, label: ATTENDANCE_LABELS[a] }))}
        value={attendance}
        onChange={setAttendance}
        error={errorFor(errors, 'attendance')}
        inline
      />
      <TextInput id="languageNeeded" label={t('setup.attendee.languageNeeded')} hint={t('setup.attendee.languageNeededHint')} value={languageNeeded} onChange={(e) => setLanguageNeeded(e.target.value)} error={errorFor(errors, 'languageNeeded')} />
      {languageNeeded.trim() ? (
        <Checkbox id="interpreterBooked" label={t('setup.attendee.interpreterBooked')} checked={interpreterBooked} onChange={(e) => setInterpreterBooked(e.target.checked)} />
      ) : null}
      <button type="submit" className="cr-button" disabled={busy}>
        Add attendee and make invite link
      </button>
    </form>
  );
}
