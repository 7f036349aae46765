import { useEffect, useRef, useState, type FormEvent } from 'react';
import { DANGER_STATEMENT_PROMPT, SAFETY_GOAL_PROMPT } from '../../../shared/rules/guidance.ts';
import { addDanger } from '../../../shared/commands/plan.ts';
import { useCommand } from '../../model/hooks.ts';
import { useUi } from '../../state/ui.ts';
import { JargonHints } from '../../components/JargonHints.tsx';
import { Guidance } from './Guidance.tsx';
import { useRestrictedChoice } from '../../model/useRestrictedChoice.ts';
import { ProfessionalsOnlyCheckbox } from '../restriction/ProfessionalsOnlyCheckbox.tsx';
import { useT } from '../../i18n/useT.tsx';
import { Button } from '../../components/govuk/Button.tsx';
import { Textarea } from '../../components/govuk/Textarea.tsx';

/** Write a new danger statement and its safety goal; professionals only by default in a closed session (RS5). */
export function NewDangerForm({ number }: { number: number }) {
  const [statement, setStatement] = useState('');
  const [goal, setGoal] = useState('');
  const [error, setError] = useState<string | null>(null);
  const runAdd = useCommand(addDanger);
  const t = useT();
  const choice = useRestrictedChoice();
  const ref = useRef<HTMLTextAreaElement>(null);
  const focusSeq = useUi((s) => (s.addRequest?.target === 'danger' ? s.addRequest.seq : 0));
  useEffect(() => {
    if (focusSeq) ref.current?.focus();
  }, [focusSeq]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = runAdd({ statement, goal, restricted: choice.restricted });
    if (!r.ok) {
      setError(r.reasons.map((x) => t(x)).join(' '));
      ref.current?.focus();
      return;
    }
    setError(null);
    setStatement('');
    setGoal('');
    choice.reset();
  };

  return (
    <form className="cr-danger cr-danger--new" onSubmit={submit} noValidate aria-labelledby="new-danger-title">
      <h3 className="govuk-heading-s" id="new-danger-title">
        {t('dangers.addHeading', { number, numbered: choice.restricted ? 'no' : 'yes' })}
      </h3>
      <div className="cr-danger__row">
        <div className="cr-danger__field">
          <Textarea
            id="new-danger-statement"
            ref={ref}
            label={t('dangers.statementLabel', { number: 0, numbered: 'no' })}
            labelSize="s"
            rows={4}
            value={statement}
            error={error ?? undefined}
            onChange={(e) => setStatement(e.target.value)}
            aria-describedby="new-danger-statement-guidance new-danger-statement-jargon"
          />
          <JargonHints text={statement} id="new-danger-statement-jargon" />
        </div>
        <Guidance prompt={DANGER_STATEMENT_PROMPT} id="new-danger-statement-guidance" />
      </div>
      <div className="cr-danger__row">
        <div className="cr-danger__field">
          <Textarea
            id="new-danger-goal"
            label={t('dangers.goalLabel', { number: 0, numbered: 'no' })}
            labelSize="s"
            rows={4}
            value={goal}
            onChange={(e) => setGoal(e.target.value)}
            aria-describedby="new-danger-goal-guidance new-danger-goal-jargon"
          />
          <JargonHints text={goal} id="new-danger-goal-jargon" />
        </div>
        <Guidance prompt={SAFETY_GOAL_PROMPT} id="new-danger-goal-guidance" />
      </div>
      <ProfessionalsOnlyCheckbox id="new-danger-restricted" checked={choice.restricted} onChange={choice.choose} />
      <Button type="submit">{t('dangers.add')}</Button>
    </form>
  );
}
