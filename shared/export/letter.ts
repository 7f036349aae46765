import type { RecordMessages } from './messages.ts';
import type { Block, RecordSource } from './types.ts';
import { isProtectiveOutcome } from '../rules/decision.ts';
import { decisionOf } from './sections.ts';

const due = (src: RecordSource, id: string, msg: RecordMessages) => {
  const d = src.deadlines.find((x) => x.ruleId === id);
  return d ? msg.dueAt(d.due, d.dueTime) : '';
};

/**
 * EX7 — The decision letter to the parents, in the jurisdiction's terms: the decision per child
 * with its category, what it means, the key worker, the core group and review dates, and how to
 * ask for changes and appeal, with the real dates. Built from the shared document only.
 */
export function letterBlocks(src: RecordSource, msg: RecordMessages): Block[] {
  const c = src.conference;
  const d = decisionOf(src.model);
  const L = msg.letter;
  const parents = src.model.attendees.filter((a) => a.role === 'parent').map((a) => a.name);
  const childNames = msg.list(c.children.map((ch) => ch.name));
  const name = (id: string) => c.children.find((ch) => ch.id === id)?.name ?? '';
  const blocks: Block[] = [
    { kind: 'paragraph', text: src.version ? msg.instantDate(src.version.finalisedAt) : msg.draft },
    { kind: 'paragraph', text: L.dear(parents) },
    { kind: 'paragraph', text: L.opening(c.type, c.jurisdiction, msg.date(c.startsAt), childNames) },
    { kind: 'heading', level: 2, text: L.decided },
  ];
  if (!d.perChild.length) blocks.push({ kind: 'paragraph', text: msg.notDecided });
  else {
    blocks.push({ kind: 'table', caption: L.decided, header: msg.decisionHeader, rows: d.perChild.map((x) => [name(x.childId), msg.outcome(c.jurisdiction, c.type, x.outcome), msg.category(c.jurisdiction, x.category)]) });
    if (d.perChild.some((x) => isProtectiveOutcome(x.outcome))) blocks.push({ kind: 'paragraph', text: L.meaning(c.jurisdiction) });
  }
  if (d.rationale) blocks.push({ kind: 'heading', level: 2, text: msg.reasons }, { kind: 'paragraph', text: d.rationale });
  const next: string[] = [];
  if (d.keyWorker) next.push(L.keyWorker(d.keyWorker));
  if (due(src, 'WD2', msg)) next.push(L.coreGroup(due(src, 'WD2', msg)));
  if (due(src, 'WD3', msg)) next.push(L.review(due(src, 'WD3', msg)));
  if (next.length) blocks.push({ kind: 'heading', level: 2, text: msg.dates }, { kind: 'bullets', items: next });
  blocks.push(
    { kind: 'heading', level: 2, text: L.changesHeading },
    { kind: 'paragraph', text: msg.familyNote.changes(due(src, 'WD4', msg)) },
    { kind: 'heading', level: 2, text: L.appealHeading },
    { kind: 'paragraph', text: msg.familyNote.appeal(due(src, 'WD5', msg)) },
    { kind: 'paragraph', text: msg.familyNote.help },
    { kind: 'paragraph', text: L.closing },
    { kind: 'paragraph', text: src.chair || msg.facts.notRecorded, tone: 'strong' },
    { kind: 'paragraph', text: L.chairRole },
  );
  return blocks;
}
