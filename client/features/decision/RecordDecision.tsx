import { checkDecision } from '../../../shared/rules/decision.ts';
import { Banner } from '../../components/Banner.tsx';
import type { FieldError } from '../../components/ErrorSummary.tsx';
import { formatTime } from '../../format.ts';
import { useCanEdit, useCommand, useConference } from '../../model/hooks.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { recordDecisionIn } from './commands.ts';

/**
 * DE5: "Record the decision". What is missing comes back in plain English for the step's error
 * summary, each message linked to the child or the reasons it is about.
 */
export function RecordDecision({ onErrors }: { onErrors: (errors: FieldError[]) => void }) {
  const { conference } = useRoom();
  const decision = useConference((m) => m.decision);
  const canEdit = useCanEdit();
  const run = useCommand(recordDecisionIn);

  const record = () => {
    const conf = { jurisdiction: conference.jurisdiction, type: conference.type, children: conference.children };
    const r = run(conf, decision);
    if (r.ok) return onErrors([]);
    // Link each reason to its field: the rule's issues name the child; anything else is about the reasons.
    const check = checkDecision(conf.jurisdiction, conf.type, decision.perChild, conference.children.map((c) => c.id), (id) => conference.children.find((c) => c.id === id)?.name ?? id);
    const issues = check.ok ? [] : check.issues;
    const found = r.reasons.map((message) => {
      const issue = issues.find((i) => i.message === message);
      return { field: issue?.childId ? `decision-${issue.childId}` : issue ? '' : 'decision-rationale', message };
    });
    onErrors(found);
  };

  return (
    <div className="cr-record-decision">
      {decision.decidedAt ? (
        <Banner title="Decision recorded" success role="status">
          <p className="cr-body">
            The decision was recorded at {formatTime(decision.decidedAt)} and is shown to everyone. Changes made now change the record.
          </p>
        </Banner>
      ) : null}
      {canEdit ? (
        <button type="button" className="cr-button" onClick={record}>
          {decision.decidedAt ? 'Record the decision again with these changes' : 'Record the decision'}
        </button>
      ) : null}
    </div>
  );
}
