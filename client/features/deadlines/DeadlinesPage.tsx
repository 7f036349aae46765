import { useEffect, useState } from 'react';
import { Table } from '../../components/govuk/Table.tsx';
import { ApiError } from '../../api.ts';
import { screensApi } from '../../screensApi.ts';
import { Link } from '../../components/Link.tsx';
import { Loading, Page } from '../../components/Page.tsx';
import { Tag, type TagColour } from '../../components/Tag.tsx';
import { useFormat, useT } from '../../i18n/useT.tsx';
import { paths } from '../../router.ts';
import type { DashboardRow } from '../../../shared/api/record.ts';
import type { Msg } from '../../../shared/i18n/messages.ts';

const STATE_COLOUR: Record<DashboardRow['summaryDue']['state'], TagColour> = { overdue: 'yellow', today: 'blue', upcoming: 'grey', done: 'green' };

/** DB1 — The deadlines dashboard: overdue and due today first, from the server's own dates. */
export function DeadlinesPage() {
  const t = useT();
  const f = useFormat();
  const [rows, setRows] = useState<DashboardRow[] | null>(null);
  const [error, setError] = useState<Msg | null>(null);
  useEffect(() => {
    screensApi.getDashboard().then((r) => setRows(r.conferences), (e: unknown) => setError(e instanceof ApiError ? e.msg : { id: 'deadlines.loadFailed' }));
  }, []);
  const dueAt = (date: string, time: string | null) => (time ? t('export.dueAt', { date: f.dayDate(date), time: f.clock(time) }) : f.dayDate(date));
  return (
    <Page title={t('deadlines.title')} wide>
      <h1 className="govuk-heading-l">{t('deadlines.title')}</h1>
      <p className="govuk-body">{t('deadlines.intro')}</p>
      {error ? <p className="govuk-error-message">{t(error)}</p> : null}
      {!rows && !error ? <Loading /> : null}
      {rows && rows.length === 0 ? <p className="govuk-body">{t('deadlines.none')}</p> : null}
      {rows && rows.length ? (
        <Table
          caption={t('deadlines.caption')}
          captionSize="m"
          head={(['children', 'summary', 'issued', 'waiting', 'coreGroup', 'review'] as const).map((k) => ({ key: k, content: t(`deadlines.header.${k}`) }))}
          rows={rows.map((r) => ({
            key: r.id,
            cells: [
              <>
                <Link href={paths.record(r.id)}>{r.children.join(', ')}</Link>
                <br />
                <span className="govuk-hint">
                  {r.latestVersion ? t('deadlines.conferenceVersion', { date: f.date(r.startsAt), version: r.latestVersion }) : t('deadlines.conferenceDraft', { date: f.date(r.startsAt) })}
                </span>
              </>,
              <>
                <Tag colour={STATE_COLOUR[r.summaryDue.state]}>{t(`deadlines.state.${r.summaryDue.state}`)}</Tag> {dueAt(r.summaryDue.date, r.summaryDue.time)}
              </>,
              <>
                {r.issued.length ? r.issued.map((i) => (i.firstDownloadAt ? t('deadlines.opened', { name: i.name }) : i.name)).join(', ') : t('deadlines.nobody')}
                {r.notIssued.length && r.issued.length ? <><br /><span className="govuk-hint">{t('deadlines.notYet', { names: r.notIssued.join(', ') })}</span></> : null}
              </>,
              r.amendmentsWaiting ? <Tag colour="blue">{t('deadlines.waiting', { count: r.amendmentsWaiting })}</Tag> : t('deadlines.noneWaiting'),
              r.coreGroupBy ? f.dayDate(r.coreGroupBy) : '',
              r.reviewBy ? f.dayDate(r.reviewBy) : t('deadlines.noReview'),
            ],
          }))}
        />
      ) : null}
    </Page>
  );
}
