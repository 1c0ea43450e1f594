import { useMessages } from '@loket/i18n/react';
import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
import { formMessages } from './form.messages.ts';

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/**
 * A label, an optional hint and an inline error around one control. The control gets its id and
 * aria attributes from here so the hint and the error are read out with the label.
 */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: FieldProps & { children: (control: ControlProps) => ReactNode }) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const control: ControlProps = { id };
  if (describedBy) control['aria-describedby'] = describedBy;
  if (error) control['aria-invalid'] = true;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && <FieldErrorText id={`${id}-error`}>{error}</FieldErrorText>}
      {children(control)}
    </div>
  );
}

/** What every labelled control takes: its id, label, optional hint and inline error. */
export interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
}

/** A controlled text value: the control reports the new string, not the event. */
interface Bound {
  value: string;
  onChange: (value: string) => void;
}

type Passed<A> = Omit<A, 'id' | 'value' | 'onChange' | 'aria-describedby' | 'aria-invalid' | 'children'>;

/** Splits a labelled control's props into the Field's and the control's own. */
function splitField<P extends FieldProps>({ id, label, hint, error, ...control }: P) {
  return [{ id, label, hint, error }, control] as const;
}

/** A one-line input (text by default, or a date) in a Field; `after` follows the control, e.g. a reading aid. */
export function TextField({
  type = 'text',
  after,
  ...props
}: FieldProps & Bound & Passed<InputHTMLAttributes<HTMLInputElement>> & { after?: ReactNode }) {
  const [field, { value, onChange, ...input }] = splitField(props);
  return (
    <Field {...field}>
      {(c) => (
        <>
          <input {...c} type={type} {...input} value={value} onChange={(e) => onChange(e.target.value)} />
          {after}
        </>
      )}
    </Field>
  );
}

/** A multi-line text in a Field. */
export function TextAreaField(
  props: FieldProps & Bound & Passed<TextareaHTMLAttributes<HTMLTextAreaElement>>,
) {
  const [field, { value, onChange, ...textarea }] = splitField(props);
  return (
    <Field {...field}>
      {(c) => <textarea {...c} {...textarea} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

/** A select in a Field; `placeholder` is a first, empty choice ("nothing chosen yet"). */
export function SelectField<V extends string>({
  options,
  placeholder,
  ...props
}: FieldProps & {
  /** '' while nothing is chosen. */
  value: string;
  onChange: (value: V | '') => void;
  options: readonly Option<V>[];
  placeholder?: string;
  disabled?: boolean;
}) {
  const [field, { value, onChange, disabled }] = splitField(props);
  return (
    <Field {...field}>
      {(c) => (
        <select {...c} value={value} onChange={(e) => onChange(e.target.value as V | '')} disabled={disabled}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function FieldErrorText({ id, children }: { id: string; children: ReactNode }) {
  const t = useMessages(formMessages);
  return (
    <p className="field-error" id={id}>
      <span className="visually-hidden">{t('errorPrefix')} </span>
      {children}
    </p>
  );
}

export interface Option<V extends string> {
  value: V;
  label: string;
  /** A sentence under the choice's label, read out with it (radio groups). */
  hint?: string;
}

/** The choices of a code list, each with its label, in the list's order. */
export const optionsOf = <V extends string>(values: readonly V[], labels: Record<V, string>): Option<V>[] =>
  values.map((value) => ({ value, label: labels[value] }));

/** Checkboxes in a fieldset; the fieldset's id is the error summary's target. */
export function CheckboxGroup<V extends string>({
  id,
  legend,
  hint,
  error,
  options,
  selected,
  onChange,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  options: readonly Option<V>[];
  selected: readonly V[];
  onChange: (next: V[]) => void;
}) {
  const toggle = (v: V, on: boolean) =>
    onChange(on ? [...selected.filter((s) => s !== v), v] : selected.filter((s) => s !== v));
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset
      id={id}
      className={error ? 'field field-invalid' : 'field'}
      aria-describedby={describedBy || undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && <FieldErrorText id={`${id}-error`}>{error}</FieldErrorText>}
      {options.map((o) => (
        <div className="choice" key={o.value}>
          <input
            type="checkbox"
            id={`${id}-${o.value}`}
            checked={selected.includes(o.value)}
            onChange={(e) => toggle(o.value, e.target.checked)}
          />
          <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/**
 * Radio buttons in a fieldset; the fieldset's id is the error summary's target. Each choice may
 * carry a hint, tied to its radio button so a screen reader reads it with the label.
 */
export function RadioGroup<V extends string>({
  id,
  legend,
  hint,
  error,
  options,
  value,
  onChange,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  options: readonly Option<V>[];
  value: V | '';
  onChange: (next: V) => void;
}) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset
      id={id}
      className={error ? 'field field-invalid' : 'field'}
      aria-describedby={describedBy || undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && <FieldErrorText id={`${id}-error`}>{error}</FieldErrorText>}
      {options.map((o) => (
        <div className={o.hint ? 'choice choice-with-hint' : 'choice'} key={o.value}>
          <input
            type="radio"
            id={`${id}-${o.value}`}
            name={id}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
            aria-describedby={o.hint ? `${id}-${o.value}-hint` : undefined}
          />
          {o.hint ? (
            <div>
              <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
              <p className="hint choice-hint" id={`${id}-${o.value}-hint`}>
                {o.hint}
              </p>
            </div>
          ) : (
            <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
          )}
        </div>
      ))}
    </fieldset>
  );
}

/** Turns field errors into error-summary items in the order the fields appear. */
export function summaryItems<F extends string>(
  errors: Partial<Record<F, string>>,
  order: readonly F[],
  targetFor: (field: F) => string,
) {
  return order.flatMap((f) => {
    const message = errors[f];
    return message ? [{ message, target: targetFor(f) }] : [];
  });
}
