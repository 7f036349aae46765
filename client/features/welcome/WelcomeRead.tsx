import { ATTENDANCE_LABELS, ROLE_LABELS } from '../../../shared/schema/roles.ts';
import { useConference } from '../../model/hooks.ts';
import { Statements } from './WelcomeStep.tsx';

/** Step 1 for participants: who is here, and why, in plain words. */
export function WelcomeRead() {
  const attendees = useConference((m) => m.attendees);
  return (
    <div className="cr-welcome-read">
      <Statements />
      <h2 className="cr-heading-m">Who is here</h2>
      <ul className="cr-people-list">
        {attendees.map((a) => (
          <li key={a.id}>
            <strong>{a.name}</strong>
            <span>
              {ROLE_LABELS[a.role] ?? a.role}
              {a.agency ? `, ${a.agency}` : ''}
              {a.attendance !== 'present' ? ` (${ATTENDANCE_LABELS[a.attendance].toLowerCase()})` : ''}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
