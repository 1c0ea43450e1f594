import type { DecideBody } from '@loket/contracts';
import { type DecisionGround, groundsFor, type Part } from '@loket/domain';
import { type FormEvent, useId, useState } from 'react';
import { groundLabels, outcomeLabels, partLabels } from '../labels.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { CheckboxGroup, Field, RadioGroup, summaryItems } from './Field.tsx';
import { Heading, type HeadingLevel } from './Heading.tsx';
import { ProblemAlert } from './ProblemAlert.tsx';
import { cleanId, useFormSubmit } from './useFormSubmit.ts';

type Outcome = DecideBody['outcome'];

/** Grants or refuses one part; a refusal needs coded grounds (the statistics count them) and a motivation. */
export function DecisionForm({
  part,
  outcomes = ['granted', 'refused'],
  headingLevel = 3,
  onSubmit,
}: {
  part: Part;
  /** The outcomes the caller may record now, from the application's availableActions. */
  outcomes?: readonly Outcome[];
  headingLevel?: HeadingLevel;
  onSubmit: (body: DecideBody) => Promise<void>;
}) {
  const id = `decision-${cleanId(useId())}`;
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [grounds, setGrounds] = useState<DecisionGround[]>([]);
  const [motivation, setMotivation] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'outcome' | 'grounds' | 'motivation', string>>>({});
  const { busy, apiError, run } = useFormSubmit();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: typeof errors = {};
    if (!outcome) next.outcome = 'Choose the outcome of the decision.';
    if (outcome === 'refused' && grounds.length === 0)
      next.grounds = 'Choose at least one ground for the refusal.';
    if (outcome === 'refused' && !motivation.trim()) next.motivation = 'Give the motivation for the refusal.';
    setErrors(next);
    if (Object.keys(next).length > 0 || !outcome) return;
    void run(() =>
      onSubmit({ outcome, grounds: outcome === 'refused' ? grounds : [], motivation: motivation.trim() }),
    );
  };

  const target = (field: string) => `${id}-${field}`;
  const items = summaryItems(errors, ['outcome', 'grounds', 'motivation'], target);
  return (
    <form className="card action-form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <Heading level={headingLevel} id={`${id}-heading`}>
        Decide the {partLabels[part].toLowerCase()}
      </Heading>
      {items.length > 0 && <ErrorSummary items={items} />}
      {apiError !== undefined && (
        <ProblemAlert error={apiError} targetFor={(p) => `${id}${p.replaceAll('/', '-')}`} />
      )}
      <RadioGroup
        id={target('outcome')}
        legend="Outcome"
        error={errors.outcome}
        options={outcomes.map((o) => ({ value: o, label: outcomeLabels[o] }))}
        value={outcome}
        onChange={setOutcome}
      />
      {outcome === 'refused' && (
        <CheckboxGroup
          id={target('grounds')}
          legend="Grounds for refusal"
          hint="Choose at least one."
          error={errors.grounds}
          options={groundsFor(part).map((g) => ({ value: g, label: groundLabels[g] }))}
          selected={grounds}
          onChange={setGrounds}
        />
      )}
      <Field
        id={target('motivation')}
        label="Motivation"
        hint={
          outcome === 'refused'
            ? 'Required for a refusal. The applicant reads this.'
            : 'The applicant reads this.'
        }
        error={errors.motivation}
      >
        {(c) => (
          <textarea {...c} rows={5} value={motivation} onChange={(e) => setMotivation(e.target.value)} />
        )}
      </Field>
      <button type="submit" className="button" disabled={busy}>
        {busy ? 'Recording…' : 'Record decision'}
      </button>
    </form>
  );
}
