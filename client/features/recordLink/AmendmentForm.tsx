import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api.ts';
import { screensApi } from '../../screensApi.ts';
import { ErrorSummary, errorFor, type FieldError } from '../../components/ErrorSummary.tsx';
import { TextArea } from '../../components/fields.tsx';
import { Banner } from '../../components/Banner.tsx';
import { useT } from '../../i18n/useT.tsx';
import type { Msg } from '../../../shared/i18n/messages.ts';

/** The form's fields, with the words that say what each one needs. */
const FIELDS = { part: { id: 'amend-part', msg: 'recordLink.amend.error.part' }, wanted: { id: 'amend-wanted', msg: 'recordLink.amend.error.wanted' } } as const;

/** AM1 — Ask for a change: which part is wrong and what it should say. */
export function AmendmentForm({ token, onSent }: { token: () => string; onSent: () => Promise<void> }) {
  const t = useT();
  const [part, setPart] = useState('');
  const [wanted, setWanted] = useState('');
  // Message ids in state, translated when shown, so the errors follow a change of language.
  const [problems, setProblems] = useState<{ field: string; msg: Msg }[]>([]);
  const [sent, setSent] = useState(false);
  const errors: FieldError[] = problems.map((p) => ({ field: p.field, message: t(p.msg) }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSent(false);
    try {
      await screensApi.requestAmendment({ token: token(), part, wanted });
      setPart('');
      setWanted('');
      setProblems([]);
      setSent(true);
      await onSent();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      const fields = Object.keys(err.fields).filter((k): k is keyof typeof FIELDS => k in FIELDS).map((k) => ({ field: FIELDS[k].id, msg: { id: FIELDS[k].msg } }));
      setProblems(fields.length ? fields : [{ field: '', msg: err.msg }]);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="amend-title">
      <h2 className="govuk-heading-m" id="amend-title">{t('recordLink.amend.title')}</h2>
      <ErrorSummary errors={errors} />
      {sent ? <Banner title={t('recordLink.amend.sent')} success role="status"><p className="govuk-body">{t('recordLink.amend.sentBody')}</p></Banner> : null}
      <TextArea id="amend-part" label={t('recordLink.amend.part')} hint={t('recordLink.amend.partHint')} rows={2} value={part} onChange={(e) => setPart(e.target.value)} error={errorFor(errors, 'amend-part')} />
      <TextArea id="amend-wanted" label={t('recordLink.amend.wanted')} rows={4} value={wanted} onChange={(e) => setWanted(e.target.value)} error={errorFor(errors, 'amend-wanted')} />
      <button type="submit" className="govuk-button">{t('recordLink.amend.submit')}</button>
    </form>
  );
}
