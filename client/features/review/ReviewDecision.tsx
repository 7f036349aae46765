import { useState } from 'react';
import type { Child } from '../../../shared/schema/conference.ts';
import { categoryOptions, decisionOptions, reviewChange, type Category, type Outcome } from '../../../shared/rules/decision.ts';
import { useCanEdit, useCommand, useConference } from '../../model/hooks.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { useFormat, useT } from '../../i18n/useT.tsx';
import { Textarea } from '../../components/govuk/Textarea.tsx';
import { setChildDecisionIn } from '../decision/commands.ts';

/**
 * DC6 — At a review, beside each child's decision: what the last conference decided, and (when the
 * plan ends or its category changes) the reason for that child, which the decision cannot be recorded without.
 */
export function ReviewChildDecision({ child }: { child: Child }) {
  const t = useT();
  const f = useFormat();
  const { conference } = useRoom();
  const canEdit = useCanEdit();
  const previous = useConference((m) => m.previous);
  const current = useConference((m) => m.decision.perChild.find((p) => p.childId === child.id));
  const run = useCommand(setChildDecisionIn);
  const [reason, setReason] = useState(current?.reason ?? '');
  if (conference.type !== 'review') return null;
  const before = previous?.decision?.perChild.find((p) => p.childId === child.id) ?? null;
  const prevType = previous?.type ?? 'initial';
  const outcomeMsg = before ? decisionOptions(conference.jurisdiction, prevType).find((o) => o.value === before.outcome)?.label : undefined;
  const categoryMsg = before?.category ? categoryOptions(conference.jurisdiction).find((c) => c.value === before.category)?.label : undefined;
  const label = before ? (outcomeMsg ? t(outcomeMsg) : before.outcome) : null;
  const category = before?.category ? (categoryMsg ? t(categoryMsg) : before.category) : null;
  const needsReason = current ? reviewChange(current, before) !== 'continues' : false;
  return (
    <div className="cr-review-decision">
      {before && previous ? (
        <p className="govuk-inset-text" data-testid={`previous-decision-${child.id}`}>
          <strong>{t('review.decision.previous', { date: f.date(previous.startsAt.slice(0, 10)) })}</strong>
          <br />
          {category ? [label, category].join(', ') : label}
        </p>
      ) : null}
      {needsReason && current ? (
        <Textarea
          id={`decision-${child.id}-reason`}
          label={t('review.decision.reason', { name: child.name })}
          hint={t('review.decision.reasonHint')}
          value={reason}
          rows={3}
          disabled={!canEdit}
          onChange={(e) => setReason(e.target.value)}
          onBlur={() => canEdit && run({ childId: child.id, outcome: current.outcome as Outcome, category: (current.category as Category | null) ?? null, reason: reason.trim() || undefined })}
        />
      ) : null}
    </div>
  );
}
