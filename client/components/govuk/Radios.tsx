import { Fragment, useId, type ReactNode } from 'react';
import { cx, ids } from './classNames.ts';
import { ErrorMessage } from './ErrorMessage.tsx';
import { Fieldset, type LegendOptions } from './Fieldset.tsx';
import { Hint } from './Hint.tsx';

export interface ChoiceItem<V extends string> {
  value: V;
  label: ReactNode;
  hint?: ReactNode;
  disabled?: boolean;
  /** Shown under the item while it is chosen (GOV.UK conditional reveal). */
  conditional?: ReactNode;
  /** A divider word ("or") before this item. */
  dividerBefore?: ReactNode;
}

export interface ChoiceGroupProps extends LegendOptions {
  /** The first input's id (the error summary links to it), and the stem of the others; generated when not given. */
  id?: string;
  /** The inputs' name; the id when not given. */
  name?: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  small?: boolean;
  formGroupClassName?: string;
}

/** Ids of one choice group: the first item takes the group id, so an error summary link lands on it. */
export function useChoiceIds(id: string | undefined) {
  const generated = useId();
  const groupId = id ?? generated;
  return {
    groupId,
    itemId: (index: number) => (index === 0 ? groupId : `${groupId}-${index + 1}`),
    hintId: `${groupId}-hint`,
    errorId: `${groupId}-error`,
  };
}

/** GOV.UK radios in a fieldset, with item hints and conditional reveals wired by id. */
export function Radios<V extends string>({
  id,
  name,
  legend,
  legendSize,
  legendIsPageHeading,
  legendHidden,
  hint,
  error,
  small,
  inline,
  formGroupClassName,
  items,
  value,
  onChange,
}: ChoiceGroupProps & {
  inline?: boolean;
  items: readonly ChoiceItem<V>[];
  value: V | '' | null | undefined;
  onChange: (value: V) => void;
}) {
  const c = useChoiceIds(id);
  return (
    <div className={cx('govuk-form-group', Boolean(error) && 'govuk-form-group--error', formGroupClassName)}>
      <Fieldset legend={legend} legendSize={legendSize} legendIsPageHeading={legendIsPageHeading} legendHidden={legendHidden} describedBy={ids(hint ? c.hintId : '', error ? c.errorId : '')}>
        {hint ? <Hint id={c.hintId}>{hint}</Hint> : null}
        {error ? <ErrorMessage id={c.errorId}>{error}</ErrorMessage> : null}
        <div className={cx('govuk-radios', small && 'govuk-radios--small', inline && 'govuk-radios--inline')} data-module="govuk-radios">
          {items.map((item, i) => {
            const itemId = c.itemId(i);
            const checked = value === item.value;
            const conditionalId = `conditional-${itemId}`;
            return (
              <Fragment key={item.value}>
                {item.dividerBefore ? <div className="govuk-radios__divider">{item.dividerBefore}</div> : null}
                <div className="govuk-radios__item">
                  <input
                    className="govuk-radios__input"
                    id={itemId}
                    name={name ?? c.groupId}
                    type="radio"
                    value={item.value}
                    checked={checked}
                    disabled={item.disabled}
                    onChange={() => onChange(item.value)}
                    aria-describedby={item.hint ? `${itemId}-item-hint` : undefined}
                    aria-controls={item.conditional ? conditionalId : undefined}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={itemId}>
                    {item.label}
                  </label>
                  {item.hint ? <Hint id={`${itemId}-item-hint`} className="govuk-radios__hint">{item.hint}</Hint> : null}
                </div>
                {item.conditional ? (
                  <div className={cx('govuk-radios__conditional', !checked && 'govuk-radios__conditional--hidden')} id={conditionalId}>
                    {item.conditional}
                  </div>
                ) : null}
              </Fragment>
            );
          })}
        </div>
      </Fieldset>
    </div>
  );
}
