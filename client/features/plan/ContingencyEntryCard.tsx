import type { ContingencyEntry } from '../../../shared/schema/contingency.ts';
import { deleteContingency, editContingency, moveContingency } from '../../../shared/commands/contingency.ts';
import { DocumentTextField } from '../../components/DocumentTextField.tsx';
import { InlineConfirm } from '../../components/InlineConfirm.tsx';
import { RestrictedTag } from '../../components/Tag.tsx';
import { useCanEdit, useCommand } from '../../model/hooks.ts';
import { RestrictToggle } from '../restriction/RestrictToggle.tsx';
import { useT } from '../../i18n/useT.tsx';

/** One contingency entry on the chair's screen: both halves edited in place; move, restrict or delete it. */
export function ContingencyEntryCard({ entry, list, index, n }: { entry: ContingencyEntry; list: readonly ContingencyEntry[]; index: number; n: number | null }) {
  const t = useT();
  const canEdit = useCanEdit();
  const runEdit = useCommand(editContingency);
  const runMove = useCommand(moveContingency);
  const runDelete = useCommand(deleteContingency);
  const name = t('plan.contingency.name', { n: n ?? 'none' });
  const move = (to: number) => {
    const rest = list.filter((e) => e.id !== entry.id);
    runMove(entry.id, rest[to - 1]?.order ?? null, rest[to]?.order ?? null);
  };
  return (
    <li className={`cr-contingency${entry.restricted ? ' cr-contingency--restricted' : ''}`} data-item-id={entry.id}>
      <h3 className="govuk-heading-s">{t('plan.contingency.heading', { n: n ?? 'none' })}</h3>
      {entry.restricted ? <RestrictedTag /> : null}
      <DocumentTextField
        id={`contingency-${entry.id}-if`}
        label={<label className="govuk-label" htmlFor={`contingency-${entry.id}-if`}>{t('plan.contingency.if')}</label>}
        hint={t('plan.contingency.if.hint')}
        value={entry.mightHappen}
        commit={(v) => runEdit(entry.id, { mightHappen: v })}
        rows={2}
      />
      <DocumentTextField
        id={`contingency-${entry.id}-then`}
        label={<label className="govuk-label" htmlFor={`contingency-${entry.id}-then`}>{t('plan.contingency.then')}</label>}
        hint={t('plan.contingency.then.hint')}
        value={entry.weWill}
        commit={(v) => runEdit(entry.id, { weWill: v })}
        rows={3}
      />
      {canEdit ? (
        <div className="cr-item__actions">
          <button type="button" className="cr-link-button" disabled={index === 0} onClick={() => move(index - 1)}>
            {t('plan.moveUp')}<span className="govuk-visually-hidden"> {name}</span>
          </button>
          <button type="button" className="cr-link-button" disabled={index === list.length - 1} onClick={() => move(index + 1)}>
            {t('plan.moveDown')}<span className="govuk-visually-hidden"> {name}</span>
          </button>
          <RestrictToggle id={entry.id} restricted={entry.restricted} noun={t('plan.restrictNoun.contingency')} label={name} />
          <InlineConfirm
            className="cr-link-button cr-link-button--warning"
            label={<>{t('plan.delete')}<span className="govuk-visually-hidden"> {name}</span></>}
            question={t('plan.contingency.delete.question')}
            confirmLabel={t('plan.contingency.delete.confirm')}
            warning
            onConfirm={() => void runDelete(entry.id)}
          />
        </div>
      ) : null}
    </li>
  );
}
