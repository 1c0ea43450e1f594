import type { StatisticsDefinition } from '@loket/contracts';
import { suppressedMarks, suppressionExplanations } from '../cells.ts';

type Reason = keyof typeof suppressedMarks;

/**
 * What the withheld marks mean. Both rules are always named, so the reader knows them before any
 * table; `reasons` (those the tables on the page use) only says whether anything is withheld.
 */
export function SuppressionNote({ reasons }: { reasons?: readonly Reason[] }) {
  return (
    <section aria-labelledby="withheld-heading" className="alert alert-info suppression-note">
      <h2 id="withheld-heading" className="alert-title">
        Withheld figures
      </h2>
      <p>
        These are aggregates only: no figure leads to a person or a file.{' '}
        {reasons?.length === 0
          ? 'No figure is withheld in these tables.'
          : 'Figures are withheld as follows.'}
      </p>
      <dl className="marks">
        {(Object.keys(suppressedMarks) as Reason[]).map((reason) => (
          <div key={reason}>
            <dt>{suppressedMarks[reason]}</dt>
            <dd>{suppressionExplanations[reason]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The definitions of the terms in the tables, printed under them (the exports' footnote). */
export function Definitions({ definitions }: { definitions: readonly StatisticsDefinition[] }) {
  if (definitions.length === 0) return null;
  return (
    <section aria-labelledby="definitions-heading" className="definitions">
      <h2 id="definitions-heading">Definitions</h2>
      <dl>
        {definitions.map((d) => (
          <div key={d.term}>
            <dt>{d.term}</dt>
            <dd>{d.text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
