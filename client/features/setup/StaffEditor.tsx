import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { ApiError, api, type StaffCandidate, type StaffMember } from '../../api.ts';
import { Select } from '../../components/fields.tsx';
import { ROLE_LABELS } from '../../../shared/schema/roles.ts';
import { canBeAssigned, checkUnassign } from '../../../shared/rules/staffing.ts';

/**
 * CS1–CS3 — Who works on a conference: its chairs and note takers. Only they can open it. A chair
 * assigned to it adds a note taker or co-chair here; an administrator reassigns for cover.
 */
export function StaffEditor({ conferenceId, canChange, idPrefix = 'staff' }: { conferenceId: string; canChange: boolean; idPrefix?: string }) {
  const [staff, setStaff] = useState<StaffMember[] | null>(null);
  const [candidates, setCandidates] = useState<StaffCandidate[]>([]);
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setStaff((await api.getConferenceStaff(conferenceId)).staff);
      if (canChange) setCandidates((await api.listStaff()).staff.filter((s) => canBeAssigned(s.role)));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'We could not load the staff for this conference.');
    }
  }, [conferenceId, canChange]);
  useEffect(() => void load(), [load]);

  const change = async (fn: () => Promise<{ staff: StaffMember[] }>) => {
    setError(null);
    try {
      setStaff((await fn()).staff);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Something went wrong. Try again.');
    }
  };
  const assign = (e: FormEvent) => {
    e.preventDefault();
    if (!choice) return setError('Choose who to assign');
    void change(() => api.assignStaff(conferenceId, choice)).then(() => setChoice(''));
  };

  if (!staff) return error ? <p className="cr-error-message" role="alert">{error}</p> : null;
  const assigned = new Set(staff.map((s) => s.userId));
  const free = candidates.filter((c) => !assigned.has(c.id));
  return (
    <section className="cr-staff" aria-labelledby={`${idPrefix}-title`}>
      <h2 className="cr-heading-m" id={`${idPrefix}-title`}>
        Staff for this conference
      </h2>
      <p className="cr-body">Only the staff listed here can open this conference.</p>
      {error ? (
        <p className="cr-error-message" role="alert">
          {error}
        </p>
      ) : null}
      <table className="cr-table">
        <caption className="cr-visually-hidden">Staff for this conference</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            {canChange ? (
              <th scope="col">
                <span className="cr-visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {staff.map((s) => (
            <tr key={s.userId}>
              <th scope="row">{s.name}</th>
              <td>{ROLE_LABELS[s.role]}</td>
              {canChange ? (
                <td className="cr-table__actions">
                  {checkUnassign(staff, s.userId).ok ? (
                    <button type="button" className="cr-button cr-button--secondary cr-button--small" onClick={() => void change(() => api.unassignStaff(conferenceId, s.userId))}>
                      Remove<span className="cr-visually-hidden"> {s.name}</span>
                    </button>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {canChange && free.length > 0 ? (
        <form onSubmit={assign} noValidate>
          <Select id={`${idPrefix}-choice`} label="Assign a note taker or co-chair" value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">Choose</option>
            {free.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({ROLE_LABELS[c.role]})
              </option>
            ))}
          </Select>
          <button type="submit" className="cr-button cr-button--secondary">
            Assign
          </button>
        </form>
      ) : null}
    </section>
  );
}
