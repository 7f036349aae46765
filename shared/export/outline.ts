import type { Deadline, DeadlineRuleId } from '../rules/deadlines.ts';
import { recordMessages, type RecordMessages } from './messages.ts';
import type { ConferenceLanguage } from '../i18n/locale.ts';
import * as s from './sections.ts';
import { letterBlocks } from './letter.ts';
import type { Block, DocumentOutline, Edition, RecordSource } from './types.ts';

/** The summary's sections in agenda order (EX1), then the plan, the dates and the change log. */
const SUMMARY = [
  s.versionLine, s.aboutConference, s.sinceLast, s.attendance, s.reports,
  s.boardStep('network'), s.genogram, s.boardStep('history'), s.boardStep('worries'), s.boardStep('working_well'), s.boardStep('not_clear'),
  s.dangers, s.scaling, s.boardStep('child_views'), s.boardStep('family_views'), s.views, s.decision, s.plan, s.contingency,
  s.dates, s.changeLog, s.fingerprint,
];

/** A deadline's date as the documents print it, or '' when the rule does not apply (e.g. no review after the plan ends). */
export function dueText(deadlines: readonly Deadline[], id: DeadlineRuleId, msg: RecordMessages): string {
  const d = deadlines.find((x) => x.ruleId === id);
  return d ? msg.dueAt(d.due, d.dueTime) : '';
}

/** EX2 — The family's opening note: what the document is and their rights, with the real dates. */
function familyNote(src: RecordSource, msg: RecordMessages): Block[] {
  const c = src.conference;
  const n = msg.familyNote;
  return [
    { kind: 'heading', level: 2, text: n.heading },
    { kind: 'paragraph', text: n.what(c.type, c.jurisdiction, msg.date(c.startsAt)) },
    { kind: 'paragraph', text: n.changes(dueText(src.deadlines, 'WD4', msg)) },
    { kind: 'paragraph', text: n.appeal(dueText(src.deadlines, 'WD5', msg)) },
    { kind: 'paragraph', text: n.help },
  ];
}

/** One document in one language. */
function outlineIn(edition: Edition, src: RecordSource, msg: RecordMessages): DocumentOutline {
  const c = src.conference;
  const title = msg.titles[edition];
  const heading: Block = { kind: 'heading', level: 1, text: title };
  const body: Block[] = edition === 'letter'
    ? letterBlocks(src, msg)
    : [...(edition === 'family' ? familyNote(src, msg) : []), ...SUMMARY.flatMap((section) => section(src, msg))];
  const version = src.version ? `v${src.version.number}` : msg.t('export.fileName.draft');
  return {
    edition,
    language: msg.locale,
    title,
    marking: msg.marking,
    children: c.children.map((ch) => ch.name).join(', '),
    pageLabels: [msg.page],
    fileName: `${msg.fileNames[edition]}-${c.startsAt.slice(0, 10)}-${version}.docx`,
    blocks: s.withoutEmptyHeadings([heading, ...body]).map((b) => ({ ...b, lang: msg.locale })),
  };
}

/**
 * EX1 — A document of the record as an outline: pure, so it can be read as text in tests, shown
 * as HTML in the note taker's preview and written as .docx, all from the same blocks.
 * The family copy and the letter refuse a professional model: they are built from the shared
 * document only, so they cannot hold anything restricted (EX2).
 * EX6 — In English, Welsh, or both: a bilingual document is the whole Welsh document, then the
 * whole English one from a new page, under one bilingual marking and page number (docs/document.md).
 */
export function buildOutline(edition: Edition, src: RecordSource, language: ConferenceLanguage = 'en'): DocumentOutline {
  if (edition !== 'full' && src.model.professional) {
    throw new Error('EX2: the family copy and the letter are built from the shared document only');
  }
  if (language !== 'cy-en') return outlineIn(edition, src, recordMessages(language));
  const [cy, en] = [outlineIn(edition, src, recordMessages('cy')), outlineIn(edition, src, recordMessages('en'))];
  return {
    ...cy,
    language,
    title: `${cy.title} / ${en.title}`,
    marking: `${cy.marking} / ${en.marking}`,
    pageLabels: [...cy.pageLabels, ...en.pageLabels],
    blocks: [...cy.blocks, { kind: 'pageBreak', lang: 'en' }, ...en.blocks],
  };
}

/** The outline as plain text, one block per paragraph: for tests and for reading a version at a glance. */
export function outlineText(o: DocumentOutline): string {
  const lines: string[] = [o.marking, o.children];
  for (const b of o.blocks) {
    switch (b.kind) {
      case 'heading': lines.push(`${'#'.repeat(b.level)} ${b.text}`); break;
      case 'paragraph': lines.push(b.text); break;
      case 'bullets': lines.push(...b.items.map((i) => `- ${i}`)); break;
      case 'facts': lines.push(...b.rows.map(([k, v]) => `${k}: ${v}`)); break;
      case 'table': lines.push(b.header.join(' | '), ...b.rows.map((r) => r.join(' | '))); break;
      case 'picture': lines.push(`[${b.alt}]`); break;
      case 'pageBreak': lines.push('---'); break;
    }
  }
  return lines.join('\n');
}
