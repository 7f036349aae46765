import { useEffect, useState } from 'react';
import { ApiError, api, type AdminConference } from '../../api.ts';
import { formatDateTime } from '../../format.ts';
import { StaffEditor } from '../setup/StaffEditor.tsx';
import { CONFERENCE_TYPE_LABELS } from '../../../shared/schema/conference.ts';

/**
 * CS2 — The administrator reassigns conferences (cover, sickness) without seeing any case data:
 * each conference is shown by its date, type and staff only.
 */
export function ConferenceStaff() {
  const [conferences, setConferences] = useState<AdminConference[] | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.adminConferences().then((r) => setConferences(r.conferences), (e: unknown) => setError(e instanceof ApiError ? e.message : 'We could not load the conferences.'));
  }, []);

  return (
    <section aria-labelledby="admin-conferences-title">
      <h2 className="cr-heading-m" id="admin-conferences-title">
        Conferences and their staff
      </h2>
      {error ? (
        <p className="cr-error-message" role="alert">
          {error}
        </p>
      ) : null}
      {conferences && conferences.length === 0 ? <p className="cr-body">There are no conferences yet.</p> : null}
      <ul className="cr-list">
        {(conferences ?? []).map((c) => (
          <li key={c.id}>
            <p className="cr-body">
              {formatDateTime(c.startsAt)} · {CONFERENCE_TYPE_LABELS[c.type]}
              {c.status === 'closed' ? ' · closed' : ''} · {c.staff.map((s) => s.name).join(', ') || 'no staff'}{' '}
              <button type="button" className="cr-button cr-button--secondary cr-button--small" aria-expanded={open === c.id} onClick={() => setOpen(open === c.id ? null : c.id)}>
                {open === c.id ? 'Done' : 'Change staff'}
                <span className="cr-visually-hidden"> for the conference on {formatDateTime(c.startsAt)}</span>
              </button>
            </p>
            {open === c.id ? <StaffEditor conferenceId={c.id} canChange idPrefix={`staff-${c.id}`} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
