import type { ConferenceDocs } from '../../../shared/commands/docs.ts';
import { overrideDeadline, setChildDecision, setDissent, setPeople, setRationale } from '../../../shared/commands/decision.ts';
import type { Deadline } from '../../../shared/rules/deadlines.ts';
import type { PerChildDecision } from '../../../shared/rules/decision.ts';
import type { DecisionRecord } from '../../../shared/schema/project.ts';

/** The decision commands (DE1–DE4, OV1; DE5 goes through the server) bound the way `useCommand` expects. */
export const setChildDecisionIn = (d: ConferenceDocs, decision: PerChildDecision) => setChildDecision(d.shared, decision);
export const setRationaleIn = (d: ConferenceDocs, text: string) => setRationale(d.shared, text);
export const setDissentIn = (d: ConferenceDocs, dissent: DecisionRecord['dissent']) => setDissent(d.shared, dissent);
export const setPeopleIn = (d: ConferenceDocs, people: { keyWorker: string; coreGroup: readonly string[] }) => setPeople(d.shared, people);
export const overrideDeadlineIn = (d: ConferenceDocs, deadline: Deadline, change: { date: string; reason: string } | null) =>
  overrideDeadline(d.shared, deadline, change);
