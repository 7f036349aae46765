import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api.ts';
import { screensApi } from '../../screensApi.ts';
import { TextArea } from '../../components/fields.tsx';
import { Tag } from '../../components/Tag.tsx';
import { T, useFormat, useT } from '../../i18n/useT.tsx';
import type { MessageId, Msg } from '../../../shared/i18n/messages.ts';
import type { AmendmentSummary, RecordState } from '../../../shared/api/record.ts';

/**
 * AM3 — Requests to change the record. Accepting turns the change made in the room into a new
 * version (its log names the request); declining needs a reason, which the person sees.
 */
export function AmendmentsPanel({ conferenceId, state, onChanged }: { conferenceId: string; state: RecordState; onChanged: () => Promise<void> }) {
  const t = useT();
  return (
    <section className="cr-section" aria-labelledby="amendments-title">
      <h2 className="govuk-heading-m" id="amendments-title">
        {t('record.amendments.title')}
      </h2>
      {state.amendments.map((a) => (
        <Request key={a.id} conferenceId={conferenceId} a={a} onChanged={onChanged} />
      ))}
    </section>
  );
}

function Request({ conferenceId, a, onChanged }: { conferenceId: string; a: AmendmentSummary; onChanged: () => Promise<void> }) {
  const t = useT();
  const f = useFormat();
  const [mode, setMode] = useState<'accept' | 'decline' | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<Msg | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      if (mode === 'accept') await screensApi.acceptAmendment(conferenceId, a.id, text);
      else await screensApi.declineAmendment(conferenceId, a.id, text);
      setMode(null);
      setText('');
      setError(null);
      await onChanged();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      // The field's own words in the reader's language; any other refusal as the server put it.
      const field: MessageId = mode === 'accept' ? 'record.amendments.error.accept' : 'record.amendments.error.decline';
      setError(Object.keys(err.fields).length ? { id: field } : err.msg);
    }
  };
  return (
    <div className="govuk-inset-text">
      <p className="govuk-body cr-record-tags">
        <T id="record.amendments.from" values={{ name: a.name, when: f.instant(a.receivedAt), b: (chunks) => <strong>{chunks}</strong> }} />
        {a.late ? <Tag colour="yellow">{t('record.amendments.late')}</Tag> : null}
        {a.status !== 'waiting' ? (
          <Tag colour={a.status === 'accepted' ? 'green' : 'grey'}>
            {a.status === 'accepted' ? t('record.amendments.accepted', { version: a.version ?? '' }) : t('record.amendments.declined')}
          </Tag>
        ) : null}
      </p>
      <p className="govuk-body">{t('record.amendments.part', { part: a.part })}</p>
      <p className="govuk-body">{t('record.amendments.wanted', { wanted: a.wanted })}</p>
      {a.response ? <p className="govuk-body">{t('record.amendments.answer', { answer: a.response })}</p> : null}
      {a.status === 'waiting' && !mode ? (
        <div className="govuk-button-group">
          <button type="button" className="govuk-button" onClick={() => setMode('accept')}>{t('record.amendments.accept')}</button>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setMode('decline')}>{t('record.amendments.decline')}</button>
        </div>
      ) : null}
      {mode ? (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <TextArea
            id={`amend-${a.id}`}
            label={mode === 'accept' ? t('record.amendments.whatChanged') : t('record.amendments.whyNot')}
            hint={mode === 'accept' ? t('record.amendments.acceptHint') : undefined}
            rows={3}
            value={text}
            onChange={(e) => setText(e.target.value)}
            error={error ? t(error) : undefined}
          />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button">{mode === 'accept' ? t('record.amendments.acceptSubmit') : t('record.amendments.declineSubmit')}</button>
            <button type="button" className="cr-link-button" onClick={() => setMode(null)}>{t('record.amendments.cancel')}</button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
