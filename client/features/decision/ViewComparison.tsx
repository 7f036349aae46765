import { useMemo } from 'react';
import { compareWithViews, type ProfessionalView, type ViewComparison as Comparison, type ViewValue } from '../../../shared/rules/decision.ts';
import { useConference } from '../../model/hooks.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { useRoleLabel } from '../scaling/scaleText.ts';
import { firstName } from '../views/viewText.ts';
import { msg, type Msg } from '../../../shared/i18n/messages.ts';
import { T, useT } from '../../i18n/useT.tsx';

function line(c: Comparison, name: string): Msg {
  if (c.majority === 'no_views') return msg('decision.compare.noViews', { name });
  if (c.differsFromMajority) return msg('decision.compare.differs', { name });
  if (c.majority === 'tied') return msg('decision.compare.tied', { name });
  if (c.disagreeing.length === 0) return msg('decision.compare.everyone', { name });
  return msg('decision.compare.most', { name });
}

/**
 * DV1–DV3: how each child's decision compares with the professionals' views, then everyone who
 * sees it differently (once, with the children concerned) and a prompt to record their
 * disagreement. Family views are never passed in.
 */
export function ViewComparison({ onRecordDissent }: { onRecordDissent: (by: string) => void }) {
  const t = useT();
  const roleLabel = useRoleLabel();
  const { conference } = useRoom();
  const perChild = useConference((m) => m.decision.perChild);
  const views = useConference((m) => m.views);
  const dissent = useConference((m) => m.decision.dissent);
  const comparisons = useMemo(() => {
    const professional: ProfessionalView[] = views
      .filter((v) => !v.family)
      .flatMap((v) => v.perChild.map((p) => ({ professionalId: v.id, childId: p.childId, view: p.view as ViewValue })));
    return compareWithViews(perChild, professional);
  }, [perChild, views]);
  const childName = (id: string) => firstName(conference.children.find((c) => c.id === id)?.name ?? id);
  const people = useMemo(() => {
    const byPerson = new Map<string, string[]>();
    for (const c of comparisons) for (const id of c.disagreeing) byPerson.set(id, [...(byPerson.get(id) ?? []), c.childId]);
    return [...byPerson].map(([id, children]) => {
      const v = views.find((x) => x.id === id);
      return { id, name: v?.name ?? id, label: v ? t('decision.compare.person', { name: v.name, role: roleLabel(v.role) }) : id, children };
    });
  }, [comparisons, views, t, roleLabel]);
  if (comparisons.length === 0) return null;
  const recorded = new Set(dissent.map((d) => d.by));
  const attention = people.length > 0 || comparisons.some((c) => c.reasonRequired);

  return (
    <section className={`cr-comparison${attention ? ' cr-comparison--attention' : ''}`} aria-labelledby="comparison-title">
      <h3 className="govuk-heading-s" id="comparison-title">
        {t('decision.compare.title')}
      </h3>
      {comparisons.map((c) => (
        <p className="govuk-body" key={c.childId}>
          {t(line(c, childName(c.childId)))}
        </p>
      ))}
      {people.length > 0 ? (
        <>
          <p className="govuk-body">
            <T id="decision.compare.differently" values={{ b: (chunks) => <strong>{chunks}</strong> }} />
          </p>
          <ul className="cr-comparison__list">
            {people.map((p) => (
              <li key={p.id} className="cr-comparison__item">
                <span>
                  {t('decision.compare.forChildren', { person: p.label, children: p.children.map(childName).join(t('decision.compare.and')) })}
                </span>
                {recorded.has(p.label) ? (
                  <strong className="cr-comparison__done">{t('decision.compare.recorded')}</strong>
                ) : (
                  <button type="button" className="govuk-button govuk-button--secondary cr-button--small" onClick={() => onRecordDissent(p.label)}>
                    {t('decision.compare.recordWhy', { name: p.name })}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
