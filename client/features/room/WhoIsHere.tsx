import { useMemo } from 'react';
import { ROLE_LABELS, type Role } from '../../../shared/schema/roles.ts';
import { useCanEdit, useConference, usePresence } from '../../model/hooks.ts';
import { RemoveAttendee } from './RemoveAttendee.tsx';

/** Everyone invited, and whether they are connected now; staff who are connected but not on the list too. */
export function WhoIsHere() {
  const attendees = useConference((m) => m.attendees);
  const presence = usePresence();
  const canEdit = useCanEdit();
  const rows = useMemo(() => {
    const online = new Set(presence.map((p) => p.id));
    const listed = new Set(attendees.map((a) => a.id));
    const people = attendees.map((a) => ({ id: a.id, name: a.name, role: a.role as string, connected: online.has(a.id), invited: true }));
    const others = presence.filter((p) => !listed.has(p.id)).map((p) => ({ id: p.id, name: p.name, role: p.role, connected: true, invited: false }));
    return [...others, ...people].sort((a, b) => Number(b.connected) - Number(a.connected) || a.name.localeCompare(b.name));
  }, [attendees, presence]);
  const count = rows.filter((r) => r.connected).length;

  return (
    <section className="cr-panel" aria-labelledby="who-title">
      <h2 className="cr-heading-s" id="who-title">
        Who is here <span className="cr-count" aria-label={`${count} connected`}>{count}</span>
      </h2>
      <ul className="cr-who-list">
        {rows.map((r) => (
          <li key={r.id} className={r.connected ? 'cr-who--on' : 'cr-who--off'}>
            <span className="cr-who__name">{r.name}</span>
            <span className="cr-who__role">{ROLE_LABELS[r.role as Role] ?? r.role}</span>
            <span className="cr-who__state">{r.connected ? 'Connected' : 'Not connected'}</span>
            {canEdit && r.invited ? <RemoveAttendee id={r.id} name={r.name} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
