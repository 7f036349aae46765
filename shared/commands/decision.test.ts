import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { overrideDeadline, recordDecision, setChildDecision, setRationale } from './decision.ts';
import { project } from '../schema/project.ts';
import { computeDeadlines } from '../rules/deadlines.ts';

const conf = { jurisdiction: 'wales' as const, type: 'initial' as const, children: [{ id: 'c1', name: 'Poppy' }, { id: 'c2', name: 'Ellis' }] };

describe('decision commands', () => {
  it('DE1/DE5 records one decision per child and refuses to record an incomplete decision', () => {
    const doc = new Y.Doc();
    setChildDecision(doc, { childId: 'c1', outcome: 'register_and_cspp', category: 'emotional_psychological' });
    setChildDecision(doc, { childId: 'c1', outcome: 'register_and_cspp', category: 'neglect' });
    expect(project(doc, null).decision.perChild).toEqual([{ childId: 'c1', outcome: 'register_and_cspp', category: 'neglect' }]);
    const early = recordDecision(doc, conf, project(doc, null).decision);
    expect(early).toEqual({ ok: false, reasons: ['Record a decision for Ellis.', 'Write down the reasons for the decision.'] });
    setChildDecision(doc, { childId: 'c2', outcome: 'register_and_cspp', category: 'emotional_psychological' });
    setRationale(doc, 'Majority of professionals; recent escalation and a child injured.');
    expect(recordDecision(doc, conf, project(doc, null).decision).ok).toBe(true);
    expect(project(doc, null).decision.decidedAt).not.toBeNull();
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
    expect(overrideDeadline(doc, wd1!, { date: '2024-12-18', reason: ' ' })).toEqual({ ok: false, reasons: ['Give a reason for changing the date.'] });
    expect(overrideDeadline(doc, wd1!, { date: '2024-12-18', reason: 'Chair unwell on the 17th' }).ok).toBe(true);
    expect(project(doc, null).decision.dateOverrides).toEqual({ WD1: { date: '2024-12-18', reason: 'Chair unwell on the 17th' } });
    overrideDeadline(doc, wd1!, null);
    expect(project(doc, null).decision.dateOverrides).toEqual({});
  });
});
