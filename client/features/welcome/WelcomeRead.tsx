import { useMemo } from 'react';
import { ATTENDANCE_LABELS, ROLE_LABELS } from '../../../shared/schema/roles.ts';
import { whoIsHere } from '../../../shared/rules/whoIsHere.ts';
import { useConference, usePresence } from '../../model/hooks.ts';
import { Statements } from './WelcomeStep.tsx';

/** Step 1 for participants: who is here (WH1), then who sent apologies or a report, and why, in plain words. */
export function WelcomeRead() {
  const attendees = useConference((m) => m.attendees);
  const presence = usePresence();
  const people = useMemo(() => {
    const here = whoIsHere(attendees, presence).map((p) => ({ ...p, note: '' }));
    const away = attendees
      .filter((a) => a.attendance !== 'present' && a.role !== 'projector')
      .map((a) => ({ id: a.id, name: a.name, role: a.role, agency: a.agency, note: ` (${ATTENDANCE_LABELS[a.attendance].toLowerCase()})` }));
    return [...here, ...away];
  }, [attendees, presence]);
  return (
    <div className="cr-welcome-read">
      <Statements />
      <h2 className="cr-heading-m">Who is here</h2>
      <ul className="cr-people-list">
        {people.map((a) => (
          <li key={a.id}>
            <strong>{a.name}</strong>
            <span>
              {ROLE_LABELS[a.role] ?? a.role}
              {a.agency ? `, ${a.agency}` : ''}
              {a.note}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
