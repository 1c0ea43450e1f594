import type { AdmissibilityBody } from '@loket/contracts';
import { type DecisionGround, groundsFor } from '@loket/domain';
import { type FormEvent, useState } from 'react';
import { groundLabels } from '../labels.ts';
import { ActionForm, useActionForm } from './ActionForm.tsx';
import { CheckboxGroup, optionsOf, TextAreaField } from './Field.tsx';
import type { HeadingLevel } from './Heading.tsx';

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
  const form = useActionForm('admissibility', ['grounds', 'motivation']);
  const [grounds, setGrounds] = useState<DecisionGround[]>([]);
  const [motivation, setMotivation] = useState('');

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const admissible = (submitter?.value ?? (canDeclareAdmissible ? 'admissible' : '')) === 'admissible';
    const next: typeof form.errors = {};
    if (admissible && grounds.length > 0) {
      next.grounds =
        'Grounds are only for an inadmissibility: clear them to declare the application admissible.';
    }
    if (!admissible && grounds.length === 0)
      next.grounds = 'Choose at least one ground for the inadmissibility.';
    if (!admissible && !motivation.trim()) next.motivation = 'Give the motivation for the inadmissibility.';
    if (!form.check(next)) return;
    void form.run(() =>
      onSubmit({ admissible, grounds: admissible ? [] : grounds, motivation: motivation.trim() }),
    );
  };

  return (
    <ActionForm
      form={form}
      heading="Admissibility"
      headingLevel={headingLevel}
      intro={
        <p>
          Check that the file is complete and that your service is competent, then declare it admissible or
          not.
        </p>
      }
      onSubmit={submit}
    >
      {canDeclareInadmissible && (
        <CheckboxGroup
          {...form.field('grounds')}
          legend="Grounds for inadmissibility"
          hint="Only when you declare the application inadmissible: choose at least one."
          options={optionsOf(groundsFor('admissibility'), groundLabels)}
          selected={grounds}
          onChange={setGrounds}
        />
      )}
      <TextAreaField
        {...form.field('motivation')}
        label="Motivation"
        hint="Required for an inadmissibility. The applicant reads this."
        rows={4}
        value={motivation}
        onChange={setMotivation}
      />
      <div className="button-row">
        {canDeclareAdmissible && (
          <button type="submit" className="button" name="decision" value="admissible" disabled={form.busy}>
            Declare admissible
          </button>
        )}
        {canDeclareInadmissible && (
          <button
            type="submit"
            className="button danger"
            name="decision"
            value="inadmissible"
            disabled={form.busy}
          >
            Declare inadmissible
          </button>
        )}
      </div>
    </ActionForm>
  );
}
