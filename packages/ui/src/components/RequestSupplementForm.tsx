import type { RequestSupplementBody } from '@loket/contracts';
import type { DocumentType } from '@loket/domain';
import { type FormEvent, useId, useState } from 'react';
import { applicantDocumentTypes } from '../documents.ts';
import { isoDateFromToday } from '../format.ts';
import { documentTypeLabels } from '../labels.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { CheckboxGroup, Field, summaryItems } from './Field.tsx';
import { Heading, type HeadingLevel } from './Heading.tsx';
import { ProblemAlert } from './ProblemAlert.tsx';
import { cleanId, useFormSubmit } from './useFormSubmit.ts';

/** Asks the applicant for documents; the legal clock stops until they answer. */
export function RequestSupplementForm({
  headingLevel = 3,
  dueInDays = 30,
  onSubmit,
}: {
  headingLevel?: HeadingLevel;
  dueInDays?: number;
  onSubmit: (body: RequestSupplementBody) => Promise<void>;
}) {
  const id = `supplement-${cleanId(useId())}`;
  const [types, setTypes] = useState<DocumentType[]>([]);
  const [message, setMessage] = useState('');
  const [dueDate, setDueDate] = useState(() => isoDateFromToday(dueInDays));
  const [errors, setErrors] = useState<Partial<Record<'documentTypes' | 'message' | 'dueDate', string>>>({});
  const { busy, apiError, run } = useFormSubmit();
  const tomorrow = isoDateFromToday(1);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: typeof errors = {};
    if (!message.trim()) next.message = 'Write a message that tells the applicant what is missing.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dueDate))
      next.dueDate = 'Give the date by which the applicant must answer.';
    else if (dueDate < tomorrow) next.dueDate = 'The answer date must be in the future.';
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    // Keep the order of the list, not of the clicks, so the applicant reads a familiar order.
    const documentTypes = applicantDocumentTypes.filter((t) => types.includes(t));
    void run(() => onSubmit({ documentTypes, message: message.trim(), dueDate }));
  };

  const target = (field: string) => `${id}-${field}`;
  const items = summaryItems(errors, ['documentTypes', 'message', 'dueDate'], target);
  return (
    <form className="card action-form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <Heading level={headingLevel} id={`${id}-heading`}>
        Request supplement
      </Heading>
      {items.length > 0 && <ErrorSummary items={items} />}
      {apiError !== undefined && (
        <ProblemAlert error={apiError} targetFor={(p) => `${id}${p.replaceAll('/', '-')}`} />
      )}
      <CheckboxGroup
        id={target('documentTypes')}
        legend="Documents to request"
        hint="Choose the documents the applicant must upload, if any."
        error={errors.documentTypes}
        options={applicantDocumentTypes.map((t) => ({ value: t, label: documentTypeLabels[t] }))}
        selected={types}
        onChange={setTypes}
      />
      <Field id={target('message')} label="Message to the applicant" error={errors.message}>
        {(c) => <textarea {...c} rows={4} value={message} onChange={(e) => setMessage(e.target.value)} />}
      </Field>
      <Field
        id={target('dueDate')}
        label="Answer due by"
        hint={`By default ${dueInDays} days from today.`}
        error={errors.dueDate}
      >
        {(c) => (
          <input
            {...c}
            type="date"
            min={tomorrow}
            value={dueDate}
            onChange={(e) => setDueDate(e.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="button" disabled={busy}>
        {busy ? 'Sending…' : 'Request supplement'}
      </button>
    </form>
  );
}
