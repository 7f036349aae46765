import { useState, type FormEvent } from 'react';
import { ApiError, api } from '../../api.ts';
import { TextArea } from '../../components/fields.tsx';
import { Tag } from '../../components/Tag.tsx';
import type { AmendmentSummary, RecordState } from '../../../shared/api/record.ts';
import { formatInstant } from './formatInstant.ts';

/**
 * AM3 — Requests to change the record. Accepting turns the change made in the room into a new
 * version (its log names the request); declining needs a reason, which the person sees.
 */
export function AmendmentsPanel({ conferenceId, state, onChanged }: { conferenceId: string; state: RecordState; onChanged: () => Promise<void> }) {
  return (
    <section className="cr-section" aria-labelledby="amendments-title">
      <h2 className="cr-heading-m" id="amendments-title">
        Requests to change the record
      </h2>
      {state.amendments.map((a) => (
        <Request key={a.id} conferenceId={conferenceId} a={a} onChanged={onChanged} />
      ))}
    </section>
  );
}

function Request({ conferenceId, a, onChanged }: { conferenceId: string; a: AmendmentSummary; onChanged: () => Promise<void> }) {
  const [mode, setMode] = useState<'accept' | 'decline' | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      if (mode === 'accept') await api.acceptAmendment(conferenceId, a.id, text);
      else await api.declineAmendment(conferenceId, a.id, text);
      setMode(null);
      setText('');
      await onChanged();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Something went wrong. Try again.');
    }
  };
  return (
    <div className="cr-inset">
      <p className="cr-body">
        <strong>{a.name}</strong>, {formatInstant(a.receivedAt)} {a.late ? <Tag colour="yellow">After the time to ask</Tag> : null}{' '}
        {a.status !== 'waiting' ? <Tag colour={a.status === 'accepted' ? 'green' : 'grey'}>{a.status === 'accepted' ? `Accepted in version ${a.version}` : 'Declined'}</Tag> : null}
      </p>
      <p className="cr-body">Which part: {a.part}</p>
      <p className="cr-body">What it should say: {a.wanted}</p>
      {a.response ? <p className="cr-body">Answer: {a.response}</p> : null}
      {a.status === 'waiting' && !mode ? (
        <div className="cr-button-group">
          <button type="button" className="cr-button" onClick={() => setMode('accept')}>Accept the change</button>
          <button type="button" className="cr-button cr-button--secondary" onClick={() => setMode('decline')}>Decline</button>
        </div>
      ) : null}
      {mode ? (
        <form onSubmit={(e) => void submit(e)} noValidate>
          {error ? <p className="cr-error-message" role="alert">{error}</p> : null}
          <TextArea
            id={`amend-${a.id}`}
            label={mode === 'accept' ? 'What you changed in the record' : 'Why not (the person will see this)'}
            hint={mode === 'accept' ? 'Make the change in the room first. Accepting makes a new version of the record.' : undefined}
            rows={3}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <div className="cr-button-group">
            <button type="submit" className="cr-button">{mode === 'accept' ? 'Accept and make a new version' : 'Decline the request'}</button>
            <button type="button" className="cr-link-button" onClick={() => setMode(null)}>Cancel</button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
