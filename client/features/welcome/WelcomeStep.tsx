import { useMemo } from 'react';
import { CONFIDENTIALITY_STATEMENT, PURPOSE_STATEMENT } from '../../../shared/rules/agenda.ts';
import { setAttendance } from '../../../shared/commands/attendees.ts';
import type { ConferenceDocs } from '../../../shared/commands/docs.ts';
import { ATTENDANCE, ATTENDANCE_LABELS, ROLE_LABELS, type Attendance } from '../../../shared/schema/roles.ts';
import { Tag } from '../../components/Tag.tsx';
import { useCanEdit, useChildWords, useCommand, useConference, usePresence } from '../../model/hooks.ts';

const setAttendanceIn = (d: ConferenceDocs, id: string, attendance: Attendance) => setAttendance(d.shared, id, attendance);

/** Step 1 for the chair: who is here (attendance can be changed), and the two statements to read out. */
export function WelcomeStep() {
  const attendees = useConference((m) => m.attendees);
  const presence = usePresence();
  const canEdit = useCanEdit();
  const runSetAttendance = useCommand(setAttendanceIn);
  const connected = useMemo(() => new Set(presence.map((p) => p.id)), [presence]);

  return (
    <div className="cr-welcome">
      <h2 className="cr-heading-m">Who is here</h2>
      {attendees.length === 0 ? (
        <p className="cr-body">No attendees have been added yet. Add them on the attendees and invites page.</p>
      ) : (
        <table className="cr-table">
          <caption className="cr-visually-hidden">Attendees</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Agency</th>
              <th scope="col">Attendance</th>
              <th scope="col">Device</th>
            </tr>
          </thead>
          <tbody>
            {attendees.map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.name}</th>
                <td>{ROLE_LABELS[a.role] ?? a.role}</td>
                <td>{a.agency}</td>
                <td>
                  {canEdit ? (
                    <select
                      className="cr-select cr-select--small"
                      aria-label={`Attendance for ${a.name}`}
                      value={a.attendance}
                      onChange={(e) => runSetAttendance(a.id, e.target.value as Attendance)}
                    >
                      {ATTENDANCE.map((v) => (
                        <option key={v} value={v}>
                          {ATTENDANCE_LABELS[v]}
                        </option>
                      ))}
                    </select>
                  ) : (
                    ATTENDANCE_LABELS[a.attendance]
                  )}
                </td>
                <td>{connected.has(a.id) ? <Tag colour="green">Connected</Tag> : <Tag colour="grey">Not connected</Tag>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Statements />
    </div>
  );
}

/** The purpose and confidentiality statements, as the chair reads them out. */
export function Statements() {
  const words = useChildWords();
  return (
    <>
      <h2 className="cr-heading-m">Why we are here</h2>
      <div className="cr-inset">
        <p className="cr-body">{words(PURPOSE_STATEMENT)}</p>
      </div>
      <h2 className="cr-heading-m">Keeping things private</h2>
      <div className="cr-inset">
        <p className="cr-body">{words(CONFIDENTIALITY_STATEMENT)}</p>
      </div>
    </>
  );
}
