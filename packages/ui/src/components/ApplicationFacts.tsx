import type { ApplicationDetail } from '@loket/contracts';
import type { ReactNode } from 'react';
import { formatDate, formatDateTime, formatEuro } from '../format.ts';
import {
  categoryLabels,
  countryName,
  provinceLabels,
  regionLabels,
  sexLabels,
  situationLabels,
} from '../labels.ts';
import { Heading, type HeadingLevel } from './Heading.tsx';

const notGiven = <span className="muted">Not given</span>;

type Rows = readonly (readonly [string, ReactNode])[];

/** A fact that may be missing: formatted when given, else null, which reads "Not given". */
const maybe = <T,>(value: T | null | undefined, format: (v: T) => ReactNode): ReactNode =>
  value ? format(value) : null;

export function SummaryList({ rows }: { rows: Rows }) {
  return (
    <dl className="summary">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value ?? notGiven}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The application's facts in three groups: the application, the worker, the employer and place. */
export function ApplicationFacts({
  application: a,
  headingLevel = 2,
}: {
  application: ApplicationDetail;
  headingLevel?: HeadingLevel;
}) {
  const w = a.worker;
  const unit = a.establishmentUnit;
  const groups: readonly (readonly [id: string, title: string, rows: Rows])[] = [
    [
      'facts-application',
      'Application',
      [
        ['Reference', a.reference],
        ['Category', maybe(a.category, (c) => categoryLabels[c])],
        ['Job title', a.jobTitle],
        ['Gross annual salary', a.grossAnnualSalaryEur === null ? null : formatEuro(a.grossAnnualSalaryEur)],
        ['Created', formatDateTime(a.createdAt)],
        ['Submitted', maybe(a.submittedAt, formatDateTime)],
        ['Declared admissible', maybe(a.admissibleAt, formatDateTime)],
        ['Work part decided', maybe(a.workDecidedAt, formatDateTime)],
        ['Residence part decided', maybe(a.residenceDecidedAt, formatDateTime)],
      ],
    ],
    [
      'facts-worker',
      'Worker',
      [
        ['Given name', w.givenName],
        ['Family name', w.familyName],
        ['Date of birth', maybe(w.birthDate, formatDate)],
        ['Sex', maybe(w.sex, (s) => sexLabels[s])],
        ['Nationality', maybe(w.nationality, (n) => `${countryName(n)} (${n})`)],
        ['Situation', maybe(w.situation, (s) => situationLabels[s])],
      ],
    ],
    [
      'facts-employer',
      'Employer and place of employment',
      [
        ['Employer', a.employer.name],
        [
          'Place of employment',
          unit ? (
            <>
              {unit.name}
              <br />
              {unit.street}, {unit.postalCode} {unit.municipality}
            </>
          ) : null,
        ],
        ['Region', maybe(a.region, (r) => regionLabels[r])],
        ['Province', maybe(a.province, (p) => provinceLabels[p])],
      ],
    ],
  ];
  return (
    <div className="facts">
      {groups.map(([id, title, rows]) => (
        <section key={id} aria-labelledby={id}>
          <Heading level={headingLevel} id={id}>
            {title}
          </Heading>
          <SummaryList rows={rows} />
        </section>
      ))}
    </div>
  );
}
