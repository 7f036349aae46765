import { useState, type FormEvent } from 'react';
import { ApiError, api } from '../../api.ts';
import { ErrorSummary, errorFor, type FieldError } from '../../components/ErrorSummary.tsx';
import { TextArea } from '../../components/fields.tsx';
import { Banner } from '../../components/Banner.tsx';

/** AM1 — Ask for a change: which part is wrong and what it should say. */
export function AmendmentForm({ token, onSent }: { token: () => string; onSent: () => Promise<void> }) {
  const [part, setPart] = useState('');
  const [wanted, setWanted] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [sent, setSent] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSent(false);
    try {
      await api.requestAmendment({ token: token(), part, wanted });
      setPart('');
      setWanted('');
      setErrors([]);
      setSent(true);
      await onSent();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      const fields = Object.entries(err.fields).map(([k, message]) => ({ field: k === 'part' ? 'amend-part' : k === 'wanted' ? 'amend-wanted' : '', message }));
      setErrors(fields.length ? fields : [{ field: '', message: err.message }]);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="amend-title">
      <h2 className="cr-heading-m" id="amend-title">Ask for a change</h2>
      <ErrorSummary errors={errors} />
      {sent ? <Banner title="Your request has been sent" success role="status"><p className="cr-body">The chair or note taker will look at it and answer you here.</p></Banner> : null}
      <TextArea id="amend-part" label="Which part of the record is wrong?" hint="For example, the heading or the sentence." rows={2} value={part} onChange={(e) => setPart(e.target.value)} error={errorFor(errors, 'amend-part')} />
      <TextArea id="amend-wanted" label="What should it say?" rows={4} value={wanted} onChange={(e) => setWanted(e.target.value)} error={errorFor(errors, 'amend-wanted')} />
      <button type="submit" className="cr-button">Send my request</button>
    </form>
  );
}
