import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ActionFields } from '../../../shared/schema/action.ts';
import type { Result } from '../../../shared/result.ts';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.tsx';
import { TextArea } from '../../components/fields.tsx';
import { ByWhenField } from './ByWhenField.tsx';
import { LinksField } from './LinksField.tsx';
import { WhoField } from './WhoField.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { useRestrictedChoice } from '../../model/useRestrictedChoice.ts';
import { ProfessionalsOnlyCheckbox } from '../restriction/ProfessionalsOnlyCheckbox.tsx';
import { useT } from '../../i18n/useT.tsx';

const EMPTY: ActionFields = { what: '', who: '', by: '', howWeKnow: '', links: [] };

/**
 * One action of the plan: what needs to happen, who, by when, how everyone will know it is done,
 * and the worries it answers. Used to add, to change, and by participants to propose. What was
 * typed stays in the form if it cannot be saved; the reasons are shown at the top. With
 * `askRestricted` (the chair adding one) it has the "Professionals only" box (RS5).
 */
export function ActionForm({ idPrefix, initial, clearOnSubmit = false, askRestricted = false, submitLabel, onSubmit, onCancel, title }: {
  idPrefix: string;
  /** The action being changed (the form keeps its values after saving), or words to start from. */
  initial?: ActionFields | undefined;
  /** Empty the form after a successful submit (adding and proposing); not when changing an action. */
  clearOnSubmit?: boolean;
  askRestricted?: boolean;
  submitLabel: string;
  onSubmit: (v: ActionFields, restricted: boolean) => Result<unknown>;
  onCancel?: (() => void) | undefined;
  title?: string | undefined;
}) {
  const t = useT();
  const [v, setV] = useState<ActionFields>(initial ? { what: initial.what, who: initial.who, by: initial.by, howWeKnow: initial.howWeKnow, links: [...initial.links] } : EMPTY);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const whatRef = useRef<HTMLTextAreaElement>(null);
  const choice = useRestrictedChoice();
  const focusOnOpen = useRef(initial !== undefined);
  useEffect(() => {
    if (focusOnOpen.current) whatRef.current?.focus();
  }, []);
  const set = <K extends keyof ActionFields>(k: K, value: ActionFields[K]) => setV((p) => ({ ...p, [k]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = onSubmit({ ...v, what: v.what.trim(), who: v.who.trim(), by: v.by.trim(), howWeKnow: v.howWeKnow.trim() }, askRestricted && choice.restricted);
    if (!r.ok) {
      setErrors(r.reasons.map((x) => ({ field: `${idPrefix}-what`, message: t(x) })));
      return;
    }
    setErrors([]);
    if (clearOnSubmit) {
      setV(EMPTY);
      choice.reset();
    }
  };

  return (
    <form className="cr-action-form" onSubmit={submit} noValidate aria-label={title ?? submitLabel}>
      {title ? <h3 className="govuk-heading-s">{title}</h3> : null}
      <ErrorSummary errors={errors} />
      <TextArea id={`${idPrefix}-what`} ref={whatRef} label={t('plan.form.what')} rows={3} value={v.what} onChange={(e) => set('what', e.target.value)} error={errors[0]?.message} />
      <WhoField id={`${idPrefix}-who`} value={v.who} onChange={(x) => set('who', x)} />
      <ByWhenField id={`${idPrefix}-by`} value={v.by} onChange={(x) => set('by', x)} />
      <TextArea id={`${idPrefix}-how`} label={t('plan.form.howWeKnow')} rows={2} value={v.howWeKnow} onChange={(e) => set('howWeKnow', e.target.value)} />
      <LinksField id={`${idPrefix}-links`} value={v.links} onChange={(x) => set('links', x)} />
      {askRestricted ? <ProfessionalsOnlyCheckbox id={`${idPrefix}-restricted`} checked={choice.restricted} onChange={choice.choose} /> : null}
      <FormButtons submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
