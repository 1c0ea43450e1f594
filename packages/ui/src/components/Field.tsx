import type { ReactNode } from 'react';

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
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  children: (control: ControlProps) => ReactNode;
}) {
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

export function FieldErrorText({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p className="field-error" id={id}>
      <span className="visually-hidden">Error: </span>
      {children}
    </p>
  );
}

export interface Option<V extends string> {
  value: V;
  label: string;
}

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

export function RadioGroup<V extends string>({
  id,
  legend,
  error,
  options,
  value,
  onChange,
}: {
  id: string;
  legend: string;
  error?: string | undefined;
  options: readonly Option<V>[];
  value: V | '';
  onChange: (next: V) => void;
}) {
  return (
    <fieldset
      id={id}
      className={error ? 'field field-invalid' : 'field'}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      {error && <FieldErrorText id={`${id}-error`}>{error}</FieldErrorText>}
      {options.map((o) => (
        <div className="choice" key={o.value}>
          <input
            type="radio"
            id={`${id}-${o.value}`}
            name={id}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** Turns field errors into error-summary items in the order the fields appear. */
export function summaryItems(
  errors: Partial<Record<string, string>>,
  order: readonly string[],
  targetFor: (field: string) => string,
) {
  return order.flatMap((f) => {
    const message = errors[f];
    return message ? [{ message, target: targetFor(f) }] : [];
  });
}
