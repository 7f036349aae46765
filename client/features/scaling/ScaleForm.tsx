import { useState, type FormEvent } from 'react';
import type { ScaleDefinition } from '../../../shared/rules/scaling.ts';
import type { ScalingRound } from '../../../shared/schema/project.ts';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { useCommand, useConference } from '../../model/hooks.ts';
import { useCouncilSettings } from '../../state/settings.ts';
import { openRoundIn } from './commands.ts';
import { ScaleFieldset, parseScaleDraft, useScaleDraft } from './ScaleFieldset.tsx';
import { scaleForReader } from '../../../shared/rules/scaleWords.ts';
import { useCurrentLocale, useT } from '../../i18n/useT.tsx';

interface FormProps {
  onOpened: () => void;
  onCancel?: (() => void) | undefined;
}

/**
 * The chair words the scale before opening it: the question, what 0 and 10 mean, which end is
 * safe, and an optional band of scores to talk about before moving on. It starts from the last
 * question asked in this conference, or the council's standard scale (its settings).
 */
export function ScaleForm(props: FormProps) {
  const last = useConference((m) => m.rounds[m.rounds.length - 1] ?? null);
  const locale = useCurrentLocale();
  // The council's standard wording is offered in the chair's language (SC10).
  const council = scaleForReader(useCouncilSettings().scale, locale);
  // The council's settings may arrive after the form is drawn: start again from them.
  return <ScaleQuestionForm key={last ? last.id : JSON.stringify(council)} start={last ?? council} {...props} />;
}

function ScaleQuestionForm({ start, onOpened, onCancel }: FormProps & { start: ScaleDefinition | ScalingRound }) {
  const t = useT();
  const scale = useScaleDraft(start);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const runOpen = useCommand(openRoundIn);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseScaleDraft(scale.draft, 'scale', t);
    if (!parsed.ok) return setErrors(parsed.errors);
    const r = runOpen(parsed.scale);
    if (!r.ok) return setErrors(r.reasons.map((x) => ({ field: '', message: t(x) })));
    setErrors([]);
    onOpened();
  };

  return (
    <form className="cr-scale-form" onSubmit={submit} noValidate aria-labelledby="scale-form-title">
      <h2 className="govuk-heading-m" id="scale-form-title">
        {t('scaling.form.title')}
      </h2>
      <ErrorSummary errors={errors} />
      <ScaleFieldset prefix="scale" errors={errors} {...scale} />
      <FormButtons submitLabel={t('scaling.form.open')} onCancel={onCancel} />
    </form>
  );
}
