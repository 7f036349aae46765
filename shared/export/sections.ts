import { AGENDA, type SectionId } from '../rules/agenda.ts';
import { isReportLate } from '../rules/reports.ts';
import { conferenceLocalDate } from '../rules/workingDays.ts';
import { median } from '../rules/scaling.ts';
import { scaleForReader } from '../rules/scaleWords.ts';
import { sourceAgency, type Item } from '../schema/item.ts';
import { triggerText } from '../schema/contingency.ts';
import type { ScalingRound } from '../schema/project.ts';
import { dotPlotSvg } from './dotPlot.ts';
import { genogramSvg } from '../genogram/svg.ts';
import { buildTrend, todaysRound } from '../rules/trend.ts';
import { trendChartSvg, trendSentences } from './trendChart.ts';
import type { RecordMessages } from './messages.ts';
import type { Block, RecordSource } from './types.ts';

/**
 * The sections of the summary, each a pure function of the record. A section with nothing to
 * say returns no blocks, so no document has an empty heading (EX3).
 */
type Section = (src: RecordSource, msg: RecordMessages) => Block[];

const h = (level: 1 | 2 | 3, text: string): Block => ({ kind: 'heading', level, text });
/** In the full record, what the family did not see is marked so (RS1); the family copy never holds any. */
const mark = (e: { restricted: boolean }, text: string, msg: RecordMessages) => (e.restricted ? msg.restricted(text) : text);
const p = (text: string, tone?: 'strong' | 'quiet'): Block => ({ kind: 'paragraph', text, ...(tone ? { tone } : {}) });

/** Headings followed by nothing of their own (before a heading of the same or a higher level) are dropped. */
export function withoutEmptyHeadings(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'heading') {
      let j = i + 1;
      let hasContent = false;
      for (; j < blocks.length; j++) {
        const n = blocks[j]!;
        if (n.kind === 'heading' && n.level <= b.level) break;
        if (n.kind !== 'heading') { hasContent = true; break; }
      }
      if (!hasContent) continue;
    }
    out.push(b);
  }
  return out;
}

export const versionLine: Section = (src, msg) => [
  p(src.version ? msg.version(src.version.number, src.version.finalisedAt, src.version.finalisedBy) : msg.draft, 'strong'),
];

export const aboutConference: Section = ({ conference: c, chair, noteTaker }, msg) => [
  h(2, msg.about),
  {
    kind: 'facts',
    rows: [
      [msg.facts.type, msg.conferenceName(c.type, c.jurisdiction)],
      [msg.facts.when, msg.dateTime(c.startsAt)],
      [msg.facts.where, c.online ? (c.venue && c.venue !== 'Online' ? msg.onlineAt(c.venue) : msg.facts.online) : c.venue],
      [msg.facts.nation, msg.nation(c.jurisdiction)],
      [msg.facts.chair, chair || msg.facts.notRecorded],
      [msg.facts.noteTaker, noteTaker || msg.facts.notRecorded],
    ],
  },
  h(3, msg.children),
  { kind: 'table', caption: msg.children, header: msg.childHeader, rows: c.children.map((ch) => [ch.name, ch.dateOfBirth ? msg.date(ch.dateOfBirth) : msg.notKnown]) },
];

export const attendance: Section = ({ model }, msg) => {
  const people = model.attendees.filter((a) => a.role !== 'projector');
  if (!people.length) return [];
  const by = (kind: string) => people.filter((a) => a.attendance === kind).map((a) => msg.said(a.name, a.agency));
  const apologies = by('apologies');
  const reportOnly = by('report_only');
  // A language column only when someone needs one: who needed an interpreter, and whether one was booked.
  const languages = people.some((a) => a.languageNeeded);
  const row = (a: (typeof people)[number]) => [a.name, msg.role(a.role), a.agency, msg.attendanceLabel(a.attendance),
    ...(languages ? [a.languageNeeded ? msg.languageNeeded(a.languageNeeded, a.interpreterBooked) : ''] : [])];
  return [
    h(2, msg.attendance),
    { kind: 'table', caption: msg.attendance, header: languages ? msg.attendanceHeaderWithLanguage : msg.attendanceHeader, rows: people.map(row) },
    ...(apologies.length ? [h(3, msg.apologies), { kind: 'bullets', items: apologies } as Block] : []),
    ...(reportOnly.length ? [h(3, msg.reportOnly), { kind: 'bullets', items: reportOnly } as Block] : []),
  ];
};

