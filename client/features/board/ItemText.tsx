import { sourceAgency, type Item } from '../../../shared/schema/item.ts';
import { incidentKindId } from '../../../shared/rules/incidentKinds.ts';
import { RestrictedTag } from '../../components/Tag.tsx';
import { T, useCurrentLocale, useFormat, useT } from '../../i18n/useT.tsx';
import { enteredByWords } from '../../../shared/rules/enteredBy.ts';
import { Suspense, lazy } from 'react';

// Report timing needs the bank-holiday library: loaded only when a report has a share date.
const ReportTiming = lazy(() => import('./ReportTiming.tsx').then((m) => ({ default: m.ReportTiming })));

/** An item as everyone reads it: the words, who said it, its dates, and the lock if restricted. */
export function ItemText({ item }: { item: Item }) {
  const t = useT();
  const f = useFormat();
  const locale = useCurrentLocale();
  const d = item.details;
  const enteredBy = enteredByWords(d, item.source.name.split(' ')[0] ?? item.source.name, locale);
  const source = [item.source.name, sourceAgency(item.source, locale)].filter(Boolean).join(', ');
  return (
    <>
      {item.restricted ? <RestrictedTag /> : null}
      {d.incidentKind || d.date ? (
        <p className="cr-item__meta">
          {d.incidentKind && d.date
            ? <T id="board.incidentWhen" values={{ kind: t(incidentKindId(d.incidentKind)), date: f.date(d.date), b: (chunks) => <strong>{chunks}</strong> }} />
            : d.incidentKind
              ? <strong>{t(incidentKindId(d.incidentKind))}</strong>
              : f.date(d.date)}
        </p>
      ) : null}
      <p className="cr-item__text">{item.text}</p>
      {enteredBy ? <p className="cr-item__meta">{enteredBy}</p> : null}
      {source ? <p className="cr-item__source">{source}</p> : null}
      {d.receivedOn || d.sharedOn ? (
        <p className="cr-item__meta">
          {t('board.report.dates', {
            received: d.receivedOn ? 'yes' : 'no',
            receivedOn: d.receivedOn ? f.date(d.receivedOn) : '',
            shared: d.sharedOn ? 'yes' : 'no',
            sharedOn: d.sharedOn ? f.date(d.sharedOn) : '',
          })}
        </p>
      ) : null}
      {d.sharedOn ? (
        <Suspense fallback={null}>
          <ReportTiming sharedOn={d.sharedOn} />
        </Suspense>
      ) : null}
    </>
  );
}
