import { useState, type FormEvent } from 'react';
import { addHousehold, putDetail, renameHousehold } from '../../../shared/commands/genogram.ts';
import type { Household } from '../../../shared/schema/household.ts';
import { Checkbox, TextInput } from '../../components/fields.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { useCommand } from '../../model/hooks.ts';
import type { GenogramView } from './useGenogram.ts';
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
  const [error, setError] = useState<string | null>(null);
  const id = household ? `household-${household.id}` : 'household-new';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = household ? runRename(household.id, label) : runAdd(label);
    if (!r.ok) return setError(r.reasons.map((x) => t(x)).join(' '));
    const hid = household ? household.id : (r.value as string);
    // A change of who may see the address is a new detail: the old one goes.
    const moved = address && address.restricted !== addrRestricted;
    if (moved) runDetail({ of: hid, kind: 'address', text: '' }, address.id);
    if (addr.trim() !== (address?.text ?? '') || moved) {
      const d = runDetail({ of: hid, kind: 'address', text: addr, restricted: addrRestricted }, moved ? null : (address?.id ?? null));
      if (!d.ok) return setError(d.reasons.map((x) => t(x)).join(' '));
    }
    setError(null);
    onDone();
  };
  return (
    <form className="cr-geno-form" onSubmit={submit} noValidate aria-label={household ? `Change ${household.label}` : 'Add a household'}>
      {error ? (
        <p className="cr-error-message" role="alert">
          {error}
        </p>
      ) : null}
      <TextInput id={`${id}-label`} label="Household name" hint="For example “Kerys and Dean’s home”" value={label} onChange={(e) => setLabel(e.target.value)} />
      <TextInput id={`${id}-address`} label="Address (optional)" value={addr} onChange={(e) => setAddr(e.target.value)} />
      {view.audience === 'professional' ? (
        <Checkbox id={`${id}-address-restricted`} label="Address for professionals only" checked={addrRestricted} onChange={(e) => setAddrRestricted(e.target.checked)} />
      ) : null}
      <FormButtons submitLabel={household ? 'Save changes' : 'Add household'} onCancel={onDone} small />
    </form>
  );
}
