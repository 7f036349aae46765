import { INCIDENT_KINDS, type IncidentKind, type Item } from '../schema/item.ts';

/**
 * IN1 — "What has got us here": the first, worst and last times something worrying happened,
 * each an item with a kind and a date, read as a dated timeline. The chair is told what is still
 * missing, so the three are talked about before the room moves on.
 */

export const INCIDENT_LABELS: Record<IncidentKind, string> = { first: 'First time', worst: 'Worst time', last: 'Last time' };

const KIND_WORDS: Record<IncidentKind, string> = { first: 'the first time', worst: 'the worst time', last: 'the last time' };

export interface TimelineEntry {
  item: Item;
  kind: IncidentKind | null;
  date: string | null;
}

export interface IncidentTimeline {
  /** Oldest first; undated entries after the dated ones, first-worst-last. */
  entries: TimelineEntry[];
  /** IN1: warnings for the chair, in plain words; empty when the three are there and dated in order. */
  warnings: string[];
}

const kindRank = (k: IncidentKind | null) => (k ? INCIDENT_KINDS.indexOf(k) : INCIDENT_KINDS.length);

function listWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

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
  const warnings: string[] = [];
  const missing = INCIDENT_KINDS.filter((k) => !entries.some((e) => e.kind === k));
  if (missing.length) warnings.push(`Not recorded yet: ${listWords(missing.map((k) => KIND_WORDS[k]))}.`);
  const undated = INCIDENT_KINDS.filter((k) => entries.some((e) => e.kind === k) && !entries.some((e) => e.kind === k && e.date));
  if (undated.length) warnings.push(`No date yet for ${listWords(undated.map((k) => KIND_WORDS[k]))}.`);
  const dateOf = (k: IncidentKind) => entries.find((e) => e.kind === k && e.date)?.date ?? null;
  const first = dateOf('first');
  const last = dateOf('last');
  if (first && last && first > last) warnings.push('The first time is dated after the last time. Check the dates.');
  return { entries, warnings };
}
