import { useMemo } from 'react';
import { compareWithViews, type ProfessionalView, type ViewComparison as Comparison, type ViewValue } from '../../../shared/rules/decision.ts';
import { useConference } from '../../model/hooks.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { roleLabel } from '../scaling/scaleText.ts';
import { firstName } from '../views/viewText.ts';

function line(c: Comparison, name: string): string {
  if (c.majority === 'no_views') return `No professional has given a view for ${name} yet.`;
  if (c.differsFromMajority) return `The decision for ${name} is different from what most professionals think. Say why in the reasons.`;
  if (c.majority === 'tied') return `The professionals’ views for ${name} are evenly split. Say why in the reasons.`;
  if (c.disagreeing.length === 0) return `The decision for ${name} is what every professional who gave a view thinks.`;
  return `The decision for ${name} is what most professionals think.`;
}

/**
 * DV1–DV3: how each child's decision compares with the professionals' views, then everyone who
 * sees it differently (once, with the children concerned) and a prompt to record their
 * disagreement. Family views are never passed in.
 */
export function ViewComparison({ onRecordDissent }: { onRecordDissent: (by: string) => void }) {
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
  const childName = (id: string) => firstName(conference.children.find((c) => c.id === id)?.name ?? 'this child');
  const people = useMemo(() => {
    const byPerson = new Map<string, string[]>();
    for (const c of comparisons) for (const id of c.disagreeing) byPerson.set(id, [...(byPerson.get(id) ?? []), c.childId]);
    return [...byPerson].map(([id, children]) => {
      const v = views.find((x) => x.id === id);
      return { id, name: v?.name ?? id, label: v ? `${v.name}, ${roleLabel(v.role)}` : id, children };
    });
  }, [comparisons, views]);
  if (comparisons.length === 0) return null;
  const recorded = new Set(dissent.map((d) => d.by));
  const attention = people.length > 0 || comparisons.some((c) => c.reasonRequired);

  return (
    <section className={`cr-comparison${attention ? ' cr-comparison--attention' : ''}`} aria-labelledby="comparison-title">
      <h3 className="cr-heading-s" id="comparison-title">
        The decision and the professionals’ views
      </h3>
      {comparisons.map((c) => (
        <p className="cr-body" key={c.childId}>
          {line(c, childName(c.childId))}
        </p>
      ))}
      {people.length > 0 ? (
        <>
          <p className="cr-body">
            <strong>Sees it differently:</strong> record each disagreement and the reasons.
          </p>
          <ul className="cr-comparison__list">
            {people.map((p) => (
              <li key={p.id} className="cr-comparison__item">
                <span>
                  {p.label} (for {p.children.map(childName).join(' and ')})
                </span>
                {recorded.has(p.label) ? (
                  <strong className="cr-comparison__done">Recorded</strong>
                ) : (
                  <button type="button" className="cr-button cr-button--secondary cr-button--small" onClick={() => onRecordDissent(p.label)}>
                    Record why {p.name} disagrees
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
