import type { ConferenceType } from '../schema/conference.ts';
import type { Attendance } from '../schema/roles.ts';
import { decisionOptions } from '../rules/decision.ts';
import type { Jurisdiction } from '../rules/jurisdiction.ts';
import { sectionTitleId, stepTitleId, type SectionId, type StepId } from '../rules/agenda.ts';
import { deadlineBasis, type DeadlineRuleId } from '../rules/deadlines.ts';
import type { CouncilPolicy } from '../rules/councilPolicy.ts';
import { formatClock, formatDate, formatDayDate, formatDateTime, formatInstant, londonDate } from '../i18n/format.ts';
import { LANGUAGE_TAG, type Locale } from '../i18n/locale.ts';
import { enteredByWords } from '../rules/enteredBy.ts';
import type { ProgressState } from '../schema/action.ts';
import type { TrendColumn, TrendLine } from '../rules/trend.ts';
import type { MessageId, Msg } from '../i18n/messages.ts';
import { translate } from '../i18n/translate.ts';
import type { Edition } from './types.ts';
import { sourceAgency } from '../schema/item.ts';
import { conferenceKind } from '../rules/conferenceKind.ts';

type Values = Record<string, string | number>;

/**
 * EX6 — Every word the documents print, in one language, from the catalogues (shared/i18n/en.json
 * and cy.json, ids under `export.*`): the layout code takes these and never holds words of its own.
 * Dates, times and names of days and months come from the shared formatters for the same locale.
 */
