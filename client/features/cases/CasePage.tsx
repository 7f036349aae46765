import { useEffect, useState } from 'react';
import { ApiError } from '../../api.ts';
import { screensApi } from '../../screensApi.ts';
import { Link } from '../../components/Link.tsx';
import { Loading, Page } from '../../components/Page.tsx';
import { paths } from '../../router.ts';
import { useSession } from '../../state/session.ts';
import { useFormat, useT } from '../../i18n/useT.tsx';
import { msg, type MessageId, type Msg } from '../../../shared/i18n/messages.ts';
import type { CaseConference, CaseView } from '../../../shared/api/cases.ts';
import { categoryOptions, decisionOptions } from '../../../shared/rules/decision.ts';
import { CreateReview } from './CreateReview.tsx';

/**
 * CA2 — A case: every conference about these children that this member of staff is assigned to,
 * oldest first, each with its date, type, decision per child, scaling results and the dates still
 * to come; and, for the chair, the next review made from the latest one.
 */
export function CasePage({ caseId }: { caseId: string }) {
  const t = useT();
  const session = useSession((s) => s.session);
  const [view, setView] = useState<CaseView | null>(null);
  const [error, setError] = useState<Msg | null>(null);

  useEffect(() => {
    let live = true;
    screensApi.caseView(caseId).then((v) => live && setView(v)).catch((e: unknown) => live && setError(e instanceof ApiError ? e.msg : msg('cases.loadFailed')));
    return () => {
      live = false;
    };
  }, [caseId]);

  const names = view ? view.children.map((c) => c.name).join(', ') : '';
  const isChair = session?.kind === 'staff' && session.user.role === 'chair';
  const last = view?.conferences.at(-1) ?? null;
  return (
    <Page title={t('cases.title', { names })} wide>
      <h1 className="govuk-heading-l">{t('cases.title', { names })}</h1>
      {error ? <p className="govuk-error-message">{t(error)}</p> : null}
      {!view && !error ? <Loading label={t('cases.loading')} /> : null}
      {view ? (
        <>
          <p className="govuk-body">{t('cases.intro')}</p>
          <ol className="cr-case-list" aria-label={t('cases.open')}>
            {view.conferences.map((c) => (
              <CaseRow key={c.conference.id} c={c} />
            ))}
          </ol>
          {isChair && last ? <CreateReview previous={last.conference} /> : null}
        </>
      ) : null}
    </Page>
  );
}

/** CA2 — One conference of the case: when and what kind, the decision for each child (and at a review why a plan ended or changed), the scores shown, and the dates still to come. */
function CaseRow({ c }: { c: CaseConference }) {
  const t = useT();
  const f = useFormat();
  const role = (r: string) => t(`role.${r}` as MessageId);
  const j = c.conference.jurisdiction;
  // The server's labels are English; the screen names each outcome and category in the reader's language.
  const outcome = (d: CaseConference['decision'][number]) => {
    const m = decisionOptions(j, c.conference.type).find((o) => o.value === d.outcome)?.label;
    return m ? t(m) : d.outcomeLabel;
  };
  const category = (d: CaseConference['decision'][number]) => {
    const m = d.category ? categoryOptions(j).find((o) => o.value === d.category)?.label : undefined;
    return m ? t(m) : d.categoryLabel;
  };
  return (
    <li className="cr-case-conference" data-testid={`case-${c.conference.id}`}>
      <h2 className="govuk-heading-m">
        <Link href={paths.room(c.conference.id)}>{t('cases.conference', { type: t(`conferences.type.${c.conference.type}`), when: f.dateTime(c.conference.startsAt) })}</Link>
      </h2>
      <p className="govuk-body-s">{c.finalisedVersion ? t('cases.finalised', { version: c.finalisedVersion }) : t('cases.notFinalised')}</p>
      <h3 className="govuk-heading-s">{t('cases.decision')}</h3>
      {c.decision.length === 0 ? <p className="govuk-body">{t('cases.noDecision')}</p> : (
        <ul className="govuk-list">
          {c.decision.map((d) => (
            <li key={d.childId}>
              {[t('cases.decisionLine', { child: d.childName, outcome: outcome(d) }), category(d) ? t('cases.decisionCategory', { category: category(d) ?? '' }) : ''].filter(Boolean).join(' · ')}
              {d.reason ? <span className="cr-case-reason">{t('cases.decisionReason', { reason: d.reason })}</span> : null}
            </li>
          ))}
        </ul>
      )}
      <h3 className="govuk-heading-s">{t('cases.scaling')}</h3>
      {c.scaling.length === 0 ? <p className="govuk-body">{t('cases.noScaling')}</p> : c.scaling.map((s, i) => (
        <div key={i} className="cr-case-round">
          <p className="govuk-body">
            <strong>{s.question}</strong>
            <br />
            <span className="govuk-body-s">{t(`scale.direction.${s.direction}`)}</span>
          </p>
          <p className="govuk-body">{t('cases.scores', { scores: s.results.map((r) => t('cases.scoreOf', { name: r.name, role: role(r.role), score: r.score })).join(', ') })}</p>
          <p className="govuk-body">
            {t('cases.medians', {
              family: s.medians.family === null ? t('review.trend.none') : f.number(s.medians.family),
              professionals: s.medians.professional === null ? t('review.trend.none') : f.number(s.medians.professional),
            })}
          </p>
        </div>
      ))}
      <h3 className="govuk-heading-s">{t('cases.deadlines')}</h3>
      {c.openDeadlines.length === 0 ? <p className="govuk-body">{t('cases.noDeadlines')}</p> : (
        <ul className="govuk-list">
          {c.openDeadlines.map((d) => (
            <li key={d.ruleId}>{t('cases.deadlineLine', { label: t(`export.deadline.label.${d.ruleId}`), due: f.dayDate(d.due) })}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
