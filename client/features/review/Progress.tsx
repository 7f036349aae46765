import { useState } from 'react';
import { PROGRESS_STATES, type PlanAction, type ProgressState } from '../../../shared/schema/action.ts';
import { isKeyWorker } from '../../../shared/rules/progress.ts';
import { useConference } from '../../model/hooks.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { useIntentStatus, useIntents } from '../../model/intents.tsx';
import { useT } from '../../i18n/useT.tsx';
import { Select } from '../../components/govuk/Select.tsx';
import { Input } from '../../components/govuk/Input.tsx';
import { Button } from '../../components/govuk/Button.tsx';
import { usesMessages } from '../../../shared/i18n/messages.ts';

// The server refuses progress with these (shared/commands/review.ts).
usesMessages('commands.review.', 'commands.plan.actionGone');

/** RV3: how an action of last time's plan has gone, in words, for every screen. */
export function ProgressLine({ action }: { action: PlanAction }) {
  const t = useT();
  if (!action.carried) return null;
  const state = action.progress ? t(`review.progress.state.${action.progress}`) : t('review.progress.notReported');
  return (
    <p className="cr-progress" data-testid={`progress-${action.id}`}>
      <span className="cr-progress__state">{action.progressBy && action.progress ? t('review.progress.reported', { state, name: action.progressBy }) : state}</span>
      {action.progressNote ? <span className="cr-progress__note">{action.progressNote}</span> : null}
    </p>
  );
}

/**
 * RV3 — Progress on an action of last time's plan, with a way to report it for the chair and the
 * key worker (the server checks who may, and audits it). Everyone else sees the line only.
 */
export function ProgressControl({ action }: { action: PlanAction }) {
  const t = useT();
  const { me, user } = useRoom();
  const allowed = useConference((m) => me.role === 'chair' || isKeyWorker({ name: user.name, role: me.role }, m));
  const queue = useIntents();
  const [state, setState] = useState<ProgressState | ''>(action.progress ?? '');
  const [note, setNote] = useState(action.progressNote);
  const [sentId, setSentId] = useState<string | null>(null);
  const status = useIntentStatus(sentId);
  if (!action.carried) return null;
  if (!allowed) return <ProgressLine action={action} />;
  return (
    <div className="cr-progress">
      <ProgressLine action={action} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (state) setSentId(queue.send('record_progress', { actionId: action.id, progress: state, note }));
        }}
      >
        <Select id={`progress-${action.id}-state`} label={t('review.progress.legend')} value={state} onChange={(e) => setState(e.target.value as ProgressState)}>
          <option value="">{t('review.progress.notReported')}</option>
          {PROGRESS_STATES.map((s) => (
            <option key={s} value={s}>
              {t(`review.progress.state.${s}`)}
            </option>
          ))}
        </Select>
        <Input id={`progress-${action.id}-note`} label={t('review.progress.note')} value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
        <Button type="submit" small variant="secondary" disabled={!state || status.state === 'waiting'}>
          {t('review.progress.save')}
        </Button>
        <p className="govuk-body" role="status">
          {status.state === 'sent' ? t('review.progress.saved') : status.state === 'refused' ? t(status.message) : ''}
        </p>
      </form>
    </div>
  );
}
