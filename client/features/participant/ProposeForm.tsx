import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { AGENDA, sectionIdSchema, type AgendaStep } from '../../../shared/rules/agenda.ts';
import { itemTextSchema } from '../../../shared/schema/item.ts';
import { usesMessages, type Msg } from '../../../shared/i18n/messages.ts';
import { issueMsg } from '../../../shared/i18n/zodErrors.ts';
import { Button, ButtonGroup } from '../../components/govuk/Button.tsx';
import { ErrorSummary, errorFor, type FieldError } from '../../components/govuk/ErrorSummary.tsx';
import { InsetText } from '../../components/govuk/InsetText.tsx';
import { Select } from '../../components/govuk/Select.tsx';
import { Textarea } from '../../components/govuk/Textarea.tsx';
import { useConnectionStatus } from '../../model/hooks.ts';
import { sectionsOf } from '../../model/steps.ts';
import { draftKey } from '../../sync/localStorageKeys.ts';
import type { IntentQueue } from '../../sync/intents.ts';
import { useQueueState } from '../../model/intents.tsx';
import { useAgendaWords } from '../../model/useAgendaWords.ts';
import { useT } from '../../i18n/useT.tsx';

// The server refuses a proposal with these (shared/commands/intake.ts).
usesMessages('commands.intake.');

interface Draft {
  section: string;
  text: string;
  /** The step it was started on: when the room moves on, unsent words are put aside, not left in the box. */
  step?: string;
}

function readDraft(conferenceId: string): Draft | null {
  try {
    const d = JSON.parse(localStorage.getItem(draftKey(conferenceId)) ?? 'null') as Draft | null;
    return d && typeof d.text === 'string' && typeof d.section === 'string' && (d.step === undefined || typeof d.step === 'string') ? d : null;
  } catch {
    return null;
  }
}

function writeDraft(conferenceId: string, d: Draft): void {
  try {
    if (d.text) localStorage.setItem(draftKey(conferenceId), JSON.stringify(d));
    else localStorage.removeItem(draftKey(conferenceId));
  } catch {
    // Storage disabled: the draft lasts as long as the page.
  }
}

/**
 * "Propose an item": choose where it goes, write it, send it to the chair. What is typed is kept
 * on this device until the server has it; if the server refuses it, the words come back here.
 * The room moving to another step starts a fresh form (the parent remounts it per step): words
 * left unsent on the old step are offered back, never silently kept in the box nor lost.
 */
/** A problem with one field: ours by message id (worded when shown), or the server's words as sent. */
interface ProposeError {
  field: 'propose-section' | 'propose-text';
  message: Msg | string;
}

