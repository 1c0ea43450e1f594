import type { ApplicationDetail, SupplementRequestView } from '@loket/contracts';
import {
  answerProblems,
  applicantDocumentTypes,
  authorityLabels,
  documentTypeLabels,
  ErrorSummary,
  formatDate,
  inSentence,
  maxAnswerLength,
  missingDocumentMessage,
  ProblemAlert,
  SubmitButton,
  type SummaryItem,
  SupplementRequestCard,
  TextAreaField,
  typesUploadedSince,
  useApi,
  useFormSubmit,
} from '@loket/ui';
import { type FormEvent, useState } from 'react';
import { ApplicantUpload, DocumentChecklist } from './ApplicantDocuments.tsx';

const uploadId = 'supplement-upload';
/** The answer to question i (0-based) has this id, as the API's pointer /answers/i leads to it. */
const answerId = (i: number) => `supplement-answers-${i}`;

/** Where an API field error of the answer leads: a requested document to the upload, an answer to its box. */
const answerTarget = (pointer: string) => {
  if (pointer.startsWith('/documents/')) return `${uploadId}-type`;
  const m = /^\/answers\/(\d+)$/.exec(pointer);
  return m ? answerId(Number(m[1])) : undefined;
};

/**
 * An open request for more documents or answers, shown as the applicant's task: what is asked, a
 * checklist of what was uploaded since, the upload, one answer per question, and the answer that
 * sends the file back.
 */
export function SupplementTask({
  application: a,
  request,
  onChanged,
  onAnswered,
}: {
  application: ApplicationDetail;
  request: SupplementRequestView;
  onChanged: () => Promise<void>;
  onAnswered: () => Promise<void>;
}) {
  const api = useApi();
  const can = new Set(a.availableActions);
  const uploaded = typesUploadedSince(a.documents, request.createdAt);
  const missing = request.documentTypes.filter((t) => !uploaded.has(t));
  // The requested types come first so the obvious choice is at the top of the list.
  const types = [
    ...request.documentTypes,
    ...applicantDocumentTypes.filter((t) => !request.documentTypes.includes(t)),
  ];
  const [message, setMessage] = useState('');
  const [answers, setAnswers] = useState<string[]>(() => request.questions.map(() => ''));
  const [notReady, setNotReady] = useState(false);
  // Checked when the answer is sent, not on every keystroke: the summary takes focus when it changes.
  const [answerErrors, setAnswerErrors] = useState<Record<number, string>>({});
  const { busy, apiError, run } = useFormSubmit();
  const summary: SummaryItem[] = [
    ...Object.entries(answerErrors).map(([i, text]) => ({ message: text, target: answerId(Number(i)) })),
    ...(notReady
      ? missing.map((t) => ({
          message: `Upload the ${inSentence(documentTypeLabels[t])} before you send your answer.`,
          target: `${uploadId}-type`,
        }))
      : []),
  ];

  const answer = (e: FormEvent) => {
    e.preventDefault();
    const problems = answerProblems(answers);
    setAnswerErrors(problems);
    setNotReady(missing.length > 0);
    if (missing.length > 0 || Object.keys(problems).length > 0) return;
    void run(async () => {
      const text = message.trim();
      await api.answerSupplement(a.id, request.id, {
        ...(text ? { message: text } : {}),
        ...(request.questions.length > 0 ? { answers: answers.map((x) => x.trim()) } : {}),
      });
      await onAnswered();
    });
  };

  return (
    <section className="task" aria-labelledby="task-heading">
      <h2 id="task-heading">
        <span aria-hidden="true">! </span>Action needed: the {authorityLabels[request.part]} asks for more
        information
      </h2>
      <p>
        Answer by <strong>{formatDate(request.dueDate)}</strong>. {whatToDo(request)} The handling time stops
        until you answer.
      </p>
      <SupplementRequestCard request={request} headingLevel={3} />
      {request.documentTypes.length > 0 && (
        <>
          <h3>Requested documents</h3>
          <DocumentChecklist types={request.documentTypes} uploaded={uploaded} />
        </>
      )}
      <ApplicantUpload
        application={a}
        id={uploadId}
        types={types}
        defaultType={missing[0]}
        onUploaded={onChanged}
      />
      {can.has('answer_supplement') && (
        <form onSubmit={answer} noValidate aria-labelledby="answer-heading">
          <h3 id="answer-heading">Send your answer</h3>
          {summary.length > 0 && <ErrorSummary items={summary} />}
          {apiError !== undefined && (
            <ProblemAlert error={apiError} targetFor={answerTarget} messageFor={missingDocumentMessage} />
          )}
          {request.questions.map((q, i) => (
            <AnswerField
              key={i}
              index={i}
              question={q}
              value={answers[i] ?? ''}
              error={answerErrors[i]}
              onChange={(v) => setAnswers((all) => all.map((x, j) => (j === i ? v : x)))}
            />
          ))}
          <TextAreaField
            id="supplement-answer"
            label="Message to the service (optional)"
            rows={4}
            maxLength={4000}
            value={message}
            onChange={setMessage}
          />
          <SubmitButton busy={busy} busyLabel="Sending…">
            Send answer
          </SubmitButton>
        </form>
      )}
    </section>
  );
}

/** The steps the request asks for, in one sentence. */
function whatToDo({ questions, documentTypes }: SupplementRequestView): string {
  const steps = [
    ...(questions.length > 0 ? ['answer each question'] : []),
    ...(documentTypes.length > 0 ? ['upload the requested documents'] : []),
  ];
  if (steps.length === 0) return 'Send your answer.';
  const text = `${steps.join(' and ')}, then send your answer.`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One question's answer: labelled by its number, the question read out as the hint, required. */
function AnswerField({
  index,
  question,
  value,
  error,
  onChange,
}: {
  index: number;
  question: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <TextAreaField
      id={answerId(index)}
      label={`Answer to question ${index + 1}`}
      hint={`Question ${index + 1}: ${question}`}
      error={error}
      rows={4}
      required
      maxLength={maxAnswerLength}
      value={value}
      onChange={onChange}
    />
  );
}
