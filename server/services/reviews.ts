import * as Y from 'yjs';
import type { ConferenceRow, Store } from '../store/types.ts';
import type { RoomRegistry } from '../sync/registry.ts';
import type { Principal } from '../auth/sessions.ts';
import type { Child, ReviewInput } from '../../shared/schema/conference.ts';
import type { CaseConference, CaseView, ReviewCreated } from '../../shared/api/cases.ts';
import type { Jurisdiction } from '../../shared/rules/jurisdiction.ts';
import { roomNames } from '../../shared/schema/docLayout.ts';
import { attendeeRoleSchema } from '../../shared/schema/roles.ts';
import { project } from '../../shared/schema/project.ts';
import { carryForward } from '../../shared/commands/review.ts';
import { categoryOptions, decisionOptions } from '../../shared/rules/decision.ts';
import { recordedDeadlines } from '../../shared/rules/deadlines.ts';
import { summariseByGroup } from '../../shared/rules/scaling.ts';
import { conferenceLocalDate } from '../../shared/rules/workingDays.ts';
import { policyOf } from '../../shared/schema/settings.ts';
import { isCaseStaff } from '../../shared/rules/permissions.ts';
import { councilSettings } from '../http/routes/settings.ts';
import { conferenceToApi, type Conferences } from './conferences.ts';
import type { Msg } from '../../shared/i18n/messages.ts';
import { translate } from '../../shared/i18n/translate.ts';
import type { RecordService, VersionMeta } from './record.ts';

function docOf(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc({ gc: true });
  Y.applyUpdate(doc, state);
  return doc;
}

/** Today in UK local time, 'YYYY-MM-DD'. */
function londonToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Reviews made from the case's last conference (RV1) and the case view (CA2). */
export class Reviews {
  constructor(
    private readonly store: Store,
    private readonly registry: RoomRegistry,
    private readonly conferences: Conferences,
    private readonly record: RecordService,
  ) {}

  /**
   * RV1 — Both documents of a conference as its record stands: the latest finalised version, or,
   * before the first, the documents as they are now (the chair may make a review before finalising).
   */
  private async source(conf: ConferenceRow): Promise<{ shared: Uint8Array; professional: Uint8Array; version: number | null }> {
    const latest = (await this.store.recordVersions(conf.id)).at(-1);
    if (latest) return { shared: latest.sharedState, professional: latest.professionalState, version: latest.version };
    return { ...(await this.record.snapshot(conf.id)), version: null };
  }

  /**
   * RV1 — Make the review: it joins the case with the same children (ids kept), its staff, everyone
   * invited last time with a fresh link of their own (old links are never reused), and the work the
   * review carries on (`carryForward`). `previous` must be reachable by `by`.
   */
  async create(by: Principal, previous: ConferenceRow, input: ReviewInput): Promise<ReviewCreated> {
    const src = await this.source(previous);
    const { previousConferenceId: _from, jurisdiction, language, ...schedule } = input;
    const children = JSON.parse(previous.childrenJson) as Child[];
    const row = await this.conferences.create(by, {
      ...schedule, jurisdiction: jurisdiction ?? (previous.jurisdiction as Jurisdiction), language: language ?? previous.language, children,
    }, previous);
    for (const s of await this.store.staffOf(previous.id)) {
      await this.store.assignStaff({ conferenceId: row.id, userId: s.userId, assignedBy: row.createdBy, assignedAt: row.createdAt });
    }
    const invites: ReviewCreated['invites'] = [];
    for (const a of await this.store.attendeesOf(previous.id)) {
      const role = attendeeRoleSchema.safeParse(a.role);
      if (a.revokedAt || !role.success) continue;
      // Attendance is each meeting's own: everyone starts the review as expected to be there; the language they
      // need carries forward, and the interpreter is booked again for the new meeting.
      const made = await this.conferences.addAttendee(row, { name: a.name, role: role.data, agency: a.agency, attendance: 'present', languageNeeded: a.languageNeeded, interpreterBooked: false });
      invites.push({ attendeeId: made.attendee.id, name: a.name, role: a.role, token: made.token, url: `/join#${made.token}` });
    }
    const names = roomNames(row.id);
    await this.registry.withRoom(names.shared, (shared) =>
      this.registry.withRoom(names.professional, (professional) =>
        carryForward(
          { shared: docOf(src.shared), professional: docOf(src.professional), conference: { id: previous.id, startsAt: previous.startsAt, type: previous.type }, version: src.version },
          { shared: shared.doc, professional: professional.doc },
        )));
    return { conference: conferenceToApi(row), invites, carriedFrom: { conferenceId: previous.id, version: src.version } };
  }

