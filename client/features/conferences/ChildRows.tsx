import { errorFor, type FieldError } from '../../components/ErrorSummary.tsx';
import { Select, TextInput } from '../../components/fields.tsx';
import { GENDERS, GENDER_LABELS } from '../../../shared/schema/conference.ts';

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
  const update = (key: string, patch: Partial<ChildDraft>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <div className="cr-form-group" id="children">
      <h2 className="cr-heading-m">Children</h2>
      {errorFor(errors, 'children') ? <p className="cr-error-message">{errorFor(errors, 'children')}</p> : null}
      {rows.map((r, i) => (
        <fieldset className="cr-fieldset cr-child-row" key={r.key}>
          <legend className="cr-fieldset__legend cr-fieldset__legend--s">Child {i + 1}</legend>
          <TextInput
            id={`children-${i}-name`}
            label="Full name"
            autoComplete="off"
            value={r.name}
            onChange={(e) => update(r.key, { name: e.target.value })}
            error={errorFor(errors, `children-${i}-name`)}
          />
          <TextInput
            id={`children-${i}-dateOfBirth`}
            label="Date of birth"
            hint="Leave blank if the baby is not born yet or the date is not known."
            type="date"
            className="cr-input--width-10"
            value={r.dateOfBirth}
            onChange={(e) => update(r.key, { dateOfBirth: e.target.value })}
            error={errorFor(errors, `children-${i}-dateOfBirth`)}
          />
          <Select
            id={`children-${i}-gender`}
            label="Gender"
            value={r.gender}
            onChange={(e) => update(r.key, { gender: e.target.value as ChildDraft['gender'] })}
            error={errorFor(errors, `children-${i}-gender`)}
          >
            <option value="">Choose</option>
            {GENDERS.map((g) => (
              <option key={g} value={g}>
                {GENDER_LABELS[g]}
              </option>
            ))}
          </Select>
          {rows.length > 1 ? (
            <button type="button" className="cr-button cr-button--secondary" onClick={() => onChange(rows.filter((x) => x.key !== r.key))}>
              Remove child {i + 1}
              {r.name ? ` (${r.name})` : ''}
            </button>
          ) : null}
        </fieldset>
      ))}
      <button type="button" className="cr-button cr-button--secondary" onClick={() => onChange([...rows, emptyChild()])}>
        Add another child
      </button>
    </div>
  );
}
