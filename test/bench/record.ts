/**
 * The record's export speed (EX10), for `npm run bench`: a large conference — 200 board items,
 * a 40-person genogram (drawn in the record as a picture), 40 plan actions, a scaling question with 20 scores — built into each document (project → outline →
 * .docx with the dot plot rasterised), as the server does for a download. Target: under 500 ms each.
 */
import * as Y from 'yjs';
import { addItem } from '../../shared/commands/items.ts';
import { addAction, addDanger } from '../../shared/commands/plan.ts';
import { addContingency } from '../../shared/commands/contingency.ts';
import { closeRound, openRound, publishScores } from '../../shared/commands/scaling.ts';
import { upsertAttendee } from '../../shared/commands/attendees.ts';
import { SECTION_IDS } from '../../shared/rules/agenda.ts';
import { computeDeadlines } from '../../shared/rules/deadlines.ts';
import { project } from '../../shared/schema/project.ts';
import { buildOutline } from '../../shared/export/outline.ts';
import { docxBytes } from '../../shared/export/docx.ts';
import { EDITIONS } from '../../shared/export/types.ts';
import type { Conference } from '../../shared/schema/conference.ts';
import { rasterisePng } from '../../server/export/rasterise.ts';
import { addFamily } from './genogram.ts';

const TARGET_MS = 500;

export function largeConference(): { shared: Y.Doc; professional: Y.Doc } {
  const d = { shared: new Y.Doc(), professional: new Y.Doc() };
  const text = (i: number) => `Worry ${i}: ${'Kerys and Dean say the children are asleep during arguments; Poppy says she hears them. '.repeat(1 + (i % 3))}`;
  for (let i = 0; i < 200; i++) {
    addItem(d, { section: SECTION_IDS[i % SECTION_IDS.length]!, text: text(i), source: { name: `Person ${i % 12}`, agency: 'Agency' }, restricted: i % 10 === 0, addedBy: 'bench' });
  }
  const dangers = [0, 1, 2].map((i) => {
    const r = addDanger(d, { statement: text(i), goal: text(i + 1), restricted: false });
    return r.ok ? r.value : '';
  });
  for (let i = 0; i < 40; i++) {
    addAction(d, { what: text(i), who: `Worker ${i}`, by: '2025-03-07', howWeKnow: text(i + 1), links: [dangers[i % 3]!], restricted: i % 8 === 0 });
  }
  addFamily(d, 40);
  for (let i = 0; i < 5; i++) addContingency(d, { mightHappen: text(i), weWill: text(i + 2), restricted: false });
  const round = openRound(d.shared, { question: 'How safe are the children now?', anchor0: 'Not safe at home', anchor10: 'Safe enough to close', direction: 'higher_is_safer', escalateAtOrBelow: 2 });
  if (!round.ok) throw new Error('bench: no round');
  closeRound(d.shared, round.value);
  publishScores(d.shared, round.value, Array.from({ length: 20 }, (_, i) => {
    const attendeeId = `benchattendee${String(i).padStart(3, '0')}`;
    upsertAttendee(d.shared, { id: attendeeId, name: `Scorer ${i}`, role: i < 4 ? 'parent' : 'social_worker', agency: 'Agency', attendance: 'present' });
    return { attendeeId, name: `Scorer ${i}`, role: i < 4 ? 'parent' : 'social_worker', group: i < 4 ? 'family' : 'professional', score: i % 11, reason: text(i), onBehalf: false };
  }));
  return d;
}

/** One document's build times: median and slowest of five after a warm-up, wall clock and CPU time, and its size. */
export interface ExportTiming { edition: string; medianMs: number; slowestMs: number; cpuMs: number; kib: number }

/** Each document of the large conference, built as the server builds a download. The PNG cache is part of what a repeated download gets. */
export async function timeRecordExport(): Promise<ExportTiming[]> {
  const docs = largeConference();
  const conference: Conference = {
    id: 'benchconference01', type: 'initial', jurisdiction: 'wales', startsAt: '2024-12-16T10:00', endsAt: '2024-12-16T12:00',
    venue: 'Room 2', online: false, children: [{ id: 'c1', name: 'Poppy Brightwater', dateOfBirth: '2016-05-03', gender: 'female' }],
    status: 'closed', createdBy: 'bench',
  } as Conference;
  const deadlines = computeDeadlines({ date: '2024-12-16', type: 'initial', jurisdiction: 'wales' });
  const build = async (edition: (typeof EDITIONS)[number]) => {
    const model = project(docs.shared, edition === 'full' ? docs.professional : null);
    const outline = buildOutline(edition, {
      conference, model, deadlines, reportPolicy: { initialWorkingDays: 2, reviewWorkingDays: 5 }, policy: {}, chair: 'Gwen Ashcombe', noteTaker: 'Tomos Bryn',
      version: { number: 1, finalisedAt: '2024-12-17T10:00:00.000Z', finalisedBy: 'Tomos Bryn', hash: 'f'.repeat(64) }, changes: [],
    });
    return docxBytes(outline, rasterisePng);
  };
  const out: ExportTiming[] = [];
  for (const edition of EDITIONS) {
    await build(edition);
    const times: number[] = [];
    const cpu: number[] = [];
    let size = 0;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      size = (await build(edition)).length;
      const c = process.cpuUsage(c0);
      times.push(performance.now() - t0);
      cpu.push((c.user + c.system) / 1000);
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    // CPU time beside wall time: on a shared, busy machine the wall clock also counts waiting for a core.
    out.push({ edition, medianMs: times[2]!, slowestMs: times[4]!, cpuMs: cpu[2]!, kib: Math.round(size / 1024) });
  }
  return out;
}

export { TARGET_MS };
