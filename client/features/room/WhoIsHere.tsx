import { useMemo } from 'react';
import { useCanEdit, useConference, usePresence } from '../../model/hooks.ts';
import { RemoveAttendee } from './RemoveAttendee.tsx';
import { useRoleName } from './useRoleName.ts';
import { useFormat, useT } from '../../i18n/useT.tsx';

/** Everyone invited, and whether they are connected now; staff who are connected but not on the list too. */
export function WhoIsHere() {
  const attendees = useConference((m) => m.attendees);
  const presence = usePresence();
  const canEdit = useCanEdit();
  const t = useT();
  const { compareNames } = useFormat();
  const roleName = useRoleName();
  const rows = useMemo(() => {
    const online = new Set(presence.map((p) => p.id));
    const listed = new Set(attendees.map((a) => a.id));
    const people = attendees.map((a) => ({ id: a.id, name: a.name, role: a.role as string, connected: online.has(a.id), invited: true }));
    const others = presence.filter((p) => !listed.has(p.id)).map((p) => ({ id: p.id, name: p.name, role: p.role, connected: true, invited: false }));
    return [...others, ...people].sort((a, b) => Number(b.connected) - Number(a.connected) || compareNames(a.name, b.name));
  }, [attendees, presence, compareNames]);
  const count = rows.filter((r) => r.connected).length;

  return (
    <section className="cr-panel" aria-labelledby="who-title">
      <h2 className="govuk-heading-s" id="who-title">
        {t('welcome.whoIsHere')} <span className="cr-count" aria-label={t('room.who.connectedCount', { count })}>{count}</span>
      </h2>
      <ul className="cr-who-list">
        {rows.map((r) => (
          <li key={r.id} className={r.connected ? 'cr-who--on' : 'cr-who--off'}>
            <span className="cr-who__name">{r.name}</span>
            <span className="cr-who__role">{roleName(r.role)}</span>
            <span className="cr-who__state">{t(r.connected ? 'welcome.connected' : 'welcome.notConnected')}</span>
            {canEdit && r.invited ? <RemoveAttendee id={r.id} name={r.name} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
