import { canGiveView } from '../../../shared/rules/permissions.ts';
import { useFormat, useT } from '../../i18n/useT.tsx';
import { useConference } from '../../model/hooks.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { ViewForm } from './ViewForm.tsx';
import { firstName, useViewWords } from './viewText.ts';

/**
 * A participant gives their own view before the decision. The family's wording makes clear that
 * their view is written down in the record, and that the professionals make the decision.
 */
export function ViewsParticipant() {
  const t = useT();
  const f = useFormat();
  const { me, conference } = useRoom();
  const mine = useConference((m) => m.views.find((v) => v.id === me.attendeeId));
  const decided = useConference((m) => m.decision.decidedAt !== null);
  const words = useViewWords();
  if (!canGiveView(me.role) || !me.attendeeId) return null;
  const family = me.view === 'family';

  return (
    <section className="cr-view-participant" aria-labelledby="my-view-title">
      <h2 className="govuk-heading-m" id="my-view-title">
        {t('views.mine.title')}
      </h2>
      {family ? (
        <p className="govuk-body">{t(decided ? 'views.mine.familyDecided' : 'views.mine.family')}</p>
      ) : (
        <p className="govuk-body">{t(decided ? 'views.mine.professionalDecided' : 'views.mine.professional')}</p>
      )}
      {mine ? (
        <div className="govuk-inset-text">
          <p className="govuk-body">
            <strong>{t(mine.onBehalf ? 'views.mine.recordedByChair' : 'views.mine.recorded', { time: f.time(mine.at) })}</strong>
          </p>
          <ul className="govuk-list govuk-list--bullet">
            {mine.perChild.map((p) => (
              <li key={p.childId}>
                {t(p.category ? 'views.mine.lineWithHarm' : 'views.mine.line', {
                  child: firstName(conference.children.find((c) => c.id === p.childId)?.name ?? ''),
                  view: words.view(p.view),
                  harm: p.category ? words.category(p.category) : '',
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {decided ? null : (
        <ViewForm idPrefix="my-view" existing={mine} submitLabel={t(mine ? 'views.mine.sendNew' : 'views.mine.send')} />
      )}
    </section>
  );
}
