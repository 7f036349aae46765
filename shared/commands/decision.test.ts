import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { overrideDeadline, recordDecision, setChildDecision, setRationale } from './decision.ts';
import { project } from '../schema/project.ts';
import { computeDeadlines } from '../rules/deadlines.ts';
import { checkQuorum } from '../rules/quorum.ts';
import { differsFromRecorded } from '../schema/decisionRecord.ts';
import { english } from '../../test/support/english.ts';

const conf = { jurisdiction: 'wales' as const, type: 'initial' as const, children: [{ id: 'c1', name: 'Poppy' }, { id: 'c2', name: 'Ellis' }] };

describe('decision commands', () => {
  it('DE1/DE5 records one decision per child and refuses to record an incomplete decision', () => {
    const doc = new Y.Doc();
    setChildDecision(doc, { childId: 'c1', outcome: 'register_and_cspp', category: 'emotional_psychological' });
    setChildDecision(doc, { childId: 'c1', outcome: 'register_and_cspp', category: 'neglect' });
    expect(project(doc, null).decision.perChild).toEqual([{ childId: 'c1', outcome: 'register_and_cspp', category: 'neglect' }]);
    const early = recordDecision(doc, conf, project(doc, null).decision);
    expect(english(early)).toEqual({ ok: false, reasons: ['Record a decision for Ellis.', 'Write down the reasons for the decision.'] });
    setChildDecision(doc, { childId: 'c2', outcome: 'register_and_cspp', category: 'emotional_psychological' });
    setRationale(doc, 'Majority of professionals; recent escalation and a child injured.');
    expect(recordDecision(doc, conf, project(doc, null).decision).ok).toBe(true);
    expect(project(doc, null).decision.decidedAt).not.toBeNull();
  });

  it('DE6 after recording, changes are a draft: the recorded version and its history stay until it is recorded again', () => {
    const doc = new Y.Doc();
    for (const id of ['c1', 'c2']) setChildDecision(doc, { childId: id, outcome: 'register_and_cspp', category: 'neglect' });
    setRationale(doc, 'First reasons.');
    const quorum = checkQuorum([], 3);
    expect(recordDecision(doc, conf, project(doc, null).decision, 'test', quorum).ok).toBe(true);
    const first = project(doc, null).decision;
    expect(first.recorded).toMatchObject({ rationale: 'First reasons.', quorum: { quorate: false } });
    expect(first.recorded!.quorum).toMatchObject({ agencies: [], required: 3, socialWorker: false });
    expect(differsFromRecorded(first, first.recorded)).toBe(false);

    setRationale(doc, 'Second reasons, after the family asked a question.');
    const drafted = project(doc, null).decision;
    expect(drafted.rationale).toBe('Second reasons, after the family asked a question.');
    expect(drafted.recorded!.rationale).toBe('First reasons.');
    expect(differsFromRecorded(drafted, drafted.recorded)).toBe(true);

    expect(recordDecision(doc, conf, drafted, 'test', checkQuorum([], 3)).ok).toBe(true);
    const again = project(doc, null).decision;
    expect(again.recorded!.rationale).toBe('Second reasons, after the family asked a question.');
    expect(again.history.map((h) => h.rationale)).toEqual(['First reasons.', 'Second reasons, after the family asked a question.']);
    expect(differsFromRecorded(again, again.recorded)).toBe(false);
  });

  it('DE1 refuses an outcome another jurisdiction uses', () => {
    const doc = new Y.Doc();
    setChildDecision(doc, { childId: 'c1', outcome: 'child_protection_plan', category: 'emotional' });
    setChildDecision(doc, { childId: 'c2', outcome: 'child_protection_plan', category: 'emotional' });
    setRationale(doc, 'x');
    const r = recordDecision(doc, conf, project(doc, null).decision);
    expect(r.ok).toBe(false);
  });

  it('OV1 keeps a moved date only with a reason', () => {
    const doc = new Y.Doc();
    const [wd1] = computeDeadlines({ date: '2024-12-16', type: 'initial', jurisdiction: 'wales' });
    expect(english(overrideDeadline(doc, wd1!, { date: '2024-12-18', reason: ' ' }))).toEqual({ ok: false, reasons: ['Give a reason for changing the date.'] });
    expect(overrideDeadline(doc, wd1!, { date: '2024-12-18', reason: 'Chair unwell on the 17th' }).ok).toBe(true);
    expect(project(doc, null).decision.dateOverrides).toEqual({ WD1: { date: '2024-12-18', reason: 'Chair unwell on the 17th' } });
    overrideDeadline(doc, wd1!, null);
    expect(project(doc, null).decision.dateOverrides).toEqual({});
  });
});
