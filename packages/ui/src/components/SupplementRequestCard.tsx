import type { SupplementRequestView } from '@loket/contracts';
import type { ReactNode } from 'react';
import { formatDate, formatDateTime, isoDateFromToday } from '../format.ts';
import { authorityLabels, documentTypeLabels, supplementStatusLabels } from '../labels.ts';
import { Heading, type HeadingLevel } from './Heading.tsx';

/** A request for more documents or answers: what, why, by when; `children` holds the answering controls. */
export function SupplementRequestCard({
  request,
  headingLevel = 3,
  children,
}: {
  request: SupplementRequestView;
  headingLevel?: HeadingLevel;
  children?: ReactNode;
}) {
  const overdue = request.status === 'open' && request.dueDate < isoDateFromToday(0);
  const answered = request.status === 'answered';
  const noDocuments = request.questions.length > 0 ? 'None' : 'None; see the message';
  const headingId = `supplement-${request.id}`;
  return (
    <article className={`card supplement supplement-${request.status}`} aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId}>
        Supplement requested by the {authorityLabels[request.part]}
      </Heading>
      <dl className="summary">
        <div>
          <dt>Status</dt>
          <dd>
            <span aria-hidden="true">{request.status === 'open' ? '! ' : '✓ '}</span>
            {supplementStatusLabels[request.status]}
          </dd>
        </div>
        <div>
          <dt>Requested on</dt>
          <dd>{formatDateTime(request.createdAt)}</dd>
        </div>
        <div>
          <dt>Answer due by</dt>
          <dd>
            {formatDate(request.dueDate)}
            {overdue && <strong> (overdue)</strong>}
          </dd>
        </div>
        <div>
          <dt>Documents requested</dt>
          <dd>
            {request.documentTypes.length === 0 ? (
              noDocuments
            ) : (
              <ul className="plain">
                {request.documentTypes.map((t) => (
                  <li key={t}>{documentTypeLabels[t]}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>Message</dt>
          <dd className="message">{request.message}</dd>
        </div>
        {request.questions.length > 0 && (
          <div>
            <dt>{answered ? 'Questions and answers' : 'Questions'}</dt>
            <dd>
              <ol className="questions">
                {request.questions.map((q, i) => (
                  <li key={i}>
                    <p className="message">{q}</p>
                    {answered && (
                      <p className="message answer">
                        <strong>Answer: </strong>
                        {request.answers[i] ?? '(no answer)'}
                      </p>
                    )}
                  </li>
                ))}
              </ol>
            </dd>
          </div>
        )}
        {answered && (
          <>
            <div>
              <dt>Answered on</dt>
              <dd>{formatDateTime(request.answeredAt)}</dd>
            </div>
            <div>
              <dt>Answer</dt>
              <dd className="message">{request.answerMessage || '(no message)'}</dd>
            </div>
          </>
        )}
      </dl>
      {children}
    </article>
  );
}
