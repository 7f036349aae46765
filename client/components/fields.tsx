/**
 * The form fields features have used so far, now drawn by the GOV.UK components. Being replaced:
 * new code imports Input, Textarea, Select, Checkbox and Radios from ./govuk/ directly; delete this
 * file when no feature imports it.
 */
import type { ReactNode } from 'react';
import { Checkbox as GovukCheckbox } from './govuk/Checkboxes.tsx';
import { Input, type InputProps } from './govuk/Input.tsx';
import { Radios as GovukRadios } from './govuk/Radios.tsx';
import { Select as GovukSelect, type SelectProps } from './govuk/Select.tsx';
import { Textarea, type TextareaProps } from './govuk/Textarea.tsx';

interface Legacy {
  id: string;
  /** A larger label (GOV.UK's medium label). */
  large?: boolean;
}

export function TextInput({ large, ...rest }: Legacy & InputProps) {
  return <Input labelSize={large ? 'm' : undefined} {...rest} />;
}

export function TextArea({ large, ...rest }: Legacy & TextareaProps) {
  return <Textarea labelSize={large ? 'm' : undefined} {...rest} />;
}

export function Select({ large, ...rest }: Legacy & SelectProps) {
  return <GovukSelect labelSize={large ? 'm' : undefined} {...rest} />;
}

export { GovukCheckbox as Checkbox };

export interface RadioOption<V extends string> {
  value: V;
  label: ReactNode;
  hint?: ReactNode;
}

export function Radios<V extends string>({
  options,
  ...rest
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  options: readonly RadioOption<V>[];
  value: V | '';
  onChange: (v: V) => void;
  inline?: boolean;
}) {
  return <GovukRadios items={options} {...rest} />;
}
