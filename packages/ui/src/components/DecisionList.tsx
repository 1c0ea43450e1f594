import type { DecisionView, DocumentView } from '@loket/contracts';
import type { Language } from '@loket/domain';
import { useMessages } from '@loket/i18n/react';
import { useFormat } from '../useFormat.ts';
import { useLabels } from '../useLabels.ts';
import { useDocumentDownload } from './DocumentList.tsx';
import { decisionMessages } from './decisions.messages.ts';
import { Heading, type HeadingLevel } from './Heading.tsx';
import { ProblemAlert } from './ProblemAlert.tsx';

/**
 * Each decision with its grounds, motivation, the appeal route the letter states (in the letter's
 * language, marked as such) and its decision letter to download.
 */
export function DecisionList({
  applicationId,
  decisions,
  documents,
  language,
  headingLevel = 3,
}: {
  applicationId: string;
  decisions: readonly DecisionView[];
  /** The application's documents, where each decision's letter is found by its version. */
  documents: readonly DocumentView[];
  /** The language of the letters and of the appeal text. */
  language: Language;
  headingLevel?: HeadingLevel;
}) {
  const t = useMessages(decisionMessages);
  const labels = useLabels();
  const { dateTime } = useFormat();
  const { busy, error, download } = useDocumentDownload(applicationId);
  if (decisions.length === 0) return <p>{t('none')}</p>;
  const ordered = [...decisions].sort((a, b) => a.decidedAt.localeCompare(b.decidedAt));
  const versions = documents.flatMap((d) => d.versions);
  return (
    <div className="stack">
      {error !== undefined && <ProblemAlert error={error} />}
      {ordered.map((d) => {
        const letter = versions.find((v) => v.id === d.letterVersionId);
        return (
          <article key={d.part} className={`card decision decision-${d.outcome}`}>
            <Heading level={headingLevel}>
              <span aria-hidden="true">{d.outcome === 'granted' ? '✓ ' : '✕ '}</span>
              {t('heading', { part: labels.part[d.part], outcome: labels.outcome[d.outcome] })}
            </Heading>
            <dl className="summary">
              <div>
                <dt>{t('decidedOn')}</dt>
                <dd>{dateTime(d.decidedAt)}</dd>
              </div>
              {d.grounds.length > 0 && (
                <div>
                  <dt>{t('grounds')}</dt>
                  <dd>
                    <ul className="plain">
                      {d.grounds.map((g) => (
                        <li key={g}>{labels.ground[g]}</li>
                      ))}
                    </ul>
                  </dd>
                </div>
              )}
              <div>
                <dt>{t('motivation')}</dt>
                <dd className="message">{d.motivation || t('noMotivation')}</dd>
              </div>
              {d.appeal && (
                <div>
                  <dt>{t('appeal')}</dt>
                  <dd lang={language}>{d.appeal}</dd>
                </div>
              )}
            </dl>
            {d.outcome !== 'granted' && !d.appeal && <p className="hint">{t('appealHint')}</p>}
            {letter && letter.scanStatus !== 'infected' && (
              <p>
                <button
                  type="button"
                  className="button secondary small"
                  aria-disabled={busy === letter.id || undefined}
                  onClick={() => {
                    if (busy !== letter.id) void download(letter.id, letter.fileName);
                  }}
                >
                  {busy === letter.id ? t('downloading') : t('downloadLetter')}
                  <span className="visually-hidden">
                    {t('ofPart', { part: labels.inSentence(labels.part[d.part]) })}
                  </span>
                </button>{' '}
                <span className="muted file-name">{letter.fileName}</span>
              </p>
            )}
          </article>
        );
      })}
    </div>
  );
}
