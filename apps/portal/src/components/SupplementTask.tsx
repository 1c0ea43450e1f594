import type { ApplicationDetail, SupplementRequestView } from '@loket/contracts';
import {
  applicantDocumentTypes,
  authorityLabels,
  documentTypeLabels,
  ErrorSummary,
  formatDate,
  ProblemAlert,
  SubmitButton,
  SupplementRequestCard,
  TextAreaField,
  typesUploadedSince,
  useApi,
  useFormSubmit,
} from '@loket/ui';
import { type FormEvent, useState } from 'react';
import { ApplicantUpload, DocumentChecklist } from './ApplicantDocuments.tsx';

const uploadId = 'supplement-upload';

/**
 * An open request for more documents, shown as the applicant's task: what is asked, a checklist
 * of what was uploaded since, the upload, and the answer that sends the file back.
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
  const [notReady, setNotReady] = useState(false);
  const { busy, apiError, run } = useFormSubmit();

  const answer = (e: FormEvent) => {
    e.preventDefault();
    setNotReady(missing.length > 0);
    if (missing.length > 0) return;
    void run(async () => {
      const text = message.trim();
      await api.answerSupplement(a.id, request.id, text ? { message: text } : {});
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
        Answer by <strong>{formatDate(request.dueDate)}</strong>. Upload the requested documents, then send
        your answer. The handling time stops until you answer.
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
          {notReady && missing.length > 0 && (
            <ErrorSummary
              items={missing.map((t) => ({
                message: `Upload the ${documentTypeLabels[t].toLowerCase()} before you send your answer.`,
                target: `${uploadId}-type`,
              }))}
            />
          )}
          {apiError !== undefined && (
            <ProblemAlert
              error={apiError}
              targetFor={(p) => (p.startsWith('/documents/') ? `${uploadId}-type` : undefined)}
            />
          )}
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
