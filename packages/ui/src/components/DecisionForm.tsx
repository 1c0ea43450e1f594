import type { DecideBody } from '@loket/contracts';
import { type DecisionGround, groundsFor, type Part } from '@loket/domain';
import { type FormEvent, useState } from 'react';
import { groundLabels, outcomeLabels, partLabels } from '../labels.ts';
import { ActionForm, useActionForm } from './ActionForm.tsx';
import { CheckboxGroup, optionsOf, RadioGroup, TextAreaField } from './Field.tsx';
import type { HeadingLevel } from './Heading.tsx';

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
  const form = useActionForm('decision', ['outcome', 'grounds', 'motivation']);
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [grounds, setGrounds] = useState<DecisionGround[]>([]);
  const [motivation, setMotivation] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: typeof form.errors = {};
    if (!outcome) next.outcome = 'Choose the outcome of the decision.';
    if (outcome === 'refused' && grounds.length === 0)
      next.grounds = 'Choose at least one ground for the refusal.';
    if (outcome === 'refused' && !motivation.trim()) next.motivation = 'Give the motivation for the refusal.';
    if (!form.check(next) || !outcome) return;
    void form.run(() =>
      onSubmit({ outcome, grounds: outcome === 'refused' ? grounds : [], motivation: motivation.trim() }),
    );
  };

  return (
    <ActionForm
      form={form}
      heading={<>Decide the {partLabels[part].toLowerCase()}</>}
      headingLevel={headingLevel}
      submitLabel="Record decision"
      busyLabel="Recording…"
      onSubmit={submit}
    >
      <RadioGroup
        {...form.field('outcome')}
        legend="Outcome"
        options={optionsOf(outcomes, outcomeLabels)}
        value={outcome}
        onChange={setOutcome}
      />
      {outcome === 'refused' && (
        <CheckboxGroup
          {...form.field('grounds')}
          legend="Grounds for refusal"
          hint="Choose at least one."
          options={optionsOf(groundsFor(part), groundLabels)}
          selected={grounds}
          onChange={setGrounds}
        />
      )}
      <TextAreaField
        {...form.field('motivation')}
        label="Motivation"
        hint={
          outcome === 'refused'
            ? 'Required for a refusal. The applicant reads this.'
            : 'The applicant reads this.'
        }
        rows={5}
        value={motivation}
        onChange={setMotivation}
      />
    </ActionForm>
  );
}
