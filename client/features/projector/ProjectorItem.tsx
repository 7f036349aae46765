import { sourceAgency, type Item } from '../../../shared/schema/item.ts';
import type { Locale } from '../../../shared/i18n/locale.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import { formatDate } from '../../../shared/i18n/format.ts';
import { sectionById } from '../../model/steps.ts';
import type { Entry } from './paging.tsx';
import type { SectionId } from '../../../shared/rules/agenda.ts';
import { useAgendaWords } from '../../model/useAgendaWords.ts';
import { useSharedScreenLocales } from '../../i18n/locale.ts';
import { Both } from '../../i18n/Both.tsx';
import { enteredByWords } from '../../../shared/rules/enteredBy.ts';

/** One item at projector size: the words first, then who said it and any dates, quietly (in each projector language). */
export function ProjectorItem({ item }: { item: Item }) {
  const locales = useSharedScreenLocales();
  const d = item.details;
  const agency = [...new Set(locales.map((l) => sourceAgency(item.source, l)))].join(' / ');
  const source = [item.source.name, agency].filter(Boolean).join(', ');
  const meta = (l: Locale) =>
    [
      d.incidentKind ? translate(l, { id: `incidents.kind.${d.incidentKind}` }) : '',
      d.date ? formatDate(l, d.date) : '',
      d.receivedOn ? translate(l, { id: 'projector.item.received', values: { date: formatDate(l, d.receivedOn) } }) : '',
      d.sharedOn ? translate(l, { id: 'projector.item.shared', values: { date: formatDate(l, d.sharedOn) } }) : '',
    ]
      .filter(Boolean)
      .join(' · ');
  const dates = locales.map(meta).filter(Boolean).join(' / ');
  const child = item.source.name.split(' ')[0] ?? item.source.name;
  const enteredBy = [...new Set(locales.map((l) => enteredByWords(d, child, l)).filter(Boolean))].join(' / ');
  return (
    <div className="cr-proj-item">
      {dates ? <p className="cr-proj-item__meta">{dates}</p> : null}
      <p className="cr-proj-item__text">{item.text}</p>
      {source ? <p className="cr-proj-item__source">{source}</p> : null}
      {enteredBy ? <p className="cr-proj-item__source">{enteredBy}</p> : null}
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
  return <h3 className="cr-proj-subheading">{id ? <Both {...agenda.sectionTitleMsg(id)} /> : fallback}</h3>;
}
