import type { DecisionView } from '@loket/contracts';
import { formatDateTime } from '../format.ts';
import { groundLabels, outcomeLabels, partLabels } from '../labels.ts';
import { Heading, type HeadingLevel } from './Heading.tsx';

export function DecisionList({
  decisions,
  headingLevel = 3,
}: {
  decisions: readonly DecisionView[];
  headingLevel?: HeadingLevel;
}) {
  if (decisions.length === 0) return <p>No decision has been taken yet.</p>;
  const ordered = [...decisions].sort((a, b) => a.decidedAt.localeCompare(b.decidedAt));
  return (
    <div className="stack">
      {ordered.map((d) => (
        <article key={d.part} className={`card decision decision-${d.outcome}`}>
          <Heading level={headingLevel}>
            <span aria-hidden="true">{d.outcome === 'granted' ? '✓ ' : '✕ '}</span>
            {partLabels[d.part]}: {outcomeLabels[d.outcome]}
          </Heading>
          <dl className="summary">
            <div>
              <dt>Decided on</dt>
              <dd>{formatDateTime(d.decidedAt)}</dd>
            </div>
            {d.grounds.length > 0 && (
              <div>
                <dt>Grounds</dt>
                <dd>
                  <ul className="plain">
                    {d.grounds.map((g) => (
                      <li key={g}>{groundLabels[g]}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
            <div>
              <dt>Motivation</dt>
              <dd className="message">{d.motivation || '(none given)'}</dd>
            </div>
          </dl>
          {d.outcome !== 'granted' && (
            <p className="hint">
              You can appeal this decision. The decision letter explains how and by when.
            </p>
          )}
        </article>
      ))}
    </div>
  );
}
