import { useState, type FormEvent } from 'react';
import { addNetworkMember, editNetworkMember } from '../../../shared/commands/network.ts';
import { NETWORK_GROUPS, NETWORK_GROUP_LABELS, type NetworkFields, type NetworkMember } from '../../../shared/schema/networkMember.ts';
import { Select, TextInput } from '../../components/fields.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { useCommand } from '../../model/hooks.ts';
import { useRestrictedChoice } from '../../model/useRestrictedChoice.ts';
import { ProfessionalsOnlyCheckbox } from '../restriction/ProfessionalsOnlyCheckbox.tsx';
import type { GenogramView } from './useGenogram.ts';
import { useT } from '../../i18n/useT.tsx';

/** Someone in the safety network: who they are to each child and what they do. */
export function NetworkForm({ view, member, onDone }: { view: GenogramView; member?: NetworkMember; onDone: () => void }) {
  const t = useT();
  const runAdd = useCommand(addNetworkMember);
  const runEdit = useCommand(editNetworkMember);
  const [f, setF] = useState<NetworkFields>(() => (member ? { ...member, toChildren: { ...member.toChildren } } : { name: '', personId: '', group: 'family', does: '', toChildren: {} }));
  // RS5: new entries follow the closed session until the chair ticks or unticks.
  const { restricted, choose: setRestricted } = useRestrictedChoice();
  const [error, setError] = useState<string | null>(null);
  const id = member ? `network-${member.id}` : 'network-new';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = member ? runEdit(member.id, f) : runAdd(f, restricted);
    if (!r.ok) return setError(r.reasons.map((x) => t(x)).join(' '));
    setError(null);
    onDone();
  };
  return (
    <form className="cr-geno-form" onSubmit={submit} noValidate aria-label={member ? `Change ${member.name}` : 'Add someone to the safety network'}>
      {error ? (
        <p className="cr-error-message" role="alert">
          {error}
        </p>
      ) : null}
      <Select
        id={`${id}-person`}
        label="On the family tree"
        value={f.personId}
        onChange={(e) => {
          const p = view.genogram.people.find((x) => x.id === e.target.value);
          setF((x) => ({ ...x, personId: e.target.value, name: p && !x.name ? p.name : x.name }));
        }}
      >
        <option value="">Not on the tree</option>
        {view.genogram.people.filter((p) => p.kind === 'person').map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </Select>
      <TextInput id={`${id}-name`} label="Name" value={f.name} onChange={(e) => setF((x) => ({ ...x, name: e.target.value }))} autoComplete="off" />
      <Select id={`${id}-group`} label="Who they are" value={f.group} onChange={(e) => setF((x) => ({ ...x, group: e.target.value as NetworkFields['group'] }))}>
        {NETWORK_GROUPS.map((g) => (
          <option key={g} value={g}>
            {NETWORK_GROUP_LABELS[g]}
          </option>
        ))}
      </Select>
      {view.children.map((c) => (
        <TextInput
          key={c.id}
          id={`${id}-to-${c.id}`}
          label={`What they are to ${c.name.split(' ')[0]}`}
          hint="For example “Nain”, “aunt”, “teacher”"
          value={f.toChildren[c.id] ?? ''}
          onChange={(e) => setF((x) => ({ ...x, toChildren: { ...x.toChildren, [c.id]: e.target.value } }))}
        />
      ))}
      <TextInput id={`${id}-does`} label="What they do to help keep the children safe" value={f.does} onChange={(e) => setF((x) => ({ ...x, does: e.target.value }))} />
      {!member && view.audience === 'professional' ? (
        <ProfessionalsOnlyCheckbox id={`${id}-restricted`} checked={restricted} onChange={setRestricted} />
      ) : null}
      <FormButtons submitLabel={member ? 'Save changes' : 'Add to the network'} onCancel={onDone} small />
    </form>
  );
}
