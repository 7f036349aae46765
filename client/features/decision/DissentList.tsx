import { useEffect, useRef, useState, type FormEvent } from 'react';
import { InlineConfirm } from '../../components/InlineConfirm.tsx';
import { TextArea, TextInput } from '../../components/fields.tsx';
import { useCanEdit, useCommand, useConference } from '../../model/hooks.ts';
import { setDissentIn } from './commands.ts';
import { FormButtons } from '../../components/FormButtons.tsx';
import { T, useT } from '../../i18n/useT.tsx';

/** DE3: who disagrees with the decision and why, kept in the record. `prefill` starts a new entry for that person. */
export function DissentList({ prefill }: { prefill: { by: string; seq: number } | null }) {
  const t = useT();
  const dissent = useConference((m) => m.decision.dissent);
  const canEdit = useCanEdit();
  const run = useCommand(setDissentIn);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [by, setBy] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!prefill) return;
    setEditing('new');
    setBy(prefill.by);
    setText('');
    setError(null);
    requestAnimationFrame(() => textRef.current?.focus());
  }, [prefill]);

  const start = (i: number | 'new') => {
    const d = i === 'new' ? undefined : dissent[i];
    setEditing(i);
    setBy(d?.by ?? '');
    setText(d?.text ?? '');
    setError(null);
  };
  const save = (e: FormEvent) => {
    e.preventDefault();
    const entry = { by: by.trim(), text: text.trim() };
    const next = editing === 'new' || editing === null ? [...dissent, entry] : dissent.map((d, i) => (i === editing ? entry : d));
    const r = run(next);
    if (!r.ok) return setError(r.reasons.map((x) => t(x)).join(' '));
    setEditing(null);
  };

  return (
    <section className="cr-dissent" aria-labelledby="dissent-title">
      <h3 className="govuk-heading-s" id="dissent-title">
        {t('decision.dissent.title')}
      </h3>
      {dissent.length === 0 ? <p className="govuk-body cr-empty">{t('decision.dissent.none')}</p> : null}
      <ul className="cr-dissent__list">
        {dissent.map((d, i) => (
          <li key={`${d.by}-${i}`} className="cr-dissent__item">
            <p className="govuk-body">
              <T id="decision.dissent.line" values={{ by: d.by, text: d.text, b: (chunks) => <strong>{chunks}</strong> }} />
            </p>
            {canEdit ? (
              <div className="cr-item__actions">
                <button type="button" className="cr-link-button" onClick={() => start(i)}>
                  {t('decision.dissent.change')}
                  <span className="govuk-visually-hidden">{t('decision.dissent.changeWhat', { by: d.by })}</span>
                </button>
                <InlineConfirm className="cr-link-button cr-link-button--warning" label={t('decision.dissent.remove')} question={t('decision.dissent.removeQuestion', { by: d.by })} confirmLabel={t('decision.dissent.removeConfirm')} warning onConfirm={() => void run(dissent.filter((_, j) => j !== i))} />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit && editing !== null ? (
        <form className="govuk-inset-text cr-dissent__form" onSubmit={save} noValidate>
          <TextInput id="dissent-by" label={t('decision.dissent.who')} value={by} onChange={(e) => setBy(e.target.value)} error={error && !by.trim() ? error : undefined} />
          <TextArea id="dissent-text" ref={textRef} label={t('decision.dissent.what')} rows={3} value={text} onChange={(e) => setText(e.target.value)} error={error && by.trim() ? error : undefined} />
          <FormButtons submitLabel={t('decision.dissent.save')} onCancel={() => setEditing(null)} />
        </form>
      ) : null}
      {canEdit && editing === null ? (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => start('new')}>
          {t('decision.dissent.add')}
        </button>
      ) : null}
    </section>
  );
}
