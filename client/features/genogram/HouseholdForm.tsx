import { useState, type FormEvent } from 'react';
import { addHousehold, putDetail, renameHousehold } from '../../../shared/commands/genogram.ts';
import type { Household } from '../../../shared/schema/household.ts';
import { Checkbox } from '../../components/govuk/Checkboxes.tsx';
import { ErrorSummary } from '../../components/govuk/ErrorSummary.tsx';
import { Input } from '../../components/govuk/Input.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { useCommand } from '../../model/hooks.ts';
import type { GenogramView } from './useGenogram.ts';
import { useFormProblems } from './useFormProblems.ts';
import { useT } from '../../i18n/useT.tsx';

/** A household's name and address; the address may be professionals only on its own. */
export function HouseholdForm({ view, household, onDone }: { view: GenogramView; household?: Household; onDone: () => void }) {
  const t = useT();
  const runAdd = useCommand(addHousehold);
  const runRename = useCommand(renameHousehold);
  const runDetail = useCommand(putDetail);
  const address = household ? view.genogram.details.find((d) => d.of === household.id && d.kind === 'address') : undefined;
  const [label, setLabel] = useState(household?.label ?? '');
  const [addr, setAddr] = useState(address?.text ?? '');
  const [addrRestricted, setAddrRestricted] = useState(address?.restricted ?? false);
  const id = household ? `household-${household.id}` : 'household-new';
  const problems = useFormProblems({ label: `${id}-label`, text: `${id}-address` }, `${id}-label`);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = household ? runRename(household.id, label) : runAdd(label);
    if (!r.ok) return problems.fromReasons(r.reasons);
    const hid = household ? household.id : (r.value as string);
    // A change of who may see the address is a new detail: the old one goes.
    const moved = address && address.restricted !== addrRestricted;
    if (moved) runDetail({ of: hid, kind: 'address', text: '' }, address.id);
    if (addr.trim() !== (address?.text ?? '') || moved) {
      const d = runDetail({ of: hid, kind: 'address', text: addr, restricted: addrRestricted }, moved ? null : (address?.id ?? null));
      if (!d.ok) return problems.fromReasons(d.reasons.map(({ path: _path, ...m }) => ({ ...m, path: 'text' })));
    }
    problems.clear();
    onDone();
  };
  return (
    <form className="cr-geno-form" onSubmit={submit} noValidate aria-label={household ? t('genogram.room.change', { name: household.label }) : t('genogram.list.addHousehold')}>
      <ErrorSummary errors={problems.errors} />
      <Input id={`${id}-label`} label={t('genogram.form.household.name')} hint={t('genogram.form.household.nameHint')} value={label} onChange={(e) => setLabel(e.target.value)} error={problems.errorFor(`${id}-label`)} />
      <Input id={`${id}-address`} label={t('genogram.form.household.address')} value={addr} onChange={(e) => setAddr(e.target.value)} error={problems.errorFor(`${id}-address`)} />
      {view.audience === 'professional' ? (
        <Checkbox id={`${id}-address-restricted`} label={t('genogram.form.household.addressRestricted')} checked={addrRestricted} onChange={(e) => setAddrRestricted(e.target.checked)} />
      ) : null}
      <FormButtons submitLabel={t(household ? 'genogram.form.save' : 'genogram.form.household.submit')} onCancel={onDone} small />
    </form>
  );
}
