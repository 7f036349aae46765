import { useState } from 'react';
import { checkDecision } from '../../../shared/rules/decision.ts';
import { decisionProblems } from '../../../shared/commands/decision.ts';
import { differsFromRecorded } from '../../../shared/schema/decisionRecord.ts';
import { Banner, WarningText } from '../../components/Banner.tsx';
import type { FieldError } from '../../components/ErrorSummary.tsx';
import { useFormat, useT } from '../../i18n/useT.tsx';
import { quorumWarning } from '../../../shared/rules/quorum.ts';
import { useCanEdit, useConference } from '../../model/hooks.ts';
import { useIntents, useIntentStatus } from '../../model/intents.tsx';
import { useRoom } from '../../model/RoomContext.tsx';
import { DecisionHistory } from './DecisionHistory.tsx';
import { QuorumWarning } from './QuorumWarning.tsx';
import { usesMessages } from '../../../shared/i18n/messages.ts';

// The server refuses a decision with these (shared/commands/decision.ts and its rules).
usesMessages('commands.decision.', 'rules.decision.');

/**
 * DE5: "Record the decision". The server records it (record_decision) and audits it; the same
 * rule is checked here first so that what is missing shows at once in the step's error summary,
 * each message linked to the child or the reasons it is about. DE6: after recording, changes are
 * a draft — the family and the projector keep the recorded version until it is recorded again.
 */
export function RecordDecision({ onErrors }: { onErrors: (errors: FieldError[]) => void }) {
  const t = useT();
  const f = useFormat();
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
      const issue = issues.find((i) => i.message.id === reason.id && i.message.values?.name === reason.values?.name);
      return { field: issue?.childId ? `decision-${issue.childId}` : issue ? '' : 'decision-rationale', message: t(reason) };
    });
    onErrors(found);
  };

  return (
    <div className="cr-record-decision">
      {recorded && !draft ? (
        <Banner title={t('decision.record.done')} success role="status">
          <p className="govuk-body">{t('decision.record.doneBody', { time: f.time(recorded.recordedAt) })}</p>
          {recorded.quorum && !recorded.quorum.quorate ? <p className="govuk-body">{t('decision.record.withWarning', { warning: t(quorumWarning(recorded.quorum)!) })}</p> : null}
        </Banner>
      ) : null}
      {recorded && draft ? (
        <div role="status">
          <WarningText id="decision-draft">
            {t('decision.record.draft', { time: f.time(recorded.recordedAt) })}
          </WarningText>
        </div>
      ) : null}
      {!recorded || draft ? <QuorumWarning /> : null}
      {sent.state === 'refused' ? <p className="govuk-error-message">{t(sent.message)}</p> : null}
      {sent.state === 'waiting' ? <p className="govuk-body" role="status">{sent.retrying ? t('sync.notSentYet') : t('decision.record.sending')}</p> : null}
      {canEdit && (!recorded || draft) ? (
        <button type="button" className="govuk-button" disabled={sent.state === 'waiting'} onClick={record}>
          {t(recorded ? 'decision.record.again' : 'decision.record.submit')}
        </button>
      ) : null}
      <DecisionHistory />
    </div>
  );
}
