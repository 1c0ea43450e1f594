import type { RequestSupplementBody } from '@loket/contracts';
import type { DocumentType } from '@loket/domain';
import { type FormEvent, useState } from 'react';
import { applicantDocumentTypes } from '../documents.ts';
import { isoDateFromToday } from '../format.ts';
import { documentTypeLabels } from '../labels.ts';
import { maxQuestions, questionsProblem, splitQuestions } from '../supplements.ts';
import { ActionForm, useActionForm } from './ActionForm.tsx';
import { CheckboxGroup, optionsOf, TextAreaField, TextField } from './Field.tsx';
import type { HeadingLevel } from './Heading.tsx';

/** Asks the applicant for documents, open questions or both; the legal clock stops until they answer. */
export function RequestSupplementForm({
  headingLevel = 3,
  dueInDays = 30,
  onSubmit,
}: {
  headingLevel?: HeadingLevel;
  dueInDays?: number;
  onSubmit: (body: RequestSupplementBody) => Promise<void>;
}) {
  const form = useActionForm('supplement', ['documentTypes', 'questions', 'message', 'dueDate']);
  const [types, setTypes] = useState<DocumentType[]>([]);
  const [questionText, setQuestionText] = useState('');
  const [message, setMessage] = useState('');
  const [dueDate, setDueDate] = useState(() => isoDateFromToday(dueInDays));
  const tomorrow = isoDateFromToday(1);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: typeof form.errors = {};
    const questions = splitQuestions(questionText);
    if (types.length === 0 && questions.length === 0) {
      next.documentTypes = 'Choose a document to request or write a question to the applicant.';
    }
    const tooMany = questionsProblem(questions);
    if (tooMany) next.questions = tooMany;
    if (!message.trim()) next.message = 'Write a message that tells the applicant what is missing.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dueDate))
      next.dueDate = 'Give the date by which the applicant must answer.';
    else if (dueDate < tomorrow) next.dueDate = 'The answer date must be in the future.';
    if (!form.check(next)) return;
    // Keep the order of the list, not of the clicks, so the applicant reads a familiar order.
    const documentTypes = applicantDocumentTypes.filter((t) => types.includes(t));
    void form.run(() =>
      onSubmit({
        documentTypes,
        ...(questions.length > 0 ? { questions } : {}),
        message: message.trim(),
        dueDate,
      }),
    );
  };

  return (
    <ActionForm
      form={form}
      heading="Request supplement"
      headingLevel={headingLevel}
      submitLabel="Request supplement"
      busyLabel="Sending…"
      onSubmit={submit}
    >
      <CheckboxGroup
        {...form.field('documentTypes')}
        legend="Documents to request"
        hint="Choose the documents the applicant must upload, if any. Ask for at least one document or one question."
        options={optionsOf(applicantDocumentTypes, documentTypeLabels)}
        selected={types}
        onChange={setTypes}
      />
      <TextAreaField
        {...form.field('questions')}
        label="Questions to the applicant (one per line)"
        hint={`Each line is one question, answered separately. At most ${maxQuestions}; leave empty to ask none.`}
        rows={4}
        value={questionText}
        onChange={setQuestionText}
      />
      <TextAreaField
        {...form.field('message')}
        label="Message to the applicant"
        rows={4}
        value={message}
        onChange={setMessage}
      />
      <TextField
        {...form.field('dueDate')}
        label="Answer due by"
        hint={`By default ${dueInDays} days from today.`}
        type="date"
        min={tomorrow}
        value={dueDate}
        onChange={setDueDate}
      />
    </ActionForm>
  );
}
