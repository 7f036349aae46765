import { InlineConfirm } from '../../components/InlineConfirm.tsx';
import { Tag } from '../../components/Tag.tsx';
import { ATTENDANCE_LABELS, ROLE_LABELS } from '../../../shared/schema/roles.ts';
import type { Attendee } from '../../../shared/schema/conference.ts';
import { inviteStatus } from './inviteStatus.ts';

/** Everyone invited, with the state of their link and what the chair can do about it. */
export function AttendeeTable({
  attendees,
  linksChangeable,
  onReissue,
  onRevoke,
}: {
  attendees: readonly Attendee[];
  /** False once the meeting has ended: no link can be made or removed then. */
  linksChangeable: boolean;
  onReissue: (a: Attendee) => void;
  onRevoke: (a: Attendee) => void;
}) {
  if (attendees.length === 0) return <p className="cr-body">No one has been added yet.</p>;
  return (
    <table className="cr-table cr-attendee-table">
      <caption className="cr-table__caption">Attendees</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Role</th>
          <th scope="col">Agency</th>
          <th scope="col">Attendance</th>
          <th scope="col">Invite link</th>
          {linksChangeable ? (
            <th scope="col">
              <span className="cr-visually-hidden">Actions</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {attendees.map((a) => {
          const status = inviteStatus(a);
          return (
            <tr key={a.id}>
              <th scope="row">{a.name}</th>
              <td>{ROLE_LABELS[a.role]}</td>
              <td>{a.agency}</td>
              <td>{ATTENDANCE_LABELS[a.attendance]}</td>
              <td>
                <Tag colour={status.colour}>{status.label}</Tag>
              </td>
              {linksChangeable ? (
                <td className="cr-table__actions">
                  <button type="button" className="cr-button cr-button--secondary cr-button--small" onClick={() => onReissue(a)}>
                    Make a new link<span className="cr-visually-hidden"> for {a.name}</span>
                  </button>
                  {a.revoked ? null : (
                    <InlineConfirm
                      className="cr-button cr-button--secondary cr-button--small"
                      label={
                        <>
                          Remove link<span className="cr-visually-hidden"> for {a.name}</span>
                        </>
                      }
                      question={`${a.name}'s link will stop working, and if they are connected they will be taken out of the meeting.`}
                      confirmLabel={`Remove ${a.name}'s link`}
                      warning
                      onConfirm={() => onRevoke(a)}
                    />
                  )}
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