function reportRow(item: Item, src: RecordSource, msg: RecordMessages): string[] {
  const { details } = item;
  let shared = details.sharedOn ? msg.date(details.sharedOn) : msg.notShared;
  if (details.sharedOn) {
    const c = src.conference;
    const timing = isReportLate(details.sharedOn, conferenceLocalDate(c.startsAt), c.type, c.jurisdiction, src.reportPolicy);
    if (timing.late) shared = msg.reportLate(shared, timing.latest);
  }
  return [item.text, msg.said(item.source.name, sourceAgency(item.source, msg.locale)), details.receivedOn ? msg.date(details.receivedOn) : '', shared];
}

export const reports: Section = (src, msg) => {
  const items = src.model.items.filter((i) => i.section === 'reports');
  if (!items.length) return [];
  return [h(2, msg.reports), { kind: 'table', caption: msg.reports, header: msg.reportsHeader, rows: items.map((i) => reportRow(i, src, msg)) }];
};

const INCIDENT_ORDER = ['first', 'worst', 'last'];

function sectionBlocks(section: SectionId, items: readonly Item[], msg: RecordMessages, children: number): Block[] {
  if (!items.length) return [];
  if (section === 'incidents') {
    const sorted = [...items].sort((a, b) =>
      (INCIDENT_ORDER.indexOf(a.details.incidentKind ?? '') + 4) % 4 - (INCIDENT_ORDER.indexOf(b.details.incidentKind ?? '') + 4) % 4);
    return [{
      kind: 'table', caption: msg.section(section, children), header: msg.incidentsHeader,
      rows: sorted.map((i) => [msg.incidentKind(i.details.incidentKind ?? ''), i.details.date ? msg.date(i.details.date) : '', mark(i, i.text, msg), msg.said(i.source.name, sourceAgency(i.source, msg.locale))]),
    }];
  }
  return [{ kind: 'table', caption: msg.section(section, children), header: msg.itemHeader, rows: items.map((i) => [mark(i, i.text, msg), msg.saidBy(i)]) }];
}

/** One agenda step's board sections, in agenda order (EX1): a step heading, then a heading per section. */
export function boardStep(stepId: string): Section {
  return ({ model, conference }, msg) => {
    const step = AGENDA.find((s) => s.id === stepId);
    if (!step) return [];
    const blocks: Block[] = [h(2, msg.step(step.id, conference.children.length))];
    for (const section of step.sections) {
      const items = model.items.filter((i) => i.section === section);
      if (!items.length) continue;
      // A step with one section needs no second heading.
      if (step.sections.length > 1) blocks.push(h(3, msg.section(section, conference.children.length)));
      blocks.push(...sectionBlocks(section, items, msg, conference.children.length));
    }
    return blocks;
  };
}

export const dangers: Section = ({ model }, msg) => {
  if (!model.dangers.length) return [];
  return [
    h(2, msg.dangers),
    ...model.dangers.flatMap((d, i) => [h(3, msg.dangerStatement(i + 1)), p(mark(d, d.statement, msg)), h(3, msg.safetyGoal(i + 1)), p(d.goal)]),
  ];
};

function roundBlocks(asked: ScalingRound, msg: RecordMessages): Block[] {
  // The standard question in the document's language, whichever language it was asked in (SC10).
  const round = scaleForReader(asked, msg.locale);
  const blocks: Block[] = [
    h(3, round.question),
    {
      kind: 'facts',
      rows: [
        [msg.scale0, round.anchor0],
        [msg.scale10, round.anchor10],
        [msg.directionLabel, msg.direction(round.direction)],
        [msg.escalation, round.escalateAtOrBelow === null ? msg.noEscalation : msg.escalationAt(round.escalateAtOrBelow)],
      ],
    },
  ];
  if (round.status !== 'revealed') return [...blocks, p(msg.notRevealed, 'quiet')];
  const fam = round.results.filter((r) => r.group === 'family').map((r) => r.score);
  const pro = round.results.filter((r) => r.group === 'professional').map((r) => r.score);
  const plot = dotPlotSvg(round, msg.locale);
  return [
    ...blocks,
    { kind: 'table', caption: round.question, header: msg.scoresHeader, rows: round.results.map((r) => [r.name, msg.role(r.role), String(r.score), r.onBehalf ? msg.onBehalf(r.reason) : r.reason]) },
    { kind: 'picture', id: 'dot_plot', svg: plot.svg, width: plot.width, height: plot.height, alt: msg.dotPlotAlt(round.question, fam, pro) },
    { kind: 'bullets', items: [msg.median(msg.family, median(fam)), msg.median(msg.professionals, median(pro))] },
  ];
}

