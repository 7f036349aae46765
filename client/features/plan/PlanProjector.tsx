import { useMemo } from 'react';
import { formatByWhen } from '../../format.ts';
import { useConference } from '../../model/hooks.ts';
import { PagedColumn, type Entry } from '../projector/paging.tsx';
import { useWorryNumbers, worriesText } from './planText.ts';

/** Step 12 on the projector: the actions, numbered, each whole on a page; beside them what happens if things do not get better. */
export function PlanProjector() {
  const actions = useConference((m) => m.actions);
  const contingency = useConference((m) => m.contingency);
  const worries = useWorryNumbers();
  const entries = useMemo(
    (): Entry[] =>
      actions.map((a, i) => {
        const facts = [
          a.who ? `Who: ${a.who}` : '',
          a.by ? `By: ${formatByWhen(a.by)}` : '',
          worriesText(a, worries) ? `For ${worriesText(a, worries).toLowerCase()}` : '',
        ].filter(Boolean);
        return {
          key: a.id,
          node: (
            <div className="cr-proj-action">
              <p className="cr-proj-action__what">
                <span className="cr-proj-action__n">{i + 1}.</span>
                {a.what}
              </p>
              {facts.length ? <p className="cr-proj-action__fact">{facts.join(' · ')}</p> : null}
              {a.howWeKnow ? <p className="cr-proj-action__fact">How we will know: {a.howWeKnow}</p> : null}
            </div>
          ),
        };
      }),
    [actions, worries],
  );
  // Each entry pages whole: "if this happens" above "what we will do".
  const ifNot = useMemo(
    (): Entry[] =>
      contingency.map((c) => ({
        key: c.id,
        node: (
          <div className="cr-proj-action">
            <p className="cr-proj-pair__label">If this happens</p>
            <p className="cr-proj-item__text">{c.mightHappen || '—'}</p>
            <p className="cr-proj-pair__label">What we will do</p>
            <p className="cr-proj-item__text">{c.weWill || '—'}</p>
          </div>
        ),
      })),
    [contingency],
  );
  return (
    <div className="cr-proj-columns cr-proj-columns--plan">
      <section className="cr-proj-column" aria-label="What needs to happen">
        <h2 className="cr-proj-column__title">What needs to happen</h2>
        <PagedColumn pagerKey="actions" entries={entries} empty="We will agree this together now." />
      </section>
      <section className="cr-proj-column" aria-label="If things do not get better">
        <h2 className="cr-proj-column__title">If things do not get better</h2>
        <PagedColumn pagerKey="contingency" entries={ifNot} empty="Not written yet." />
      </section>
    </div>
  );
}

