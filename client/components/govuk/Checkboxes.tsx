import { Fragment, useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { cx, ids } from './classNames.ts';
import { ErrorMessage } from './ErrorMessage.tsx';
import { Fieldset } from './Fieldset.tsx';
import { Hint } from './Hint.tsx';
import { useChoiceIds, type ChoiceGroupProps, type ChoiceItem } from './Radios.tsx';

/** GOV.UK checkboxes in a fieldset: the chosen values in, the new set out. */
export function Checkboxes<V extends string>({
  id,
  name,
  legend,
  legendSize,
  legendIsPageHeading,
  legendHidden,
  hint,
  error,
  small,
  formGroupClassName,
  className,
  items,
  values,
  onChange,
}: ChoiceGroupProps & {
  /** Extra classes on the checkboxes' container (e.g. a column layout). */
  className?: string;
  items: readonly ChoiceItem<V>[];
  values: readonly V[];
  onChange: (values: V[]) => void;
}) {
  const c = useChoiceIds(id);
  const toggle = (v: V, on: boolean) => onChange(on ? [...values.filter((x) => x !== v), v] : values.filter((x) => x !== v));
  return (
    <div className={cx('govuk-form-group', Boolean(error) && 'govuk-form-group--error', formGroupClassName)}>
      <Fieldset legend={legend} legendSize={legendSize} legendIsPageHeading={legendIsPageHeading} legendHidden={legendHidden} describedBy={ids(hint ? c.hintId : '', error ? c.errorId : '')}>
        {hint ? <Hint id={c.hintId}>{hint}</Hint> : null}
        {error ? <ErrorMessage id={c.errorId}>{error}</ErrorMessage> : null}
        <div className={cx('govuk-checkboxes', small && 'govuk-checkboxes--small', className)} data-module="govuk-checkboxes">
          {items.map((item, i) => {
            const itemId = c.itemId(i);
            const checked = values.includes(item.value);
            const conditionalId = `conditional-${itemId}`;
            return (
              <Fragment key={item.value}>
                {item.dividerBefore ? <div className="govuk-checkboxes__divider">{item.dividerBefore}</div> : null}
                <CheckboxItem
                  id={itemId}
                  name={name ?? c.groupId}
                  value={item.value}
                  label={item.label}
                  hint={item.hint}
                  checked={checked}
                  disabled={item.disabled}
                  onChange={(e) => toggle(item.value, e.target.checked)}
                  aria-controls={item.conditional ? conditionalId : undefined}
                />
                {item.conditional ? (
                  <div className={cx('govuk-checkboxes__conditional', !checked && 'govuk-checkboxes__conditional--hidden')} id={conditionalId}>
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

type ItemProps = { id: string; label: ReactNode; hint?: ReactNode } & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'>;

function CheckboxItem({ id, label, hint, 'aria-describedby': extra, ...rest }: ItemProps) {
  return (
    <div className="govuk-checkboxes__item">
      <input className="govuk-checkboxes__input" id={id} type="checkbox" aria-describedby={ids(hint ? `${id}-item-hint` : '', extra)} {...rest} />
      <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
        {label}
      </label>
      {hint ? <Hint id={`${id}-item-hint`} className="govuk-checkboxes__hint">{hint}</Hint> : null}
    </div>
  );
}

/**
 * One checkbox on its own (a yes/no choice such as "Professionals only"), with GOV.UK's markup.
 * Its label says the whole question, so it needs no fieldset.
 */
export function Checkbox({ id, small, className, formGroupClassName, ...rest }: Omit<ItemProps, 'id'> & { id?: string; small?: boolean; formGroupClassName?: string }) {
  const generated = useId();
  return (
    <div className={cx('govuk-form-group', formGroupClassName)}>
      <div className={cx('govuk-checkboxes', small && 'govuk-checkboxes--small', className)} data-module="govuk-checkboxes">
        <CheckboxItem id={id ?? generated} name={rest.name ?? id ?? generated} {...rest} />
      </div>
    </div>
  );
}
