import type { ApplicationDetail, SupplementRequestView } from '@loket/contracts';
import type { DocumentType } from '@loket/domain';
import { useMessages } from '@loket/i18n/react';
import {
  answerProblems,
  applicantDocumentTypes,
  ErrorSummary,
  type FieldError,
  type Labels,
  maxAnswerLength,
  ProblemAlert,
  SubmitButton,
  type SummaryItem,
  SupplementRequestCard,
  TextAreaField,
  typesUploadedSince,
  useApi,
  useFormat,
  useFormSubmit,
  useLabels,
} from '@loket/ui';
import { type FormEvent, useState } from 'react';
import { ApplicantUpload, DocumentChecklist } from './ApplicantDocuments.tsx';
import { supplementTaskMessages } from './supplement.messages.ts';

type T = ReturnType<typeof useMessages<keyof (typeof supplementTaskMessages)['en']>>;

/** A document type's name inside a sentence: English reads it as words, the others quote the label. */
const documentInSentence = (labels: Labels, type: DocumentType) =>
  labels.language === 'en' ? labels.inSentence(labels.documentType[type]) : labels.documentType[type];

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
  const t = useMessages(supplementTaskMessages);
  const labels = useLabels();
  const { date } = useFormat();
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
      ? missing.map((type) => ({
          message: t('uploadFirst', { document: documentInSentence(labels, type) }),
          target: `${uploadId}-type`,
        }))
      : []),
  ];

  const answer = (e: FormEvent) => {
    e.preventDefault();
    const problems = Object.fromEntries(
      Object.keys(answerProblems(answers)).map((i) => {
        const number = Number(i) + 1;
        const tooLong = (answers[Number(i)] ?? '').trim().length > maxAnswerLength;
        return [
          i,
          tooLong ? t('answerTooLong', { number, max: maxAnswerLength }) : t('answerMissing', { number }),
        ];
      }),
    );
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
        <span aria-hidden="true">! </span>
        {t(request.part === 'work' ? 'headingWork' : 'headingResidence')}
      </h2>
      <p>
        <strong>{t('answerBy', { date: date(request.dueDate) })}</strong> {whatToDo(request, t)}{' '}
        {t('clockStops')}
      </p>
      <SupplementRequestCard request={request} headingLevel={3} />
      {request.documentTypes.length > 0 && (
        <>
          <h3>{t('requestedDocuments')}</h3>
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
          <h3 id="answer-heading">{t('sendHeading')}</h3>
          {summary.length > 0 && <ErrorSummary items={summary} />}
          {apiError !== undefined && (
            <ProblemAlert
              error={apiError}
              targetFor={answerTarget}
              messageFor={(e) => missingDocumentMessage(e, labels, t)}
            />
          )}
          {request.questions.map((q, i) => (
            <AnswerField
              key={i}
              index={i}
              value={answers[i] ?? ''}
              error={answerErrors[i]}
              label={t('answerLabel', { number: i + 1 })}
              hint={t('questionHint', { number: i + 1, question: q })}
              onChange={(v) => setAnswers((all) => all.map((x, j) => (j === i ? v : x)))}
            />
          ))}
          <TextAreaField
            id="supplement-answer"
            label={t('messageLabel')}
            rows={4}
            maxLength={4000}
            value={message}
            onChange={setMessage}
          />
          <SubmitButton busy={busy} busyLabel={t('sending')}>
            {t('send')}
          </SubmitButton>
        </form>
      )}
    </section>
  );
}

/** The steps the request asks for, in one sentence. */
function whatToDo({ questions, documentTypes }: SupplementRequestView, t: T): string {
  if (questions.length > 0) return t(documentTypes.length > 0 ? 'doQuestionsAndDocuments' : 'doQuestions');
  return t(documentTypes.length > 0 ? 'doDocuments' : 'doNothingElse');
}

/** A requested document the answer lacks, named in the screen's language; the API's words otherwise. */
function missingDocumentMessage(error: FieldError, labels: Labels, t: T): string {
  const type = /^\/documents\/([a-z_]+)$/.exec(error.pointer)?.[1] as DocumentType | undefined;
  if (!type || !(type in labels.documentType)) return error.message;
  return t('uploadMissing', { document: documentInSentence(labels, type) });
}

/** One question's answer: labelled by its number, the question read out as the hint, required. */
function AnswerField({
  index,
  label,
  hint,
  value,
  error,
  onChange,
}: {
  index: number;
  label: string;
  hint: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <TextAreaField
      id={answerId(index)}
      label={label}
      hint={hint}
      error={error}
      rows={4}
      required
      maxLength={maxAnswerLength}
      value={value}
      onChange={onChange}
    />
  );
}
