import { useState, type FormEvent } from 'react';
import { ApiError, api } from '../../api.ts';
import { ErrorSummary, errorFor, type FieldError } from '../../components/ErrorSummary.tsx';
import { TextArea } from '../../components/fields.tsx';
import { Tag } from '../../components/Tag.tsx';
import type { RecordState } from '../../../shared/api/record.ts';
import { formatInstant } from './formatInstant.ts';

/** FZ1/FZ2 — Finalise version 1, or make a later version with what changed and why; the versions so far, each verified. */
export function FinalisePanel({ conferenceId, state, onChanged }: { conferenceId: string; state: RecordState; onChanged: () => Promise<void> }) {
  const [what, setWhat] = useState('');
  const [why, setWhy] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const latest = state.versions.at(-1) ?? null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await api.finaliseRecord(conferenceId, latest ? { what, why } : {});
      setWhat('');
      setWhy('');
      setErrors([]);
      await onChanged();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      const fields = Object.entries(err.fields).map(([field, message]) => ({ field: `finalise-${field}`, message }));
      setErrors(fields.length ? fields : [{ field: '', message: err.message }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="cr-section" aria-labelledby="finalise-title">
      <h2 className="cr-heading-m" id="finalise-title">
        {latest ? `Version ${latest.version} is final` : 'Finalise the record'}
      </h2>
      {state.versions.length ? (
        <table className="cr-table">
          <caption className="cr-table__caption">Versions of the record</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Finalised</th>
              <th scope="col">What changed, and why</th>
              <th scope="col">Checked</th>
            </tr>
          </thead>
          <tbody>
            {state.versions.map((v) => (
              <tr key={v.version}>
                <td>{v.version}</td>
                <td>
                  {formatInstant(v.finalisedAt)} by {v.finalisedBy}
                </td>
                <td>{v.change ? `${v.change.what}. ${v.change.why}` : 'First version'}</td>
                <td>{v.verified ? <Tag colour="green">Unchanged since finalised</Tag> : <Tag colour="yellow">Does not match its fingerprint</Tag>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="cr-body">Tidy the wording and complete the plan in the room first. Finalising keeps this version as it is, for good; later changes make a new version.</p>
      )}
      {state.meetingEnded && (!latest || state.draftChanged) ? (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <ErrorSummary errors={errors} />
          {latest ? (
            <>
              <p className="cr-body">The record has changed since version {latest.version}. Say what changed and why, then make version {latest.version + 1}.</p>
              <TextArea id="finalise-what" label="What changed" rows={2} value={what} onChange={(e) => setWhat(e.target.value)} error={errorFor(errors, 'finalise-what')} />
              <TextArea id="finalise-why" label="Why it changed" rows={2} value={why} onChange={(e) => setWhy(e.target.value)} error={errorFor(errors, 'finalise-why')} />
            </>
          ) : null}
          <button type="submit" className="cr-button" disabled={busy}>
            {latest ? `Make version ${latest.version + 1}` : 'Finalise the record'}
          </button>
        </form>
      ) : null}
    </section>
  );
}
