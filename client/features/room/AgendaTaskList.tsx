import { useMemo } from 'react';
import { AGENDA } from '../../../shared/rules/agenda.ts';
import { Tag } from '../../components/Tag.tsx';
import { useConference } from '../../model/hooks.ts';
import { useUi } from '../../state/ui.ts';
import { useT } from '../../i18n/useT.tsx';
import { useAgendaWords } from '../../model/useAgendaWords.ts';

/**
 * The agenda as a GOV.UK task list: the 13 steps in order, the room's current step marked.
 * Choosing a step looks at it on this screen only; moving the room is a separate, deliberate act.
 */
export function AgendaTaskList({ live }: { live: string }) {
  const items = useConference((m) => m.items);
  const viewStep = useUi((s) => s.viewStep);
  const setViewStep = useUi((s) => s.setViewStep);
  const counts = useMemo(() => {
    const c = new Map<string, number>();
    for (const i of items) c.set(i.section, (c.get(i.section) ?? 0) + 1);
    return c;
  }, [items]);
  const shown = viewStep ?? live;
  const agenda = useAgendaWords();
  const t = useT();

  return (
    <nav aria-labelledby="agenda-title" className="cr-agenda">
      <h2 className="govuk-heading-s" id="agenda-title">
        {t('room.agenda.title')}
      </h2>
      <ol className="cr-task-list">
        {AGENDA.map((step) => {
          const n = step.sections.reduce((sum, s) => sum + (counts.get(s) ?? 0), 0);
          const isLive = step.id === live;
          const isShown = step.id === shown;
          return (
            <li key={step.id} className={`cr-task-list__item${isShown ? ' cr-task-list__item--shown' : ''}`}>
              <button
                type="button"
                className="cr-task-list__link"
                aria-current={isShown ? 'step' : undefined}
                onClick={() => setViewStep(isLive ? null : step.id)}
              >
                <span className="cr-task-list__number">{t('room.agenda.number', { number: step.number })}</span>
                <span className="cr-task-list__title">{agenda.stepTitle(step.id)}</span>
                {step.sections.length > 0 ? <span className="cr-task-list__hint">{t('room.agenda.itemCount', { count: n })}</span> : null}
              </button>
              {isLive ? (
                <Tag colour="blue" className="cr-task-list__status">
                  {t('room.agenda.now')}
                </Tag>
              ) : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
