import { canGiveView } from '../../../shared/rules/permissions.ts';
import { formatTime } from '../../format.ts';
import { useConference } from '../../model/hooks.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { ViewForm } from './ViewForm.tsx';
import { firstName, useViewWords } from './viewText.ts';

/**
 * A participant gives their own view before the decision. The family's wording makes clear that
 * their view is written down in the record, and that the professionals make the decision.
 */
export function ViewsParticipant() {
  const { me, conference } = useRoom();
  const mine = useConference((m) => m.views.find((v) => v.id === me.attendeeId));
  const decided = useConference((m) => m.decision.decidedAt !== null);
  const words = useViewWords();
  if (!canGiveView(me.role) || !me.attendeeId) return null;
  const family = me.view === 'family';

  return (
    <section className="cr-view-participant" aria-labelledby="my-view-title">
      <h2 className="cr-heading-m" id="my-view-title">
        Your view
      </h2>
      {family ? (
        <p className="cr-body">
          Your view is written down in the record of this meeting, with your name. The professionals make the decision{decided ? '.' : ', and they hear your view before they do.'}
        </p>
      ) : (
        <p className="cr-body">{decided ? 'Your view was counted in the decision. It is recorded with your name and role.' : 'Your view counts towards the decision. It is recorded with your name and role.'}</p>
      )}
      {mine ? (
        <div className="cr-inset">
          <p className="cr-body">
            <strong>Your view was recorded at {formatTime(mine.at)}{mine.onBehalf ? ' by the chair' : ''}.</strong>
          </p>
          <ul className="cr-list">
            {mine.perChild.map((p) => (
              <li key={p.childId}>
                {firstName(conference.children.find((c) => c.id === p.childId)?.name ?? 'Child')}: {words.view(p.view)}
                {p.category ? ` (kind of harm: ${words.category(p.category)})` : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {decided ? null : (
        <ViewForm idPrefix="my-view" existing={mine} submitLabel={mine ? 'Send my new view' : 'Send my view'} />
      )}
    </section>
  );
}
