import type { Item } from '../../../shared/schema/item.ts';
import { formatDate } from '../../format.ts';
import { sectionById } from '../../model/steps.ts';
import type { Entry } from './paging.tsx';
import type { SectionId } from '../../../shared/rules/agenda.ts';
import { useAgendaWords } from '../../model/useAgendaWords.ts';

const INCIDENT_LABELS = { first: 'First time', worst: 'Worst time', last: 'Last time' } as const;

/** One item at projector size: the words first, then who said it and any dates, quietly. */
export function ProjectorItem({ item }: { item: Item }) {
  const d = item.details;
  const source = [item.source.name, item.source.agency].filter(Boolean).join(', ');
  const dates = [
    d.incidentKind ? INCIDENT_LABELS[d.incidentKind] : '',
    d.date ? formatDate(d.date) : '',
    d.receivedOn ? `received ${formatDate(d.receivedOn)}` : '',
    d.sharedOn ? `shared with the family ${formatDate(d.sharedOn)}` : '',
  ].filter(Boolean);
  return (
    <div className="cr-proj-item">
      {dates.length ? <p className="cr-proj-item__meta">{dates.join(' · ')}</p> : null}
      <p className="cr-proj-item__text">{item.text}</p>
      {source ? <p className="cr-proj-item__source">{source}</p> : null}
      {d.enteredBy ? <p className="cr-proj-item__source">{d.enteredBy}</p> : null}
    </div>
  );
}

/** Items as projector entries. Restricted items never reach the projector's document; filtered again here all the same. */
export function itemEntries(items: readonly Item[], sections: readonly string[], withHeadings: boolean): Entry[] {
  const out: Entry[] = [];
  for (const s of sections) {
    const list = items.filter((i) => i.section === s && !i.restricted);
    if (withHeadings && list.length) out.push({ key: `h-${s}`, keepWithNext: true, node: <SectionSubheading id={sectionById(s)?.id} fallback={s} /> });
    for (const i of list) out.push({ key: i.id, node: <ProjectorItem item={i} /> });
  }
  return out;
}

function SectionSubheading({ id, fallback }: { id: SectionId | undefined; fallback: string }) {
  const agenda = useAgendaWords();
  return <h3 className="cr-proj-subheading">{id ? agenda.sectionTitle(id) : fallback}</h3>;
}
