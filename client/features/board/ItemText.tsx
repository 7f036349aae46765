import type { Item } from '../../../shared/schema/item.ts';
import { RestrictedTag } from '../../components/Tag.tsx';
import { formatDate } from '../../format.ts';
import { Suspense, lazy } from 'react';

// Report timing needs the bank-holiday library: loaded only when a report has a share date.
const ReportTiming = lazy(() => import('./ReportTiming.tsx').then((m) => ({ default: m.ReportTiming })));

const INCIDENT_LABELS = { first: 'First time', worst: 'Worst time', last: 'Last time' } as const;

/** An item as everyone reads it: the words, who said it, its dates, and the lock if restricted. */
export function ItemText({ item }: { item: Item }) {
  const d = item.details;
  const source = [item.source.name, item.source.agency].filter(Boolean).join(', ');
  return (
    <>
      {item.restricted ? <RestrictedTag /> : null}
      {d.incidentKind || d.date ? (
        <p className="cr-item__meta">
          {d.incidentKind ? <strong>{INCIDENT_LABELS[d.incidentKind]}</strong> : null}
          {d.incidentKind && d.date ? ' · ' : null}
          {d.date ? formatDate(d.date) : null}
        </p>
      ) : null}
      <p className="cr-item__text">{item.text}</p>
      {d.enteredBy ? <p className="cr-item__meta">{d.enteredBy}</p> : null}
      {source ? <p className="cr-item__source">{source}</p> : null}
      {d.receivedOn || d.sharedOn ? (
        <p className="cr-item__meta">
          {d.receivedOn ? `Received ${formatDate(d.receivedOn)}` : 'Not yet received'}
          {' · '}
          {d.sharedOn ? `Shared with the family ${formatDate(d.sharedOn)}` : 'Not yet shared with the family'}
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
