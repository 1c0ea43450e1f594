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

export function SummaryList({ rows }: { rows: readonly (readonly [string, ReactNode])[] }) {
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
  return (
    <div className="facts">
      <section aria-labelledby="facts-application">
        <Heading level={headingLevel} id="facts-application">
          Application
        </Heading>
        <SummaryList
          rows={[
            ['Reference', a.reference],
            ['Category', a.category ? categoryLabels[a.category] : null],
            ['Job title', a.jobTitle],
            [
              'Gross annual salary',
              a.grossAnnualSalaryEur === null ? null : formatEuro(a.grossAnnualSalaryEur),
            ],
            ['Created', formatDateTime(a.createdAt)],
            ['Submitted', a.submittedAt ? formatDateTime(a.submittedAt) : null],
            ['Declared admissible', a.admissibleAt ? formatDateTime(a.admissibleAt) : null],
            ['Work part decided', a.workDecidedAt ? formatDateTime(a.workDecidedAt) : null],
            ['Residence part decided', a.residenceDecidedAt ? formatDateTime(a.residenceDecidedAt) : null],
          ]}
        />
      </section>
      <section aria-labelledby="facts-worker">
        <Heading level={headingLevel} id="facts-worker">
          Worker
        </Heading>
        <SummaryList
          rows={[
            ['Given name', w.givenName],
            ['Family name', w.familyName],
            ['Date of birth', w.birthDate ? formatDate(w.birthDate) : null],
            ['Sex', w.sex ? sexLabels[w.sex] : null],
            ['Nationality', w.nationality ? `${countryName(w.nationality)} (${w.nationality})` : null],
            ['Situation', w.situation ? situationLabels[w.situation] : null],
          ]}
        />
      </section>
      <section aria-labelledby="facts-employer">
        <Heading level={headingLevel} id="facts-employer">
          Employer and place of employment
        </Heading>
        <SummaryList
          rows={[
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
            ['Region', a.region ? regionLabels[a.region] : null],
            ['Province', a.province ? provinceLabels[a.province] : null],
          ]}
        />
      </section>
    </div>
  );
}