export function ProposeForm({ conferenceId, queue, step }: { conferenceId: string; queue: IntentQueue; step: AgendaStep }) {
  const stepDefault = step.sections[0] ?? '';
  const [stored] = useState(() => readDraft(conferenceId));
  const fromHere = stored && (stored.step === undefined || stored.step === step.id);
  const [draft, setDraftState] = useState<Draft>(() => (fromHere && stored ? stored : { section: stepDefault, text: '', step: step.id }));
  const [parked, setParked] = useState<Draft | null>(() => (!fromHere && stored?.text ? stored : null));
  const setDraft = (d: Draft) => setDraftState({ ...d, step: step.id });
  const [errors, setErrors] = useState<ProposeError[]>([]);
  const [sentId, setSentId] = useState<string | null>(null);
  const queued = useQueueState(queue, (s) => s.queue);
  const retrying = useQueueState(queue, (s) => s.retrying);
  const link = useConnectionStatus((c) => c.link);
  const last = useQueueState(queue, (s) => s.last);
  const agenda = useAgendaWords();
  const t = useT();

  // Follow the step for the section choice until the person has started writing.
  useEffect(() => {
    if (stepDefault) setDraftState((d) => (d.text ? d : { ...d, section: stepDefault }));
  }, [stepDefault]);
  // Words put aside stay on the device until the person takes them back or lets them go.
  useEffect(() => writeDraft(conferenceId, draft.text || !parked ? draft : parked), [conferenceId, draft, parked]);

  // A refused proposal comes back into the form with the reason.
  useEffect(() => {
    if (last && last.id === sentId && !last.ok) {
      setDraftState({ section: String(last.body.section ?? ''), text: String(last.body.text ?? ''), step: step.id });
      setErrors([{ field: 'propose-text', message: last.fieldMsgs?.text ?? last.msg ?? { id: 'participant.propose.refused' } }]);
      setSentId(null);
    }
  }, [last, sentId, step.id]);

  const groups = useMemo(() => AGENDA.filter((s) => s.sections.length > 0), []);
  const isQueued = sentId !== null && queued.some((q) => q.id === sentId);
  const isSent = sentId !== null && last?.id === sentId && last.ok;
  const shown: FieldError[] = errors.map((e) => ({ field: e.field, message: typeof e.message === 'string' ? e.message : t(e.message) }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: ProposeError[] = [];
    if (!sectionIdSchema.safeParse(draft.section).success) found.push({ field: 'propose-section', message: { id: 'participant.propose.error.section' } });
    const text = itemTextSchema.safeParse(draft.text);
    if (!text.success) {
      found.push({ field: 'propose-text', message: draft.text.trim() ? (text.error.issues[0] ? issueMsg(text.error.issues[0]) : { id: 'participant.propose.error.check' }) : { id: 'participant.propose.error.empty' } });
    }
    setErrors(found);
    if (found.length || !text.success) return;
    setSentId(queue.send('propose_item', { section: draft.section, text: text.data }));
    setDraft({ section: draft.section, text: '' });
  };

  return (
    <section className="cr-propose" aria-labelledby="propose-title">
      <h2 className="govuk-heading-m" id="propose-title">
        {t('participant.propose.title')}
      </h2>
      <ErrorSummary errors={shown} id="propose-error-summary" />
      {parked ? (
        <InsetText className="cr-propose__parked">
          <p className="govuk-body">{t('participant.propose.parked')}</p>
          <p className="govuk-body cr-propose__parked-text">{parked.text}</p>
          <ButtonGroup>
            <Button
              variant="secondary"
              onClick={() => {
                setDraft({ section: parked.section, text: parked.text });
                setParked(null);
              }}
            >
              {t('participant.propose.carryOn')}
            </Button>
            <Button variant="secondary" onClick={() => setParked(null)}>
              {t('participant.propose.letGo')}
            </Button>
          </ButtonGroup>
        </InsetText>
      ) : null}
      <form onSubmit={submit} noValidate>
        <Select
          id="propose-section"
          label={t('participant.propose.where')}
          className="cr-select--full"
          value={draft.section}
          error={errorFor(shown, 'propose-section')}
          onChange={(e) => setDraft({ ...draft, section: e.target.value })}
        >
          <option value="">{t('participant.propose.choose')}</option>
          {groups.map((g) => (
            <optgroup key={g.id} label={agenda.stepTitle(g.id)}>
              {sectionsOf(g).map((s) => (
                <option key={s.id} value={s.id}>
                  {agenda.sectionTitle(s.id)}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
        <Textarea
          id="propose-text"
          label={t('participant.propose.what')}
          hint={t('participant.propose.hint')}
          rows={4}
          value={draft.text}
          onChange={(e) => setDraft({ ...draft, text: e.target.value })}
          error={errorFor(shown, 'propose-text')}
        />
        <Button type="submit" className="cr-button--full">
          {t('participant.propose.submit')}
        </Button>
      </form>
      <p className="govuk-body cr-propose__status" role="status">
        {isSent
          ? t('participant.propose.sent')
          : isQueued
            ? link === 'connected'
              ? t(retrying ? 'participant.propose.retrying' : 'participant.propose.sending')
              : t('participant.propose.kept')
            : ''}
      </p>
      {queued.length > 0 ? (
        <InsetText>
          <p className="govuk-body">{t('participant.propose.waiting', { count: queued.length })}</p>
          <ul className="govuk-list govuk-list--bullet">
            {queued.map((q) => (
              <li key={q.id}>{String(q.body.text ?? '')}</li>
            ))}
          </ul>
        </InsetText>
      ) : null}
    </section>
  );
}
