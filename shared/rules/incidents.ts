import { INCIDENT_KINDS, type IncidentKind, type Item } from '../schema/item.ts';
import { msg, type Msg } from '../i18n/messages.ts';

/**
 * IN1 — "What has got us here": the first, worst and last times something worrying happened,
 * each an item with a kind and a date, read as a dated timeline. The chair is told what is still
 * missing, so the three are talked about before the room moves on.
 */

export interface TimelineEntry {
  item: Item;
  kind: IncidentKind | null;
  date: string | null;
}

export interface IncidentTimeline {
  /** Oldest first; undated entries after the dated ones, first-worst-last. */
  entries: TimelineEntry[];
  /** IN1: warnings for the chair, in plain words; empty when the three are there and dated in order. */
  warnings: Msg[];
}

const kindRank = (k: IncidentKind | null) => (k ? INCIDENT_KINDS.indexOf(k) : INCIDENT_KINDS.length);

/** The kinds a warning names, as one select value ("worst_last"): each language words the whole list itself. */
const kindsKey = (kinds: readonly IncidentKind[]): string => kinds.join('_');

/** IN1: the incidents of a conference (items in the "incidents" section) as a timeline with its warnings. */
export function incidentTimeline(items: readonly Item[]): IncidentTimeline {
  const entries = items
    .filter((i) => i.section === 'incidents')
    .map((item) => ({ item, kind: item.details.incidentKind ?? null, date: item.details.date ?? null }))
    .sort((a, b) => {
      if (a.date && b.date) return a.date.localeCompare(b.date) || kindRank(a.kind) - kindRank(b.kind);
      if (a.date || b.date) return a.date ? -1 : 1;
      return kindRank(a.kind) - kindRank(b.kind);
    });
  const warnings: Msg[] = [];
  const missing = INCIDENT_KINDS.filter((k) => !entries.some((e) => e.kind === k));
  if (missing.length) warnings.push(msg('incidents.warning.missing', { kinds: kindsKey(missing) }));
  const undated = INCIDENT_KINDS.filter((k) => entries.some((e) => e.kind === k) && !entries.some((e) => e.kind === k && e.date));
  if (undated.length) warnings.push(msg('incidents.warning.undated', { kinds: kindsKey(undated) }));
  const dateOf = (k: IncidentKind) => entries.find((e) => e.kind === k && e.date)?.date ?? null;
  const first = dateOf('first');
  const last = dateOf('last');
  if (first && last && first > last) warnings.push(msg('incidents.warning.order'));
  return { entries, warnings };
}
