import { useEffect, useState } from 'react';
import { ApiError, type AdminConference } from '../../api.ts';
import { screensApi } from '../../screensApi.ts';
import { Button } from '../../components/govuk/Button.tsx';
import { ErrorMessage } from '../../components/govuk/ErrorMessage.tsx';
import { useFormat, useT } from '../../i18n/useT.tsx';
import { StaffEditor } from '../setup/StaffEditor.tsx';
import { msg, type Msg } from '../../../shared/i18n/messages.ts';

/**
 * CS2 — The administrator reassigns conferences (cover, sickness) without seeing any case data:
 * each conference is shown by its date, type and staff only.
 */
export function ConferenceStaff() {
  const t = useT();
  const f = useFormat();
  const [conferences, setConferences] = useState<AdminConference[] | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [error, setError] = useState<Msg | null>(null);
  useEffect(() => {
    screensApi.adminConferences().then((r) => setConferences(r.conferences), (e: unknown) => setError(e instanceof ApiError ? e.msg : msg('admin.staff.loadFailed')));
  }, []);

  return (
    <section aria-labelledby="admin-conferences-title" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="admin-conferences-title">{t('admin.staff.title')}</h2>
      {error ? <div role="alert"><ErrorMessage id="admin-conferences-error">{t(error)}</ErrorMessage></div> : null}
      {conferences && conferences.length === 0 ? <p className="govuk-body">{t('admin.staff.none')}</p> : null}
      <ul className="govuk-list">
        {(conferences ?? []).map((c) => {
          const when = f.dateTime(c.startsAt);
          return (
            <li key={c.id}>
              <p className="govuk-body">
                {t('admin.staff.line', {
                  when,
                  type: t(`conferenceType.${c.type}`),
                  closed: c.status === 'closed' ? 'yes' : 'no',
                  staff: c.staff.map((s) => s.name).join(', ') || t('admin.staff.noStaff'),
                })}
                <Button variant="secondary" small className="govuk-!-margin-bottom-0 govuk-!-margin-left-2" aria-expanded={open === c.id} onClick={() => setOpen(open === c.id ? null : c.id)}>
                  {open === c.id ? t('admin.staff.done') : t('admin.staff.change')}
                  <span className="govuk-visually-hidden">{t('admin.staff.forConference', { when })}</span>
                </Button>
              </p>
              {open === c.id ? <StaffEditor conferenceId={c.id} canChange idPrefix={`staff-${c.id}`} /> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
