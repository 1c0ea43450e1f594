import type { SupplementRequestView } from '@loket/contracts';
import { useMessages } from '@loket/i18n/react';
import type { ReactNode } from 'react';
import { isoDateFromToday } from '../format.ts';
import { useFormat } from '../useFormat.ts';
import { useLabels } from '../useLabels.ts';
import { Heading, type HeadingLevel } from './Heading.tsx';
import { supplementCardMessages } from './supplement.messages.ts';

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
  const t = useMessages(supplementCardMessages);
  const labels = useLabels();
  const { date, dateTime } = useFormat();
  const overdue = request.status === 'open' && request.dueDate < isoDateFromToday(0);
  const answered = request.status === 'answered';
  const noDocuments = request.questions.length > 0 ? t('noDocuments') : t('noDocumentsSeeMessage');
  const headingId = `supplement-${request.id}`;
  return (
    <article className={`card supplement supplement-${request.status}`} aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId}>
        {t(request.part === 'work' ? 'headingWork' : 'headingResidence')}
      </Heading>
      <dl className="summary">
        <div>
          <dt>{t('status')}</dt>
          <dd>
            <span aria-hidden="true">{{ open: '! ', answered: '✓ ', withdrawn: '– ' }[request.status]}</span>
            {labels.supplementStatus[request.status]}
          </dd>
        </div>
        <div>
          <dt>{t('requestedOn')}</dt>
          <dd>{dateTime(request.createdAt)}</dd>
        </div>
        <div>
          <dt>{t('dueBy')}</dt>
          <dd>
            {date(request.dueDate)}
            {overdue && <strong>{t('overdue')}</strong>}
          </dd>
        </div>
        <div>
          <dt>{t('documents')}</dt>
          <dd>
            {request.documentTypes.length === 0 ? (
              noDocuments
            ) : (
              <ul className="plain">
                {request.documentTypes.map((type) => (
                  <li key={type}>{labels.documentType[type]}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('message')}</dt>
          <dd className="message">{request.message}</dd>
        </div>
        {request.questions.length > 0 && (
          <div>
            <dt>{answered ? t('questionsAndAnswers') : t('questions')}</dt>
            <dd>
              <ol className="questions">
                {request.questions.map((q, i) => (
                  <li key={i}>
                    <p className="message">{q}</p>
                    {answered && (
                      <p className="message answer">
                        <strong>{t('answer')}</strong>
                        {request.answers[i] ?? t('noAnswer')}
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
              <dt>{t('answeredOn')}</dt>
              <dd>{dateTime(request.answeredAt)}</dd>
            </div>
            <div>
              <dt>{t('answerMessage')}</dt>
              <dd className="message">{request.answerMessage || t('noMessage')}</dd>
            </div>
          </>
        )}
      </dl>
      {children}
    </article>
  );
}
