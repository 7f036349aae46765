import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import * as Y from 'yjs';
import { addItem } from '../../shared/commands/items.ts';
import { addAction, addDanger } from '../../shared/commands/plan.ts';
import { addContingency } from '../../shared/commands/contingency.ts';
import { openRound, closeRound, publishScores } from '../../shared/commands/scaling.ts';
import { putView } from '../../shared/commands/intake.ts';
import { setChildDecision, setDissent, setPeople, setRationale } from '../../shared/commands/decision.ts';
import { upsertAttendee } from '../../shared/commands/attendees.ts';
import type { ConferenceDocs } from '../../shared/commands/docs.ts';
import type { Attendance, AttendeeRole } from '../../shared/schema/roles.ts';

/**
 * The fictional sample conference (a copy of /work/shared/fixtures/sample-conference.yaml, kept in
 * the repository so CI has it) and a way to write it into a conference's two documents with the
 * product's own commands. Tests check that every value here reaches the documents.
 */
export const FIXTURE = yaml.load(readFileSync(fileURLToPath(new URL('../fixtures/sample-conference.yaml', import.meta.url)), 'utf8'), { schema: yaml.CORE_SCHEMA }) as any;

/** Who takes part, as attendee records: the scorers, Glenys, and the GP who sent a report only. */
export const FIXTURE_PEOPLE: { name: string; role: AttendeeRole; agency: string; attendance: Attendance }[] = [
  { name: 'Sam Pryce', role: 'social_worker', agency: "Afonwen CC Children's Services", attendance: 'present' },
  { name: 'PC Owain Rees', role: 'police', agency: 'Afonwen Police (fictional)', attendance: 'present' },
  { name: 'Mrs Carys Lloyd', role: 'education', agency: 'Afonwen Primary', attendance: 'present' },
  { name: 'Lowri Evans', role: 'health', agency: 'Afonwen Health Board (fictional)', attendance: 'present' },
  { name: 'Dr Huw Madoc', role: 'gp', agency: 'Afonwen Medical Practice (fictional)', attendance: 'report_only' },
  { name: 'Kerys Brightwater', role: 'parent', agency: '', attendance: 'present' },
  { name: 'Dean Holloway', role: 'parent', agency: '', attendance: 'present' },
  { name: 'Ffion Dafydd', role: 'advocate', agency: 'fictional advocacy service', attendance: 'present' },
  { name: 'Glenys Morgan', role: 'supporter', agency: '', attendance: 'present' },
];

/** Professionals-only text from the fixture: it must never reach the family copy or the letter. */
export const RESTRICTED_TEXTS: string[] = [
  FIXTURE.plan_actions.find((a: any) => a.visibility === 'professionals_only').what,
  FIXTURE.contingency_plan.find((c: any) => c.visibility === 'professionals_only').action,
];

const SCORER_NAMES: Record<string, string> = { r1: 'Sam Pryce', r2: 'PC Owain Rees', r3: 'Mrs Carys Lloyd', r4: 'Lowri Evans', r5: 'Dr Huw Madoc', r6: 'Kerys Brightwater', r7: 'Dean Holloway', r8: 'Ffion Dafydd' };
const src = (name: string, agency = '') => ({ name, agency });
const must = <T>(r: { ok: true; value: T } | { ok: false; reasons: { id: string }[] }): T => {
  if (!r.ok) throw new Error(r.reasons.map((x) => x.id).join('; '));
  return r.value;
};

/** Mirror the attendees into the shared document (the server does this itself when invites are made). */
export function seedAttendees(shared: Y.Doc): Map<string, string> {
  const ids = new Map<string, string>();
  FIXTURE_PEOPLE.forEach((p, i) => {
    const id = `att${String(i).padStart(13, '0')}`;
    ids.set(p.name, id);
    upsertAttendee(shared, { id, ...p });
  });
  return ids;
}

/**
 * Write the whole sample conference into the documents: board, danger statements, scaling
 * (revealed), views, decision, plan and contingency. The fixture's professionals-only plan action
 * and contingency entry are restricted, so they live only in the professional document.
 */