/** TR5 — At a review, the trend chart (the one the room saw) and its numbers as a table. */
function trendBlocks({ model, conference }: RecordSource, msg: RecordMessages): Block[] {
  if (!model.previous?.trend.length) return [];
  const trend = buildTrend(model.previous.trend, todaysRound(model.rounds, model.currentRoundId, conference.startsAt));
  if (!trend.people.length) return [];
  const chart = (by: 'person' | 'role'): Block => {
    const c = trendChartSvg(trend, msg.trendLabels, by);
    return { kind: 'picture', id: 'trend', svg: c.svg, width: c.width, height: c.height, alt: msg.trendAlt(trendSentences(trend, msg.trendLabels, by)) };
  };
  const cell = (n: number | null) => (n === null ? msg.noScore : String(n));
  return [
    h(3, msg.trend), p(msg.trendIntro), chart('person'),
    { kind: 'table', caption: msg.trend, header: msg.trendHeader(trend.columns), rows: trend.people.map((l) => [l.name, msg.role(l.role), ...l.scores.map(cell)]) },
    h(3, msg.trendByRole), chart('role'),
  ];
}

export const scaling: Section = (src, msg) => {
  const trend = trendBlocks(src, msg);
  if (!src.model.rounds.length && !trend.length) return [];
  return [h(2, msg.scaling), ...trend, ...src.model.rounds.flatMap((r) => roundBlocks(r, msg))];
};

/** RV1/RV3 — At a review: last time's decision for each child, and how each action of last time's plan has gone. */
export const sinceLast: Section = ({ model, conference: c }, msg) => {
  const prev = model.previous;
  if (!prev) return [];
  const blocks: Block[] = [h(2, msg.sinceLast)];
  const name = (id: string) => c.children.find((ch) => ch.id === id)?.name ?? '';
  if (prev.decision?.perChild.length) {
    blocks.push(h(3, msg.lastDecision(prev.startsAt)), {
      kind: 'table', caption: msg.lastDecision(prev.startsAt), header: msg.decisionHeader,
      rows: prev.decision.perChild.map((x) => [name(x.childId), msg.outcome(c.jurisdiction, prev.type, x.outcome), msg.category(c.jurisdiction, x.category)]),
    });
  }
  const carried = model.actions.filter((a) => a.carried);
  if (carried.length) {
    blocks.push(h(3, msg.progress), {
      kind: 'table', caption: msg.progress, header: msg.progressHeader, widths: [6, 44, 16, 34],
      rows: carried.map((a, i) => [String(i + 1), mark(a, a.what, msg), msg.progressLabel(a.progress), a.progressNote]),
    });
  }
  return blocks;
};

export const views: Section = ({ model, conference: c }, msg) => {
  if (!model.views.length) return [];
  // One "view" cell naming each child keeps the table to five columns, however many children there are.
  const row = (v: RecordSource['model']['views'][number]) => [
    v.name, msg.role(v.role),
    c.children.map((ch) => {
      const x = v.perChild.find((y) => y.childId === ch.id);
      return msg.viewCell(ch.name, msg.viewLabel(c.jurisdiction, x?.view ?? ''), x?.category ? msg.category(c.jurisdiction, x.category) : null);
    }).join('\n'),
    v.onBehalf ? msg.onBehalf(v.reason) : v.reason,
  ];
  const pro = model.views.filter((v) => !v.family);
  const fam = model.views.filter((v) => v.family);
  return [
    h(2, msg.views),
    ...(pro.length ? [h(3, msg.professionalViews), { kind: 'table', caption: msg.professionalViews, header: msg.viewsHeader, rows: pro.map(row) } as Block] : []),
    ...(fam.length ? [h(3, msg.familyViews), { kind: 'table', caption: msg.familyViews, header: msg.viewsHeader, rows: fam.map(row) } as Block] : []),
  ];
};

