import { useState, type FormEvent } from 'react';
import { Table } from '../../components/govuk/Table.tsx';
import { ApiError } from '../../api.ts';
import { screensApi } from '../../screensApi.ts';
import { ErrorSummary, errorFor, type FieldError } from '../../components/ErrorSummary.tsx';
import { TextArea } from '../../components/fields.tsx';
import { Tag } from '../../components/Tag.tsx';
import { useFormat, useT } from '../../i18n/useT.tsx';
import type { Msg } from '../../../shared/i18n/messages.ts';
import type { RecordState } from '../../../shared/api/record.ts';

/** The finalise form's fields, with the words that say what each one needs. */
const FIELD_ERRORS = { what: 'record.finalise.error.what', why: 'record.finalise.error.why' } as const;

/** FZ1/FZ2 — Finalise version 1, or make a later version with what changed and why; the versions so far, each verified. */
export function FinalisePanel({ conferenceId, state, onChanged }: { conferenceId: string; state: RecordState; onChanged: () => Promise<void> }) {
  const t = useT();
  const f = useFormat();
  const [what, setWhat] = useState('');
  const [why, setWhy] = useState('');
  // Message ids in state, translated when shown, so the errors follow a change of language.
  const [problems, setProblems] = useState<{ field: string; msg: Msg }[]>([]);
  const [busy, setBusy] = useState(false);
  const latest = state.versions.at(-1) ?? null;
  const errors: FieldError[] = problems.map((p) => ({ field: p.field, message: t(p.msg) }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await screensApi.finaliseRecord(conferenceId, latest ? { what, why } : {});
      setWhat('');
      setWhy('');
      setProblems([]);
      await onChanged();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      const fields = Object.keys(err.fields).filter((k): k is keyof typeof FIELD_ERRORS => k in FIELD_ERRORS)
        .map((k) => ({ field: `finalise-${k}`, msg: { id: FIELD_ERRORS[k] } }));
      setProblems(fields.length ? fields : [{ field: '', msg: err.msg }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="cr-section" aria-labelledby="finalise-title">
      <h2 className="govuk-heading-m" id="finalise-title">
        {latest ? t('record.finalise.versionFinal', { version: latest.version }) : t('record.finalise.title')}
      </h2>
      {state.versions.length ? (
        <Table
          caption={t('record.versions.caption')}
          captionSize="m"
          head={(['version', 'finalised', 'what', 'checked'] as const).map((k) => ({ key: k, content: t(`record.versions.${k}`) }))}
          rows={state.versions.map((r) => ({
            key: String(r.version),
            cells: [
              r.version,
              t('record.versions.finalisedBy', { when: f.instant(r.finalisedAt), name: r.finalisedBy }),
              r.change ? t('record.versions.change', { what: r.change.what, why: r.change.request ? t('record.change.fromRequest', { name: r.change.request.from, part: r.change.request.part }) : r.change.why }) : t('record.versions.first'),
              r.verified ? <Tag colour="green">{t('record.versions.verified')}</Tag> : <Tag colour="yellow">{t('record.versions.mismatch')}</Tag>,
            ],
          }))}
        />
      ) : (
        <p className="govuk-body">{t('record.finalise.intro')}</p>
      )}
      {state.meetingEnded && (!latest || state.draftChanged) ? (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <ErrorSummary errors={errors} />
          {latest ? (
            <>
              <p className="govuk-body">{t('record.finalise.changed', { version: latest.version, next: latest.version + 1 })}</p>
              <TextArea id="finalise-what" label={t('record.finalise.what')} rows={2} value={what} onChange={(e) => setWhat(e.target.value)} error={errorFor(errors, 'finalise-what')} />
              <TextArea id="finalise-why" label={t('record.finalise.why')} rows={2} value={why} onChange={(e) => setWhy(e.target.value)} error={errorFor(errors, 'finalise-why')} />
            </>
          ) : null}
          <button type="submit" className="govuk-button" disabled={busy}>
            {latest ? t('record.finalise.make', { version: latest.version + 1 }) : t('record.finalise.title')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
