import { useState } from 'react';
import { checkDecision } from '../../../shared/rules/decision.ts';
import { decisionProblems } from '../../../shared/commands/decision.ts';
import { differsFromRecorded } from '../../../shared/schema/decisionRecord.ts';
import { Banner, WarningText } from '../../components/Banner.tsx';
import type { FieldError } from '../../components/ErrorSummary.tsx';
import { formatTime } from '../../format.ts';
import { useCanEdit, useConference } from '../../model/hooks.ts';
import { useIntents, useIntentStatus } from '../../model/intents.tsx';
import { useRoom } from '../../model/RoomContext.tsx';
import { NOT_SENT_YET_TEXT } from '../../../shared/schema/syncStatus.ts';
import { DecisionHistory } from './DecisionHistory.tsx';
import { QuorumWarning } from './QuorumWarning.tsx';
import { useT } from '../../i18n/useT.tsx';

/**
 * DE5: "Record the decision". The server records it (record_decision) and audits it; the same
 * rule is checked here first so that what is missing shows at once in the step's error summary,
 * each message linked to the child or the reasons it is about. DE6: after recording, changes are
 * a draft — the family and the projector keep the recorded version until it is recorded again.
 */
export function RecordDecision({ onErrors }: { onErrors: (errors: FieldError[]) => void }) {
  const t = useT();
  const { conference } = useRoom();
  const decision = useConference((m) => m.decision);
  const canEdit = useCanEdit();
  const queue = useIntents();
  const [sentId, setSentId] = useState<string | null>(null);
  const sent = useIntentStatus(sentId);
  const recorded = decision.recorded;
  const draft = differsFromRecorded(decision, recorded);

  const record = () => {
    const conf = { jurisdiction: conference.jurisdiction, type: conference.type, children: conference.children };
    const reasons = decisionProblems(conf, decision);
    if (reasons.length === 0) {
      onErrors([]);
      setSentId(queue.send('record_decision', {}));
      return;
    }
    // Link each reason to its field: the rule's issues name the child; anything else is about the reasons.
    const check = checkDecision(conf.jurisdiction, conf.type, decision.perChild, conference.children.map((c) => c.id), (id) => conference.children.find((c) => c.id === id)?.name ?? id);
    const issues = check.ok ? [] : check.issues;
    const found = reasons.map((reason) => {
      const issue = issues.find((i) => JSON.stringify(i.message) === JSON.stringify(reason));
      return { field: issue?.childId ? `decision-${issue.childId}` : issue ? '' : 'decision-rationale', message: t(reason) };
    });
    onErrors(found);
  };

  return (
    <div className="cr-record-decision">
      {recorded && !draft ? (
        <Banner title="Decision recorded" success role="status">
          <p className="cr-body">The decision was recorded at {formatTime(recorded.recordedAt)} and is shown to everyone.</p>
          {recorded.quorum && !recorded.quorum.quorate ? <p className="cr-body">Recorded with the warning: {recorded.quorum.warning}</p> : null}
        </Banner>
      ) : null}
      {recorded && draft ? (
        <div role="status">
          <WarningText id="decision-draft">
            Changes not recorded yet. The family and the projector still show the decision recorded at {formatTime(recorded.recordedAt)}. Record the decision again to make these changes the decision; the record keeps both.
          </WarningText>
        </div>
      ) : null}
      {!recorded || draft ? <QuorumWarning /> : null}
      {sent.state === 'refused' ? <p className="cr-error-message">{sent.message}</p> : null}
      {sent.state === 'waiting' ? <p className="cr-body" role="status">{sent.retrying ? NOT_SENT_YET_TEXT : 'Recording the decision…'}</p> : null}
      {canEdit && (!recorded || draft) ? (
        <button type="button" className="cr-button" disabled={sent.state === 'waiting'} onClick={record}>
          {recorded ? 'Record the decision again with these changes' : 'Record the decision'}
        </button>
      ) : null}
      <DecisionHistory />
    </div>
  );
}