/** DE6 — The decision as recorded in the meeting; a draft only when it was never recorded. */
export const decisionOf = (model: RecordSource['model']) => model.decision.recorded ?? model.decision;

export const decision: Section = ({ model, conference: c }, msg) => {
  const d = decisionOf(model);
  const blocks: Block[] = [h(2, msg.decision)];
  if (!d.perChild.length) return [...blocks, p(msg.notDecided)];
  const name = (id: string) => c.children.find((ch) => ch.id === id)?.name ?? '';
  blocks.push({ kind: 'table', caption: msg.decision, header: msg.decisionHeader, rows: d.perChild.map((x) => [name(x.childId), msg.outcome(c.jurisdiction, c.type, x.outcome), msg.category(c.jurisdiction, x.category)]) });
  const childReasons = d.perChild.filter((x) => x.reason);
  if (childReasons.length) blocks.push(h(3, msg.childReasons), { kind: 'bullets', items: childReasons.map((x) => `${name(x.childId)}: ${x.reason}`) });
  if (d.rationale) blocks.push(h(3, msg.reasons), p(d.rationale));
  if (d.dissent.length) blocks.push(h(3, msg.dissent), { kind: 'bullets', items: d.dissent.map((x) => msg.dissentItem(x.by, x.text)) });
  const people: [string, string][] = [];
  if (d.keyWorker) people.push([msg.keyWorker, d.keyWorker]);
  if (d.coreGroup.length) people.push([msg.coreGroup, msg.list(d.coreGroup)]);
  if (people.length) blocks.push({ kind: 'facts', rows: people });
  return blocks;
};

export const plan: Section = ({ model }, msg) => {
  if (!model.actions.length) return [];
  // Links name danger statements by their number; a link to one this model lacks is dropped (EX2).
  const number = new Map(model.dangers.map((d, i) => [d.id, i + 1]));
  return [
    h(2, msg.plan),
    {
      kind: 'table', caption: msg.plan, header: msg.planHeader, widths: [7, 28, 15, 14, 20, 16],
      rows: model.actions.map((a, i) => [String(i + 1), mark(a, a.what, msg), a.who, msg.date(a.by), a.howWeKnow,
        a.links.map((l) => number.get(l)).filter((n): n is number => n !== undefined).join(', ')]),
    },
  ];
};

export const contingency: Section = ({ model }, msg) => {
  const entries = model.contingency.filter((c) => c.mightHappen.trim() || c.weWill.trim());
  if (!entries.length) return [];
  return [h(2, msg.contingency), { kind: 'table', caption: msg.contingency, header: msg.contingencyHeader, rows: entries.map((c) => [mark(c, msg.text(triggerText(c.mightHappen)), msg), c.weWill]) }];
};

export const genogram: Section = ({ model, conference }, msg) => {
  if (!model.genogram.people.length) return [];
  // A model without the professional document (the family copy) draws nothing restricted (EX2).
  const audience = model.professional ? 'professional' : 'family';
  const { svg, alt, width, height } = genogramSvg(model.genogram, { audience, asOf: conferenceLocalDate(conference.startsAt), children: conference.children, title: msg.genogram, locale: msg.locale });
  return [h(2, msg.genogram), { kind: 'picture', id: 'genogram', svg, alt, width, height }];
};

export const dates: Section = ({ deadlines, conference, policy }, msg) => {
  if (!deadlines.length) return [];
  return [
    h(2, msg.dates),
    {
      kind: 'table', caption: msg.dates, header: msg.datesHeader,
      rows: deadlines.map((d) => {
        const basis = msg.deadlineBasis(d.ruleId, conference.type, policy);
        return [msg.deadlineLabel(d.ruleId), msg.dueAt(d.due, d.dueTime), d.override ? msg.changedDate(basis, d.override.originalDue, d.override.reason) : `${basis}.`];
      }),
    },
  ];
};

export const changeLog: Section = ({ changes }, msg) => {
  if (!changes.length) return [];
  return [h(2, msg.changeLog), { kind: 'table', caption: msg.changeLog, header: msg.changeHeader, rows: changes.map((c) => [String(c.version), c.what, msg.text(c.why), c.by, msg.instant(c.at)]) }];
};

export const fingerprint: Section = ({ version }, msg) => (version ? [p(msg.fingerprint(version.hash), 'quiet')] : []);
