import { useMemo } from 'react';
import type { Attendance } from '../../../shared/schema/roles.ts';
import { whoIsHere } from '../../../shared/rules/whoIsHere.ts';
import { useT } from '../../i18n/useT.tsx';
import { useConference, usePresence } from '../../model/hooks.ts';
import { Statements } from './Statements.tsx';

/** Step 1 for participants: who is here (WH1), then who sent apologies or a report, and why, in plain words. */
export function WelcomeRead() {
  const t = useT();
  const attendees = useConference((m) => m.attendees);
  const presence = usePresence();
  const people = useMemo(() => {
    const here = whoIsHere(attendees, presence).map((p) => ({ ...p, away: null as Attendance | null }));
    const away = attendees
      .filter((a) => a.attendance !== 'present' && a.role !== 'projector')
      .map((a) => ({ id: a.id, name: a.name, role: a.role, agency: a.agency, away: a.attendance }));
    return [...here, ...away];
  }, [attendees, presence]);
  return (
    <div className="cr-welcome-read">
      <Statements />
      <h2 className="govuk-heading-m">{t('welcome.whoIsHere')}</h2>
      <ul className="cr-people-list">
        {people.map((a) => (
          <li key={a.id}>
            <strong>{a.name}</strong>
            <span>
              {a.agency ? t('welcome.roleAtAgency', { role: t(`role.${a.role}`), agency: a.agency }) : t(`role.${a.role}`)}
              {a.away ? <> {t('welcome.awayNote', { attendance: a.away })}</> : null}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