export function recordMessages(locale: Locale) {
  const t = (id: MessageId, values?: Values) => translate(locale, values ? { id, values } : { id });
  const header = (prefix: string, keys: readonly string[]) => keys.map((k) => t(`${prefix}.${k}` as MessageId));
  const dayDate = (value: string) => formatDayDate(locale, value);
  const kind = conferenceKind;
  // "16 Dec 2024" / "16 Rhag 2024": the trend chart's narrow columns (English months in three letters: "Sep", not ICU's "Sept").
  const shortDate = (value: string) => {
    const parts = new Intl.DateTimeFormat(LANGUAGE_TAG[locale], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
      .formatToParts(new Date(`${value.slice(0, 10)}T00:00:00Z`));
    const part = (type: string) => parts.find((x) => x.type === type)?.value ?? '';
    return `${part('day')} ${locale === 'en' ? part('month').slice(0, 3) : part('month')} ${part('year')}`;
  };
  const trendKind = (c: TrendColumn) => (c.today ? 'today' : c.type === 'initial' ? 'initial' : 'review');
  // Hand-rolled: ICU's Welsh list gives "a(c)"; Welsh says "ac" before a vowel.
  const list = (items: readonly string[]) => (items.length < 2 ? items.join('')
    : t('export.listAnd', { items: items.slice(0, -1).join(', '), last: items.at(-1)!, vowel: /^[aeiouwyâêîôûŵŷ]/i.test(items.at(-1)!) ? 'yes' : 'no' }));
  const [pageBefore, pageBetween, pageAfter] = t('export.page', { page: '#PAGE#', pages: '#PAGES#' }).split(/#PAGES?#/);
  return {
    locale,
    t,
    marking: t('export.marking'),
    /** "Page {page} of {pages}", split around the two numbers. */
    page: [pageBefore ?? '', pageBetween ?? '', pageAfter ?? ''] as const,
    /** "16 December 2024"; words (e.g. "ongoing until review") stay as written. */
    date: (value: string) => (/^\d{4}-\d{2}-\d{2}/.test(value) ? formatDate(locale, value.slice(0, 10)) : value),
    /** "Monday 16 December 2024", for deadlines people put in their diaries. */
    dayDate,
    /** "17 December 2024 at 3:05pm" (Europe/London). */
    instant: (iso: string) => formatInstant(locale, iso),
    /** The London date of an instant, as a date: the letter's date line. */
    instantDate: (iso: string) => formatDate(locale, londonDate(iso)),
    dateTime: (local: string) => formatDateTime(locale, local),
    /** "Kerys and Ffion" / "Kerys a Ffion". */
    list,

    titles: { full: t('export.title.full'), family: t('export.title.family'), letter: t('export.title.letter') } as Record<Edition, string>,
    fileNames: { full: t('export.fileName.full'), family: t('export.fileName.family'), letter: t('export.fileName.letter') } as Record<Edition, string>,
    conferenceName: (type: ConferenceType, j: Jurisdiction) => t('export.conferenceName', { kind: kind(type, j) }),
    draft: t('export.draft'),
    version: (n: number, at: string, by: string) => t('export.version', { number: n, date: formatInstant(locale, at), name: by }),
    fingerprint: (hash: string) => t('export.fingerprint', { hash }),

    about: t('export.about'),
    facts: {
      type: t('export.facts.type'), when: t('export.facts.when'), where: t('export.facts.where'), online: t('export.facts.online'),
      nation: t('export.facts.nation'), chair: t('export.facts.chair'), noteTaker: t('export.facts.noteTaker'), notRecorded: t('export.facts.notRecorded'),
    },
    onlineAt: (venue: string) => t('export.facts.onlineAt', { venue }),
    nation: (j: Jurisdiction) => t(`jurisdiction.${j}`),
    children: t('export.children'),
    childHeader: header('export.childHeader', ['name', 'dateOfBirth']),
    notKnown: t('export.notKnown'),

    attendance: t('export.attendance'),
    attendanceHeader: header('export.attendanceHeader', ['name', 'role', 'agency', 'attendance']),
    /** The attendance table with its language column, when anyone needs a language or an interpreter. */
    attendanceHeaderWithLanguage: header('export.attendanceHeader', ['name', 'role', 'agency', 'attendance', 'language']),
    languageNeeded: (language: string, booked: boolean) => t('export.interpreter', { language, booked: booked ? 'yes' : 'no' }),
    role: (r: string) => t(`role.${r}` as MessageId),
    attendanceLabel: (a: Attendance) => t(`attendance.${a}`),
    apologies: t('export.apologies'),
    reportOnly: t('export.reportOnly'),

    reports: t('export.reports'),
    reportsHeader: header('export.reportsHeader', ['report', 'from', 'received', 'shared']),
    reportLate: (shared: string, latest: string) => t('export.reportLate', { shared, date: formatDate(locale, latest) }),
    notShared: t('export.notShared'),

    /** An agenda step's or board section's title, as the room shows it (some take the number of children). */
    step: (id: StepId, children: number) => t(stepTitleId(id), { children }),
    section: (id: SectionId, children: number) => t(sectionTitleId(id), { children }),
    said: (name: string, agency: string) => (name && agency ? t('export.said', { name, agency }) : name || agency),
    /** Who said a board item, and who entered a child's words for them (CV2), in the record's language. */
    saidBy: (item: { source: { name: string; agency: string; role?: string | undefined }; details: Parameters<typeof enteredByWords>[0] }) => {
      const agency = sourceAgency(item.source, locale);
      const said = item.source.name && agency ? t('export.said', { name: item.source.name, agency }) : item.source.name || agency;
      const by = enteredByWords(item.details, item.source.name.split(' ')[0] ?? item.source.name, locale);
      return by ? `${said}. ${by}` : said;
    },
    incidentsHeader: header('export.incidentsHeader', ['when', 'date', 'what', 'who']),
    incidentKind: (k: string) => (['first', 'worst', 'last'].includes(k) ? t(`export.incidentKind.${k}` as MessageId) : ''),
    itemHeader: header('export.itemHeader', ['what', 'who']),

    dangers: t('export.dangers'),
    dangerStatement: (n: number) => t('export.dangerStatement', { number: n }),
    safetyGoal: (n: number) => t('export.safetyGoal', { number: n }),

    scaling: t('export.scaling'),
    scale0: t('export.scale0'),
    scale10: t('export.scale10'),
    direction: (d: string) => (d === 'higher_is_safer' || d === 'higher_is_riskier' ? t(`export.direction.${d}`) : d),
    directionLabel: t('export.directionLabel'),
    escalation: t('export.escalation'),
    escalationAt: (n: number) => t('export.escalationAt', { score: n }),
    noEscalation: t('export.noEscalation'),
    scoresHeader: header('export.scoresHeader', ['name', 'role', 'score', 'reason']),
    onBehalf: (reason: string) => t('export.onBehalf', { reason }),
    median: (group: string, m: number | null) => (m === null ? t('export.medianNone', { group }) : t('export.median', { group, score: m })),
    family: t('export.family'),
    professionals: t('export.professionals'),
    notRevealed: t('export.notRevealed'),
    dotPlotAlt: (question: string, family: readonly number[], professional: readonly number[]) => t('export.dotPlotAlt', {
      question, family: family.length ? family.join(', ') : t('export.noScores'), professional: professional.length ? professional.join(', ') : t('export.noScores'),
    }),

    trend: t('export.trend'),
    trendIntro: t('export.trendIntro'),
    trendByRole: t('export.trendByRole'),
    trendHeader: (columns: readonly TrendColumn[]) => [...header('export.scoresHeader', ['name', 'role']),
      ...columns.map((c) => t('export.trendHeaderColumn', { date: shortDate(c.startsAt), kind: trendKind(c) }))],
    trendLabels: {
      /** Two short lines under each column: "16 Dec 2024", "Initial" (or "Today"). */
      column: (c: TrendColumn) => [shortDate(c.startsAt), t('export.trendColumn.kind', { kind: trendKind(c) })],
      line: (l: TrendLine, by: 'person' | 'role') => (by === 'person' ? t('export.trendLine', { name: l.name, role: t(`role.${l.role}` as MessageId) }) : t(`role.${l.role}` as MessageId)),
      safer: t('export.trendSafer'),
      lessSafe: t('export.trendLessSafe'),
      reversed: t('export.trendReversed'),
      noLatest: (c: TrendColumn) => t('export.trendNoLatest', { today: c.today ? 'yes' : 'no' }),
    },
    trendAlt: (sentences: readonly string[]) => t('export.trendAlt', { sentences: sentences.join(' ') }),
    noScore: t('export.noScore'),

    sinceLast: t('export.sinceLast'),
    lastDecision: (when: string) => t('export.lastDecision', { date: formatDate(locale, when.slice(0, 10)) }),
    progress: t('export.progress'),
    progressHeader: header('export.progressHeader', ['number', 'what', 'progress', 'comment']),
    progressLabel: (p: ProgressState | null) => t(`export.progressState.${p ?? 'none'}`),
    childReasons: t('export.childReasons'),

    views: t('export.views'),
    viewsHeader: header('export.viewsHeader', ['name', 'role', 'view', 'reason']),
    familyViews: t('export.familyViews'),
    professionalViews: t('export.professionalViews'),
    viewLabel: (j: Jurisdiction, v: string) => (['cp_plan', 'cin_plan', 'no_plan'].includes(v) ? t(`decision.view.${j}.${v}` as MessageId) : v),
    viewCell: (child: string, view: string, category: string | null) =>
      (category ? t('export.viewCellCategory', { child, view, category }) : t('export.viewCell', { child, view })),

    decision: t('export.decision'),
    decisionHeader: header('export.decisionHeader', ['child', 'decision', 'category']),
    /** The outcome as the jurisdiction words it at this type of conference; a value it does not offer stays as stored. */
    outcome: (j: Jurisdiction, type: ConferenceType, outcome: string) =>
      (decisionOptions(j, type).some((o) => o.value === outcome) ? t(`decision.outcome.${j}.${outcome}.${type}` as MessageId) : outcome),
    category: (_j: Jurisdiction, c: string | null) => (c ? t(`decision.category.${c}` as MessageId) : t('export.category.none')),
    reasons: t('export.reasons'),
    dissent: t('export.dissent'),
    dissentItem: (name: string, text: string) => t('export.dissentItem', { name, text }),
    keyWorker: t('export.keyWorker'),
    coreGroup: t('export.coreGroup'),
    notDecided: t('export.notDecided'),

    plan: t('export.plan'),
    planHeader: header('export.planHeader', ['number', 'what', 'who', 'by', 'how', 'danger']),
    contingency: t('export.contingency'),
    contingencyHeader: header('export.contingencyHeader', ['might', 'weWill']),
    restricted: (text: string) => t('export.restricted', { text }),
    genogram: t('export.genogram'),

    dates: t('export.dates'),
    datesHeader: header('export.datesHeader', ['what', 'due', 'basis']),
    dueAt: (d: string, time?: string) => (time ? t('export.dueAt', { date: dayDate(d), time: formatClock(locale, time) }) : dayDate(d)),
    deadlineLabel: (id: DeadlineRuleId) => t(`export.deadline.label.${id}`),
    deadlineBasis: (id: DeadlineRuleId, type: ConferenceType, policy: CouncilPolicy) => translate(locale, deadlineBasis(id, type, policy)),
    changedDate: (basis: string, from: string, reason: string) => t('export.dateChanged', { basis, date: dayDate(from), reason }),

    /** Text a person typed as it is; a message in this language. */
    text: (m: string | Msg) => (typeof m === 'string' ? m : translate(locale, m)),
    changeLog: t('export.changeLog'),
    changeHeader: header('export.changeHeader', ['version', 'what', 'why', 'who', 'when']),

    familyNote: {
      heading: t('export.familyNote.heading'),
      what: (type: ConferenceType, j: Jurisdiction, date: string) => t('export.familyNote.what', { kind: kind(type, j), date }),
      changes: (by: string) => t('export.familyNote.changes', { date: by }),
      appeal: (by: string) => t('export.familyNote.appeal', { date: by }),
      help: t('export.familyNote.help'),
    },

    letter: {
      dear: (names: readonly string[]) => (names.length ? t('export.letter.dear', { names: list(names) }) : t('export.letter.dearNobody')),
      opening: (type: ConferenceType, j: Jurisdiction, date: string, children: string) => t('export.letter.opening', { kind: kind(type, j), date, children }),
      decided: t('export.letter.decided'),
      meaning: (j: Jurisdiction) => t(`export.letter.meaning.${j}`),
      keyWorker: (name: string) => t('export.letter.keyWorker', { name }),
      coreGroup: (when: string) => t('export.letter.coreGroup', { date: when }),
      review: (when: string) => t('export.letter.review', { date: when }),
      changesHeading: t('export.letter.changesHeading'),
      appealHeading: t('export.letter.appealHeading'),
      closing: t('export.letter.closing'),
      chairRole: t('export.letter.chairRole'),
    },
  };
}

/** The words every document of the record prints, in one language. */
export type RecordMessages = ReturnType<typeof recordMessages>;

