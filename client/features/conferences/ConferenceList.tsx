import { useEffect, useState, type ReactNode } from 'react';
import { ApiError } from '../../api.ts';
import { screensApi } from '../../screensApi.ts';
import { Link } from '../../components/Link.tsx';
import { Loading, Page } from '../../components/Page.tsx';
import { Button } from '../../components/govuk/Button.tsx';
import { ErrorMessage } from '../../components/govuk/ErrorMessage.tsx';
import { Tag } from '../../components/govuk/Tag.tsx';
import { londonNow } from '../../format.ts';
import { navigate, paths } from '../../router.ts';
import { useSession } from '../../state/session.ts';
import { T, useFormat, useT } from '../../i18n/useT.tsx';
import { msg, type Msg } from '../../../shared/i18n/messages.ts';
import type { Conference } from '../../../shared/schema/conference.ts';
import { childNames, usePlace } from './place.ts';

/** Upcoming soonest first, then past ones most recent first. */
function ordered(list: readonly Conference[]): Conference[] {
  const now = londonNow();
  const upcoming = list.filter((c) => c.endsAt >= now && c.status === 'open').sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = list.filter((c) => !upcoming.includes(c)).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return [...upcoming, ...past];
}

/** Words for screen readers only: which conference a link is for. */
const hidden = (chunks: ReactNode[]) => <span className="govuk-visually-hidden">{chunks}</span>;

export function ConferenceList() {
  const t = useT();
  const f = useFormat();
  const place = usePlace();
  const session = useSession((s) => s.session);
  const [list, setList] = useState<Conference[] | null>(null);
  const [error, setError] = useState<Msg | null>(null);

  useEffect(() => {
    let live = true;
    screensApi
      .listConferences()
      .then((r) => live && setList(ordered(r.conferences)))
      .catch((e: unknown) => live && setError(e instanceof ApiError ? e.msg : msg('conferences.loadFailed')));
    return () => {
      live = false;
    };
  }, []);

  const canCreate = session?.kind === 'staff' && session.user.role === 'chair';
  return (
    <Page title={t('conferences.title')} wide>
      <h1 className="govuk-heading-l">{t('conferences.title')}</h1>
      {canCreate ? <Button onClick={() => navigate(paths.create())}>{t('conferences.create.title')}</Button> : null}
      {error ? (
        <div role="alert">
          <ErrorMessage id="conferences-error">{t(error)}</ErrorMessage>
        </div>
      ) : null}
      {!list && !error ? <Loading label={t('conferences.loading')} /> : null}
      {list && list.length === 0 ? <p className="govuk-body">{t('conferences.none')}</p> : null}
      {list && list.length > 0 ? (
        <ul className="cr-conference-list" aria-label={t('conferences.listLabel')}>
          {list.map((c) => {
            const names = childNames(c);
            const values = { names, h: hidden };
            const what = { type: t(`conferenceType.${c.type}`), when: f.dateTime(c.startsAt), reference: c.reference, b: (chunks: ReactNode[]) => <strong>{chunks}</strong> };
            return (
              <li key={c.id} className="cr-conference-card">
                <h2 className="govuk-heading-m">
                  <Link href={paths.room(c.id)} className="govuk-link">
                    {names}
                  </Link>
                </h2>
                {/* Two conferences about the same children differ by type, date and the council's reference: say all three first. */}
                <p className="govuk-body cr-conference-card__what">
                  <T id={c.reference ? 'conferences.card.whatWithReference' : 'conferences.card.what'} values={what} />
                </p>
                <p className="govuk-body cr-conference-card__meta">{place(c)}</p>
                <p className="cr-conference-card__actions">
                  {c.status === 'closed' ? <Tag colour="grey">{t('conferences.status.closed')}</Tag> : <Tag colour="blue">{t('conferences.status.open')}</Tag>}
                  <Link href={paths.room(c.id)} className="govuk-link">
                    <T id="conferences.card.room" values={values} />
                  </Link>
                  <Link href={paths.setup(c.id)} className="govuk-link">
                    <T id="conferences.card.setup" values={values} />
                  </Link>
                  <Link href={paths.case(c.caseId)} className="govuk-link">
                    {t('cases.open')}
                    <span className="govuk-visually-hidden"> {t('cases.openFor', { names })}</span>
                  </Link>
                  <Link href={paths.record(c.id)} className="govuk-link">
                    <T id="conferences.card.record" values={values} />
                  </Link>
                </p>
              </li>
            );
          })}
        </ul>
      ) : null}
    </Page>
  );
}
