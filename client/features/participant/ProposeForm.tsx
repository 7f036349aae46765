import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { AGENDA, sectionIdSchema, type AgendaStep } from '../../../shared/rules/agenda.ts';
import { itemTextSchema } from '../../../shared/schema/item.ts';
import { ErrorSummary, errorFor, type FieldError } from '../../components/ErrorSummary.tsx';
import { TextArea } from '../../components/fields.tsx';
import { useConnectionStatus } from '../../model/hooks.ts';
import { sectionsOf } from '../../model/steps.ts';
import { draftKey } from '../../sync/localStorageKeys.ts';
import type { IntentQueue } from '../../sync/intents.ts';
import { useQueueState } from '../../model/intents.tsx';
import { useAgendaWords } from '../../model/useAgendaWords.ts';
import { NOT_SENT_YET_TEXT } from '../../../shared/schema/syncStatus.ts';

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
export function ProposeForm({ conferenceId, queue, step }: { conferenceId: string; queue: IntentQueue; step: AgendaStep }) {
  const stepDefault = step.sections[0] ?? '';
  const [stored] = useState(() => readDraft(conferenceId));
  const fromHere = stored && (stored.step === undefined || stored.step === step.id);
  const [draft, setDraftState] = useState<Draft>(() => (fromHere && stored ? stored : { section: stepDefault, text: '', step: step.id }));
  const [parked, setParked] = useState<Draft | null>(() => (!fromHere && stored?.text ? stored : null));
  const setDraft = (d: Draft) => setDraftState({ ...d, step: step.id });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [sentId, setSentId] = useState<string | null>(null);
  const queued = useQueueState(queue, (s) => s.queue);
  const retrying = useQueueState(queue, (s) => s.retrying);
  const link = useConnectionStatus((c) => c.link);
  const last = useQueueState(queue, (s) => s.last);
  const agenda = useAgendaWords();

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
      setErrors([{ field: 'propose-text', message: last.message ?? 'The chair’s screen could not take this. Check it and send it again.' }]);
      setSentId(null);
    }
  }, [last, sentId, step.id]);

  const groups = useMemo(() => AGENDA.filter((s) => s.sections.length > 0), []);
  const isQueued = sentId !== null && queued.some((q) => q.id === sentId);
  const isSent = sentId !== null && last?.id === sentId && last.ok;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: FieldError[] = [];
    if (!sectionIdSchema.safeParse(draft.section).success) found.push({ field: 'propose-section', message: 'Choose where your item should go' });
    const text = itemTextSchema.safeParse(draft.text);
    if (!text.success) found.push({ field: 'propose-text', message: draft.text.trim() ? (text.error.issues[0]?.message ?? 'Check what you wrote') : 'Write what you would like to add' });
    setErrors(found);
    if (found.length || !text.success) return;
    setSentId(queue.send('propose_item', { section: draft.section, text: text.data }));
    setDraft({ section: draft.section, text: '' });
  };

  return (
    <section className="cr-propose" aria-labelledby="propose-title">
      <h2 className="cr-heading-m" id="propose-title">
        Propose an item
      </h2>
      <ErrorSummary errors={errors} />
      {parked ? (
        <div className="cr-inset cr-propose__parked">
          <p className="cr-body">You started writing this on an earlier step and did not send it:</p>
          <p className="cr-body cr-propose__parked-text">{parked.text}</p>
          <div className="cr-button-group">
            <button
              type="button"
              className="cr-button cr-button--secondary"
              onClick={() => {
                setDraft({ section: parked.section, text: parked.text });
                setParked(null);
              }}
            >
              Carry on writing it
            </button>
            <button type="button" className="cr-button cr-button--secondary" onClick={() => setParked(null)}>
              Let it go
            </button>
          </div>
        </div>
      ) : null}
      <form onSubmit={submit} noValidate>
        <div className={`cr-form-group${errorFor(errors, 'propose-section') ? ' cr-form-group--error' : ''}`}>
          <label className="cr-label" htmlFor="propose-section">
            Where should it go?
          </label>
          {errorFor(errors, 'propose-section') ? <p className="cr-error-message">{errorFor(errors, 'propose-section')}</p> : null}
          <select id="propose-section" className="cr-select cr-select--full" value={draft.section} onChange={(e) => setDraft({ ...draft, section: e.target.value })}>
            <option value="">Choose</option>
            {groups.map((g) => (
              <optgroup key={g.id} label={agenda.stepTitle(g.id)}>
                {sectionsOf(g).map((s) => (
                  <option key={s.id} value={s.id}>
                    {agenda.sectionTitle(s.id)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <TextArea
          id="propose-text"
          label="What would you like to add?"
          hint="The chair reads it first and may add it to the board."
          rows={4}
          value={draft.text}
          onChange={(e) => setDraft({ ...draft, text: e.target.value })}
          error={errorFor(errors, 'propose-text')}
        />
        <button type="submit" className="cr-button cr-button--full">
          Send to the chair
        </button>
      </form>
      <p className="cr-body cr-propose__status" role="status">
        {isSent
          ? 'Sent. The chair will see this and may add it to the board.'
          : isQueued
            ? link === 'connected'
              ? retrying ? NOT_SENT_YET_TEXT : 'Sending…'
              : 'Kept on this device. It will be sent when you are connected again.'
            : ''}
      </p>
      {queued.length > 0 ? (
        <div className="cr-inset">
          <p className="cr-body">Waiting to send ({queued.length}):</p>
          <ul className="cr-list">
            {queued.map((q) => (
              <li key={q.id}>{String(q.body.text ?? '')}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
