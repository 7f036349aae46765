import { useMemo } from 'react';
import { setAttendance } from '../../../shared/commands/attendees.ts';
import type { ConferenceDocs } from '../../../shared/commands/docs.ts';
import { ATTENDANCE, type Attendance } from '../../../shared/schema/roles.ts';
import { Tag } from '../../components/Tag.tsx';
import { useT } from '../../i18n/useT.tsx';
import { useCanEdit, useCommand, useConference, usePresence } from '../../model/hooks.ts';
import { Statements } from './Statements.tsx';

const setAttendanceIn = (d: ConferenceDocs, id: string, attendance: Attendance) => setAttendance(d.shared, id, attendance);

/** Step 1 for the chair: who is here (attendance can be changed), and the two statements to read out. */
export function WelcomeStep() {
  const t = useT();
  const attendees = useConference((m) => m.attendees);
  const presence = usePresence();
  const canEdit = useCanEdit();
  const runSetAttendance = useCommand(setAttendanceIn);
  const connected = useMemo(() => new Set(presence.map((p) => p.id)), [presence]);

  return (
    <div className="cr-welcome">
      <h2 className="govuk-heading-m">{t('welcome.whoIsHere')}</h2>
      {attendees.length === 0 ? (
        <p className="govuk-body">{t('welcome.noAttendees')}</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-visually-hidden">{t('welcome.table.caption')}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th className="govuk-table__header" scope="col">{t('welcome.table.name')}</th>
              <th className="govuk-table__header" scope="col">{t('welcome.table.role')}</th>
              <th className="govuk-table__header" scope="col">{t('welcome.table.agency')}</th>
              <th className="govuk-table__header" scope="col">{t('welcome.table.attendance')}</th>
              <th className="govuk-table__header" scope="col">{t('welcome.table.device')}</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {attendees.map((a) => (
              <tr className="govuk-table__row" key={a.id}>
                <th className="govuk-table__header" scope="row">
                  {a.name}
                  {a.languageNeeded ? (
                    <span className="govuk-hint cr-welcome-language">{t('welcome.languageNeeded', { language: a.languageNeeded, booked: a.interpreterBooked ? 'yes' : 'no' })}</span>
                  ) : null}
                </th>
                <td className="govuk-table__cell">{t(`role.${a.role}`)}</td>
                <td className="govuk-table__cell">{a.agency}</td>
                <td className="govuk-table__cell">
                  {canEdit ? (
                    <select
                      className="govuk-select cr-select--small"
                      aria-label={t('welcome.attendanceFor', { name: a.name })}
                      value={a.attendance}
                      onChange={(e) => runSetAttendance(a.id, e.target.value as Attendance)}
                    >
                      {ATTENDANCE.map((v) => (
                        <option key={v} value={v}>
                          {t(`attendance.${v}`)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    t(`attendance.${a.attendance}`)
                  )}
                </td>
                <td className="govuk-table__cell">{connected.has(a.id) ? <Tag colour="green">{t('welcome.connected')}</Tag> : <Tag colour="grey">{t('welcome.notConnected')}</Tag>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Statements />
    </div>
  );
}