  /**
   * CA2 — The case as this member of staff may see it: only the conferences they are assigned to
   * (CS1), oldest first; null when there are none (the route answers 404, revealing nothing).
   */
  async caseView(p: Principal, caseId: string): Promise<CaseView | null> {
    if (p.kind !== 'staff' || !isCaseStaff(p.role)) return null;
    const all = await this.store.conferencesOfCase(caseId);
    const mine: ConferenceRow[] = [];
    for (const c of all) if ((await this.store.staffOf(c.id)).some((s) => s.userId === p.userId)) mine.push(c);
    if (mine.length === 0) return null;
    const policy = policyOf(await councilSettings(this.store));
    const today = londonToday();
    const conferences: CaseConference[] = [];
    for (const c of mine) {
      const later = all.some((o) => o.startsAt > c.startsAt);
      conferences.push(await this.summary(c, policy, today, later));
    }
    return { caseId, children: conferenceToApi(mine.at(-1)!).children, conferences };
  }

  private async summary(c: ConferenceRow, policy: ReturnType<typeof policyOf>, today: string, later: boolean): Promise<CaseConference> {
    const conference = conferenceToApi(c);
    const latest = (await this.store.recordVersions(c.id)).at(-1) ?? null;
    const shared = latest ? latest.sharedState : (await this.record.snapshot(c.id)).shared;
    const model = project(docOf(shared), null);
    const j = conference.jurisdiction;
    const recorded = model.decision.recorded;
    const names = new Map(conference.children.map((ch) => [ch.id, ch.name]));
    const label = (m: Msg | undefined, value: string) => (m ? translate('en', m) : value);
    const decision = (recorded?.perChild ?? []).map((d) => ({
      childId: d.childId,
      childName: names.get(d.childId) ?? '',
      outcome: d.outcome,
      // English for API users; screens translate from `outcome` and `category` (issue 13).
      outcomeLabel: label(decisionOptions(j, c.type).find((o) => o.value === d.outcome)?.label, d.outcome),
      category: d.category,
      categoryLabel: d.category ? label(categoryOptions(j).find((o) => o.value === d.category)?.label, d.category) : null,
      reason: d.reason ?? null,
    }));
    const scaling = model.rounds.filter((r) => r.status === 'revealed').map((r) => {
      const groups = summariseByGroup(r.results);
      return {
        question: r.question, anchor0: r.anchor0, anchor10: r.anchor10, direction: r.direction,
        results: r.results.map(({ name, role, group, score }) => ({ name, role, group, score })),
        medians: { family: groups.family.median, child: groups.child.median, professional: groups.professional.median },
      };
    });
    let openDeadlines: CaseConference['openDeadlines'] = [];
    if (c.status === 'closed') {
      const meta = latest ? (JSON.parse(latest.metaJson) as VersionMeta) : null;
      const facts = { date: conferenceLocalDate(c.startsAt), startTime: c.startsAt.slice(11, 16), type: c.type, jurisdiction: j };
      const deadlines = meta?.deadlines ?? recordedDeadlines(facts, recorded ?? model.decision, policy);
      // A later conference of the case is the review WD3 asks for.
      openDeadlines = deadlines.filter((d) => d.due >= today && !(later && d.ruleId === 'WD3'));
    }
    return { conference, finalisedVersion: latest?.version ?? null, decision, scaling, openDeadlines };
  }
}
