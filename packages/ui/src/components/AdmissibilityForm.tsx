import type { AdmissibilityBody } from '@loket/contracts';
import { type DecisionGround, groundsFor } from '@loket/domain';
import { type FormEvent, useId, useState } from 'react';
import { groundLabels } from '../labels.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { CheckboxGroup, Field, summaryItems } from './Field.tsx';
import { Heading, type HeadingLevel } from './Heading.tsx';
import { ProblemAlert } from './ProblemAlert.tsx';
import { cleanId, useFormSubmit } from './useFormSubmit.ts';

/** The work service's completeness check: admissible (the file goes on) or inadmissible (it ends). */
export function AdmissibilityForm({
  canDeclareAdmissible,
  canDeclareInadmissible,
  headingLevel = 3,
  onSubmit,
}: {
  canDeclareAdmissible: boolean;
  canDeclareInadmissible: boolean;
  headingLevel?: HeadingLevel;
  onSubmit: (body: AdmissibilityBody) => Promise<void>;
}) {
  const id = `admissibility-${cleanId(useId())}`;
  const [grounds, setGrounds] = useState<DecisionGround[]>([]);
  const [motivation, setMotivation] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'grounds' | 'motivation', string>>>({});
  const { busy, apiError, run } = useFormSubmit();

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const admissible = (submitter?.value ?? (canDeclareAdmissible ? 'admissible' : '')) === 'admissible';
    const next: typeof errors = {};
    if (admissible && grounds.length > 0) {
      next.grounds =
        'Grounds are only for an inadmissibility: clear them to declare the application admissible.';
    }
    if (!admissible && grounds.length === 0)
      next.grounds = 'Choose at least one ground for the inadmissibility.';
    if (!admissible && !motivation.trim()) next.motivation = 'Give the motivation for the inadmissibility.';
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    void run(() =>
      onSubmit({ admissible, grounds: admissible ? [] : grounds, motivation: motivation.trim() }),
    );
  };

  const target = (field: string) => `${id}-${field}`;
  const items = summaryItems(errors, ['grounds', 'motivation'], target);
  return (
    <form className="card action-form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <Heading level={headingLevel} id={`${id}-heading`}>
        Admissibility
      </Heading>
      <p>
        Check that the file is complete and that your service is competent, then declare it admissible or not.
      </p>
      {items.length > 0 && <ErrorSummary items={items} />}
      {apiError !== undefined && (
        <ProblemAlert error={apiError} targetFor={(p) => `${id}${p.replaceAll('/', '-')}`} />
      )}
      {canDeclareInadmissible && (
        <CheckboxGroup
          id={target('grounds')}
          legend="Grounds for inadmissibility"
          hint="Only when you declare the application inadmissible: choose at least one."
          error={errors.grounds}
          options={groundsFor('admissibility').map((g) => ({ value: g, label: groundLabels[g] }))}
          selected={grounds}
          onChange={setGrounds}
        />
      )}
      <Field
        id={target('motivation')}
        label="Motivation"
        hint="Required for an inadmissibility. The applicant reads this."
        error={errors.motivation}
      >
        {(c) => (
          <textarea {...c} rows={4} value={motivation} onChange={(e) => setMotivation(e.target.value)} />
        )}
      </Field>
      <div className="button-row">
        {canDeclareAdmissible && (
          <button type="submit" className="button" name="decision" value="admissible" disabled={busy}>
            Declare admissible
          </button>
        )}
        {canDeclareInadmissible && (
          <button
            type="submit"
            className="button danger"
            name="decision"
            value="inadmissible"
            disabled={busy}
          >
            Declare inadmissible
          </button>
        )}
      </div>
    </form>
  );
}
