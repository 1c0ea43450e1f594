import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { ErrorSummary } from './ErrorSummary.tsx';
import { summaryItems } from './Field.tsx';
import { Heading, type HeadingLevel } from './Heading.tsx';
import { ProblemAlert } from './ProblemAlert.tsx';
import { cleanId, useFormSubmit } from './useFormSubmit.ts';

/** The submit button of a form that calls the API: disabled, and saying so, while the call runs. */
export function SubmitButton({
  busy,
  busyLabel,
  children,
}: {
  busy: boolean;
  busyLabel: string;
  children: string;
}) {
  return (
    <button type="submit" className="button" disabled={busy}>
      {busy ? busyLabel : children}
    </button>
  );
}

/**
 * What an action form keeps besides its own values: an id for its controls (`<id>-<field>`), the
 * errors of its fields, listed in the order given, and the state of the API call.
 */
export function useActionForm<F extends string>(prefix: string, fields: readonly F[]) {
  const id = `${prefix}-${cleanId(useId())}`;
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const { busy, apiError, run } = useFormSubmit();
  return {
    id,
    fields,
    errors,
    busy,
    apiError,
    run,
    target: (field: F) => `${id}-${field}`,
    /** A field's id and error, to spread on its control. */
    field: (field: F) => ({ id: `${id}-${field}`, error: errors[field] }),
    /** Shows the errors found; true when there are none, so the form may be sent. */
    check: (found: Partial<Record<F, string>>) => {
      setErrors(found);
      return Object.keys(found).length === 0;
    },
  };
}

/**
 * The frame of an action an authority takes on a case: a card form named by its heading, the
 * summary of what to fix and the API's problem, whose field errors link to the fields too, then
 * the fields and the submit button.
 */
export function ActionForm<F extends string>({
  form: { id, fields, errors, apiError, target, busy },
  heading,
  headingLevel,
  intro,
  submitLabel,
  busyLabel,
  onSubmit,
  children,
}: {
  form: ReturnType<typeof useActionForm<F>>;
  heading: ReactNode;
  headingLevel: HeadingLevel;
  /** Shown under the heading, above any errors. */
  intro?: ReactNode;
  /** The submit button's words, and its words while the call runs; a form with other buttons passes them as children. */
  submitLabel?: string;
  busyLabel?: string;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}) {
  const items = summaryItems(errors, fields, target);
  return (
    <form className="card action-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
      <Heading level={headingLevel} id={`${id}-heading`}>
        {heading}
      </Heading>
      {intro}
      {items.length > 0 && <ErrorSummary items={items} />}
      {apiError !== undefined && (
        <ProblemAlert error={apiError} targetFor={(p) => `${id}${p.replaceAll('/', '-')}`} />
      )}
      {children}
      {submitLabel && (
        <SubmitButton busy={busy} busyLabel={busyLabel ?? submitLabel}>
          {submitLabel}
        </SubmitButton>
      )}
    </form>
  );
}
