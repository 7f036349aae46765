import { useState, type FormEvent } from 'react';
import { addContingency } from '../../../shared/commands/contingency.ts';
import { TextArea } from '../../components/fields.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { useCommand } from '../../model/hooks.ts';
import { useRestrictedChoice } from '../../model/useRestrictedChoice.ts';
import { ProfessionalsOnlyCheckbox } from '../restriction/ProfessionalsOnlyCheckbox.tsx';
import { useT } from '../../i18n/useT.tsx';

/** Add "if this happens → what we will do" to the contingency plan; professionals only by default in a closed session (RS5). */
export function NewContingencyForm() {
  const t = useT();
  const [mightHappen, setMightHappen] = useState('');
  const [weWill, setWeWill] = useState('');
  const [error, setError] = useState<string | null>(null);
  const choice = useRestrictedChoice();
  const runAdd = useCommand(addContingency);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = runAdd({ mightHappen, weWill, restricted: choice.restricted });
    if (!r.ok) {
      setError(r.reasons.map((x) => t(x)).join(' '));
      return;
    }
    setError(null);
    setMightHappen('');
    setWeWill('');
    choice.reset();
  };
  return (
    <form className="cr-contingency-form" onSubmit={submit} noValidate aria-label={t('plan.contingency.add')}>
      <TextArea id="new-contingency-if" label={t('plan.contingency.if')} rows={2} value={mightHappen} error={error ?? undefined} onChange={(e) => setMightHappen(e.target.value)} />
      <TextArea id="new-contingency-then" label={t('plan.contingency.then')} rows={3} value={weWill} onChange={(e) => setWeWill(e.target.value)} />
      <ProfessionalsOnlyCheckbox id="new-contingency-restricted" checked={choice.restricted} onChange={choice.choose} />
      <FormButtons submitLabel={t('plan.contingency.add')} />
    </form>
  );
}
