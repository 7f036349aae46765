import { useEffect, useState } from 'react';
import { actionFieldsSchema, type ActionFields } from '../../../shared/schema/action.ts';
import { fail, ok, zodReasons } from '../../../shared/result.ts';
import { usesMessages, msg } from '../../../shared/i18n/messages.ts';
import { canPropose } from '../../../shared/rules/permissions.ts';
import { useConnectionStatus } from '../../model/hooks.ts';
import { useIntentStatus, useIntents, useQueueState } from '../../model/intents.tsx';
import { useRoom } from '../../model/RoomContext.tsx';
import { ActionForm } from './ActionForm.tsx';
import { useT } from '../../i18n/useT.tsx';

// The server refuses a proposal with these (shared/commands/intake.ts).
usesMessages('commands.intake.');

/** "Propose an action": sent to the chair, who may add it to the plan. Kept on this device while offline. */
export function ProposeAction() {
  const t = useT();
  const { me } = useRoom();
  const queue = useIntents();
  const link = useConnectionStatus((c) => c.link);
  const [sentId, setSentId] = useState<string | null>(null);
  // A refused proposal comes back into the form, so nothing typed is lost.
  const [restore, setRestore] = useState<{ action: ActionFields; seq: number } | null>(null);
  const status = useIntentStatus(sentId);
  const refused = useQueueState(queue, (s) => (sentId && s.answers[sentId]?.ok === false ? s.answers[sentId] : undefined));
  useEffect(() => {
    if (!refused) return;
    const parsed = actionFieldsSchema.safeParse(refused.body.action);
    if (parsed.success) setRestore((r) => ({ action: parsed.data, seq: (r?.seq ?? 0) + 1 }));
  }, [refused]);
  if (!canPropose(me.role)) return null;

  const send = (v: ActionFields) => {
    if (!v.what) return fail(msg('plan.propose.whatMissing'));
    const parsed = actionFieldsSchema.safeParse(v);
    if (!parsed.success) return fail(...zodReasons(parsed.error).slice(0, 1));
    setSentId(queue.send('propose_action', { action: parsed.data }));
    return ok(undefined);
  };

  return (
    <section className="cr-propose" aria-labelledby="propose-action-title">
      <h2 className="govuk-heading-m" id="propose-action-title">
        {t('plan.propose.title')}
      </h2>
      <p className="govuk-body">{t('plan.propose.intro')}</p>
      <ActionForm key={restore?.seq ?? 0} idPrefix="propose-action" initial={restore?.action} clearOnSubmit submitLabel={t('plan.propose.submit')} onSubmit={send} />
      <p className="govuk-body cr-propose__status" role="status">
        {status.state === 'sent' ? t('plan.propose.sent') : ''}
        {status.state === 'waiting' ? (link === 'connected' ? (status.retrying ? t('plan.propose.retrying') : t('plan.propose.sending')) : t('plan.propose.kept')) : ''}
        {status.state === 'refused' ? t(status.message) : ''}
      </p>
    </section>
  );
}
