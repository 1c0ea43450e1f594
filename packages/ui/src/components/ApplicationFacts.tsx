import type { ApplicationDetail } from '@loket/contracts';
import { useMessages } from '@loket/i18n/react';
import type { ReactNode } from 'react';
import { useFormat } from '../useFormat.ts';
import { useLabels } from '../useLabels.ts';
import { factsMessages } from './facts.messages.ts';
import { Heading, type HeadingLevel } from './Heading.tsx';

type Rows = readonly (readonly [string, ReactNode])[];

/** A fact that may be missing: formatted when given, else null, which reads "Not given". */
const maybe = <T,>(value: T | null | undefined, format: (v: T) => ReactNode): ReactNode =>
  value ? format(value) : null;

export function SummaryList({ rows }: { rows: Rows }) {
  const t = useMessages(factsMessages);
  return (
    <dl className="summary">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value ?? <span className="muted">{t('notGiven')}</span>}</dd>
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
  const t = useMessages(factsMessages);
  const labels = useLabels();
  const { date, dateTime, euro } = useFormat();
  const w = a.worker;
  const unit = a.establishmentUnit;
  const groups: readonly (readonly [id: string, title: string, rows: Rows])[] = [
    [
      'facts-application',
      t('application'),
      [
        [t('reference'), a.reference],
        [t('category'), maybe(a.category, (c) => labels.category[c])],
        [t('jobTitle'), a.jobTitle],
        [t('salary'), a.grossAnnualSalaryEur === null ? null : euro(a.grossAnnualSalaryEur)],
        [t('created'), dateTime(a.createdAt)],
        [t('submitted'), maybe(a.submittedAt, dateTime)],
        [t('admissible'), maybe(a.admissibleAt, dateTime)],
        [t('workDecided'), maybe(a.workDecidedAt, dateTime)],
        [t('residenceDecided'), maybe(a.residenceDecidedAt, dateTime)],
      ],
    ],
    [
      'facts-worker',
      t('worker'),
      [
        [t('givenName'), w.givenName],
        [t('familyName'), w.familyName],
        [t('birthDate'), maybe(w.birthDate, date)],
        [t('sex'), maybe(w.sex, (s) => labels.sex[s])],
        [t('nationality'), maybe(w.nationality, (n) => `${labels.country(n)} (${n})`)],
        [t('situation'), maybe(w.situation, (s) => labels.situation[s])],
      ],
    ],
    [
      'facts-employer',
      t('employerAndPlace'),
      [
        [t('employer'), a.employer.name],
        [
          t('place'),
          unit ? (
            <>
              {unit.name}
              <br />
              {unit.street}, {unit.postalCode} {unit.municipality}
            </>
          ) : null,
        ],
        [t('region'), maybe(a.region, (r) => labels.region[r])],
        [t('province'), maybe(a.province, (p) => labels.province[p])],
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
