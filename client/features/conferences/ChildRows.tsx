import { Button } from '../../components/govuk/Button.tsx';
import { ErrorMessage } from '../../components/govuk/ErrorMessage.tsx';
import { errorFor, type FieldError } from '../../components/govuk/ErrorSummary.tsx';
import { Fieldset } from '../../components/govuk/Fieldset.tsx';
import { Input } from '../../components/govuk/Input.tsx';
import { Select } from '../../components/govuk/Select.tsx';
import { useT } from '../../i18n/useT.tsx';
import { GENDERS } from '../../../shared/schema/conference.ts';

export interface ChildDraft {
  key: string;
  name: string;
  dateOfBirth: string;
  gender: (typeof GENDERS)[number] | '';
}

let counter = 0;
export const emptyChild = (): ChildDraft => ({ key: `child-${++counter}`, name: '', dateOfBirth: '', gender: '' });

/** One fieldset per child, with a way to add another and to remove any but the last. */
export function ChildRows({
  rows,
  onChange,
  errors,
}: {
  rows: readonly ChildDraft[];
  onChange: (rows: ChildDraft[]) => void;
  errors: readonly FieldError[];
}) {
  const t = useT();
  const update = (key: string, patch: Partial<ChildDraft>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const childrenError = errorFor(errors, 'children');
  return (
    <div className={childrenError ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'} id="children" tabIndex={-1}>
      <h2 className="govuk-heading-m">{t('conferences.children.title')}</h2>
      {childrenError ? <ErrorMessage id="children-error">{childrenError}</ErrorMessage> : null}
      {rows.map((r, i) => {
        const number = i + 1;
        return (
          <Fieldset className="cr-child-row" key={r.key} legend={t('conferences.children.legend', { number })} legendSize="s">
            <Input
              id={`children-${i}-name`}
              label={t('conferences.children.name')}
              autoComplete="off"
              spellCheck={false}
              value={r.name}
              onChange={(e) => update(r.key, { name: e.target.value })}
              error={errorFor(errors, `children-${i}-name`)}
            />
            <Input
              id={`children-${i}-dateOfBirth`}
              label={t('conferences.children.dateOfBirth')}
              hint={t('conferences.children.dateOfBirthHint')}
              type="date"
              width={10}
              value={r.dateOfBirth}
              onChange={(e) => update(r.key, { dateOfBirth: e.target.value })}
              error={errorFor(errors, `children-${i}-dateOfBirth`)}
            />
            <Select
              id={`children-${i}-gender`}
              label={t('conferences.children.gender')}
              value={r.gender}
              onChange={(e) => update(r.key, { gender: e.target.value as ChildDraft['gender'] })}
              error={errorFor(errors, `children-${i}-gender`)}
            >
              <option value="">{t('conferences.children.choose')}</option>
              {GENDERS.map((g) => (
                <option key={g} value={g}>
                  {t(`conferences.gender.${g}`)}
                </option>
              ))}
            </Select>
            {rows.length > 1 ? (
              <Button variant="secondary" onClick={() => onChange(rows.filter((x) => x.key !== r.key))}>
                {r.name.trim() ? t('conferences.children.removeNamed', { number, name: r.name.trim() }) : t('conferences.children.remove', { number })}
              </Button>
            ) : null}
          </Fieldset>
        );
      })}
      <Button variant="secondary" onClick={() => onChange([...rows, emptyChild()])}>
        {t('conferences.children.add')}
      </Button>
    </div>
  );
}