export function seedFixture(d: ConferenceDocs, children: { id: string; name: string }[], attendeeIds: ReadonlyMap<string, string>): void {
  const F = FIXTURE;
  const childId = (key: 'c1' | 'c2') => children[key === 'c1' ? 0 : 1]!.id;
  const add = (section: string, text: string, source = src(''), details = {}, restricted = false) =>
    must(addItem(d, { section, text, source, details, restricted, addedBy: 'fixture' }));

  add('reports', 'GP report on Poppy and Ellis', src('Dr Huw Madoc', 'Afonwen Medical Practice (fictional)'), { receivedOn: '2024-12-10', sharedOn: '2024-12-13' });
  add('reports', 'Social work report for the initial conference', src('Sam Pryce', "Afonwen CC Children's Services"), { receivedOn: '2024-12-09', sharedOn: '2024-12-11' });
  for (const h of F.genogram.households) add('network', `Household ${h.id}: ${h.note ?? h.members.join(', ')}`, src('Sam Pryce'));
  for (const kind of ['first', 'worst', 'last'] as const) {
    add('incidents', F.incidents[kind].text, src('Sam Pryce'), { incidentKind: kind, date: F.incidents[kind].date });
  }
  for (const w of F.worries.past_harm) add('past_harm', w.text, src(w.source));
  for (const w of F.worries.future_danger) add('future_danger', w.text, src('Sam Pryce'));
  for (const w of F.worries.complicating_factors) add('complicating_factors', w.text, src('Lowri Evans'));
  for (const s of F.strengths_and_existing_safety.existing_strengths) add('strengths', s.text, src('Mrs Carys Lloyd'));
  for (const s of F.strengths_and_existing_safety.existing_safety) add('existing_safety', s.text, src('Sam Pryce'));
  const poppy = F.childs_views.poppy;
  for (const t of poppy.worries) add('child_worries', `Poppy: ${t}`, src(poppy.by));
  for (const t of poppy.good_things) add('child_good_things', `Poppy: ${t}`, src(poppy.by));
  for (const t of poppy.dreams) add('child_dreams', `Poppy: ${t}`, src(poppy.by));
  add('child_good_things', `Ellis: ${F.childs_views.ellis.text}`, src(F.childs_views.ellis.by));
  add('family_views', F.parents_views, src('Kerys Brightwater'));

  const dangerIds = new Map<string, string>();
  for (const ds of F.danger_statements) dangerIds.set(ds.id, must(addDanger(d, { statement: ds.text, goal: ds.safety_goal, restricted: false })));

  const scale = F.conference.scale_definition;
  const roundId = must(openRound(d.shared, { question: 'How safe are Poppy and Ellis now?', anchor0: scale.anchor_0, anchor10: scale.anchor_10, direction: scale.direction, escalateAtOrBelow: scale.escalate_at_or_below }));
  must(closeRound(d.shared, roundId));
  const people = new Map(FIXTURE_PEOPLE.map((p) => [p.name, p]));
  must(publishScores(d.shared, roundId, F.participants.scorers.map((s: any) => {
    const name = SCORER_NAMES[s.id]!;
    const role = people.get(name)!.role;
    return { attendeeId: attendeeIds.get(name)!, name, role, group: ['parent', 'child', 'advocate', 'supporter'].includes(role) ? 'family' : 'professional', score: s.overall, reason: s.reason, onBehalf: s.submitted === 'before_meeting' };
  })));

  for (const r of F.recommendations) {
    const name = SCORER_NAMES[r.by]!;
    const category = (c: 'c1' | 'c2') => (r[c] !== 'cp_plan' ? null : typeof r.category === 'string' ? r.category : r.category[c]);
    putView(d.shared, { attendeeId: attendeeIds.get(name)!, name, role: people.get(name)!.role, family: false, onBehalf: r.by === 'r5' },
      { perChild: [{ childId: childId('c1'), view: r.c1, category: category('c1') }, { childId: childId('c2'), view: r.c2, category: category('c2') }], reason: r.reason ?? '' });
  }
  for (const name of ['Kerys Brightwater', 'Dean Holloway']) {
    putView(d.shared, { attendeeId: attendeeIds.get(name)!, name, role: 'parent', family: true, onBehalf: false },
      { perChild: [{ childId: childId('c1'), view: 'no_plan', category: null }, { childId: childId('c2'), view: 'no_plan', category: null }], reason: F.parents_views });
  }

  for (const c of F.decision.per_child) must(setChildDecision(d.shared, { childId: childId(c.child), outcome: c.outcome, category: c.category }));
  must(setRationale(d.shared, F.decision.rationale));
  must(setDissent(d.shared, F.decision.dissent.map((x: any) => ({ by: SCORER_NAMES[x.by]!, text: x.text }))));
  must(setPeople(d.shared, { keyWorker: F.decision.lead_social_worker, coreGroup: F.decision.core_group }));

  for (const a of F.plan_actions) {
    const by = a.by === 'ongoing_until_review' ? 'ongoing until review' : String(a.by);
    must(addAction(d, { what: a.what, who: a.who, by, howWeKnow: a.how_we_will_know, links: a.links.map((l: string) => dangerIds.get(l)!), restricted: a.visibility === 'professionals_only' }));
  }
  for (const c of F.contingency_plan) must(addContingency(d, { mightHappen: c.trigger, weWill: c.action, restricted: c.visibility === 'professionals_only' }));
}
