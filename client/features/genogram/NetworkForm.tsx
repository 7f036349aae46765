import { useState, type FormEvent } from 'react';
import { addNetworkMember, editNetworkMember } from '../../../shared/commands/network.ts';
import { NETWORK_GROUPS, type NetworkFields, type NetworkMember } from '../../../shared/schema/networkMember.ts';
import { ErrorSummary } from '../../components/govuk/ErrorSummary.tsx';
import { Input } from '../../components/govuk/Input.tsx';
import { Select } from '../../components/govuk/Select.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { useChildCount, useCommand } from '../../model/hooks.ts';
import { useRestrictedChoice } from '../../model/useRestrictedChoice.ts';
import { ProfessionalsOnlyCheckbox } from '../restriction/ProfessionalsOnlyCheckbox.tsx';
import type { GenogramView } from './useGenogram.ts';
import { useFormProblems } from './useFormProblems.ts';
import { useT } from '../../i18n/useT.tsx';

/** Someone in the safety network: who they are to each child and what they do. */
export function NetworkForm({ view, member, onDone }: { view: GenogramView; member?: NetworkMember; onDone: () => void }) {
  const t = useT();
  const children = useChildCount();
  const runAdd = useCommand(addNetworkMember);
  const runEdit = useCommand(editNetworkMember);
  const [f, setF] = useState<NetworkFields>(() => (member ? { ...member, toChildren: { ...member.toChildren } } : { name: '', personId: '', group: 'family', does: '', toChildren: {} }));
  // RS5: new entries follow the closed session until the chair ticks or unticks.
  const { restricted, choose: setRestricted } = useRestrictedChoice();
  const id = member ? `network-${member.id}` : 'network-new';
  const problems = useFormProblems(
    {
      personId: `${id}-person`,
      name: `${id}-name`,
      group: `${id}-group`,
      does: `${id}-does`,
      ...Object.fromEntries(view.children.map((c) => [`toChildren.${c.id}`, `${id}-to-${c.id}`])),
    },
    `${id}-name`,
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = member ? runEdit(member.id, f) : runAdd(f, restricted);
    if (!r.ok) return problems.fromReasons(r.reasons);
    problems.clear();
    onDone();
  };
  return (
    <form className="cr-geno-form" onSubmit={submit} noValidate aria-label={member ? t('genogram.room.change', { name: member.name }) : t('genogram.form.network.title')}>
      <ErrorSummary errors={problems.errors} />
      <Select
        id={`${id}-person`}
        label={t('genogram.form.network.onTree')}
        value={f.personId}
        error={problems.errorFor(`${id}-person`)}
        onChange={(e) => {
          const p = view.genogram.people.find((x) => x.id === e.target.value);
          setF((x) => ({ ...x, personId: e.target.value, name: p && !x.name ? p.name : x.name }));
        }}
      >
        <option value="">{t('genogram.form.network.notOnTree')}</option>
        {view.genogram.people.filter((p) => p.kind === 'person').map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </Select>
      <Input id={`${id}-name`} label={t('genogram.form.name')} value={f.name} onChange={(e) => setF((x) => ({ ...x, name: e.target.value }))} autoComplete="off" error={problems.errorFor(`${id}-name`)} />
      <Select id={`${id}-group`} label={t('genogram.form.network.group')} value={f.group} onChange={(e) => setF((x) => ({ ...x, group: e.target.value as NetworkFields['group'] }))} error={problems.errorFor(`${id}-group`)}>
        {NETWORK_GROUPS.map((g) => (
          <option key={g} value={g}>
            {t(`genogram.networkGroup.${g}`)}
          </option>
        ))}
      </Select>
      {view.children.map((c) => (
        <Input
          key={c.id}
          id={`${id}-to-${c.id}`}
          label={t('genogram.form.network.toChild', { name: c.name.split(' ')[0] ?? c.name })}
          hint={t('genogram.form.network.toChildHint')}
          value={f.toChildren[c.id] ?? ''}
          onChange={(e) => setF((x) => ({ ...x, toChildren: { ...x.toChildren, [c.id]: e.target.value } }))}
          error={problems.errorFor(`${id}-to-${c.id}`)}
        />
      ))}
      <Input id={`${id}-does`} label={t('genogram.form.network.does', { children })} value={f.does} onChange={(e) => setF((x) => ({ ...x, does: e.target.value }))} error={problems.errorFor(`${id}-does`)} />
      {!member && view.audience === 'professional' ? (
        <ProfessionalsOnlyCheckbox id={`${id}-restricted`} checked={restricted} onChange={setRestricted} />
      ) : null}
      <FormButtons submitLabel={t(member ? 'genogram.form.save' : 'genogram.form.network.submit')} onCancel={onDone} small />
    </form>
  );
}
