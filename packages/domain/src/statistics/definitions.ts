/**
 * What the statistics count, in one place (docs/statistics.md): which date makes the year, what a
 * grant is, the age bands, the throughput measures, and the definitions printed under every table.
 */

/** The first year with data: the Flemish economic migration policy and the single permit since 2019. */
export const statisticsFirstYear = 2019;

/** Years, ages and days are read on the Belgian calendar. */
export const statisticsTimeZone = 'Europe/Brussels';

/** Counts from 1 to this minus one are withheld ("<5"); so are medians of fewer files. */
export const smallCountThreshold = 5;

export interface AgeBand {
  key: string;
  label: string;
  /** Inclusive, in full years. */
  from: number;
  to: number;
}

/** Age in full years on the day of the work decision. */
export const ageBands: readonly AgeBand[] = [
  { key: 'under_25', label: 'Under 25', from: 0, to: 24 },
  { key: '25_29', label: '25 to 29', from: 25, to: 29 },
  { key: '30_34', label: '30 to 34', from: 30, to: 34 },
  { key: '35_39', label: '35 to 39', from: 35, to: 39 },
  { key: '40_49', label: '40 to 49', from: 40, to: 49 },
  { key: '50_plus', label: '50 and over', from: 50, to: 200 },
];

/** The throughput measures: from which moment to which, in whole calendar days on Belgian dates. */
export const throughputMeasures = [
  {
    key: 'admissibility',
    label: 'Admissibility',
    definition:
      'from the filing to the work service declaring the application admissible (files declared admissible)',
  },
  {
    key: 'work',
    label: 'Work part',
    definition:
      'from the filing to the work service granting or refusing the work part (inadmissible files are not counted)',
  },
  {
    key: 'between',
    label: 'Between the parts',
    definition:
      'from the work part being granted to the Immigration Office granting or refusing the residence part',
  },
  {
    key: 'total',
    label: 'Whole procedure',
    definition: 'from the filing to the decision on the residence part, which ends the combined procedure',
  },
] as const;
export type ThroughputMeasure = (typeof throughputMeasures)[number]['key'];

// en-CA formats as YYYY-MM-DD.
const belgianCalendar = new Intl.DateTimeFormat('en-CA', {
  timeZone: statisticsTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Belgium of a moment, as YYYY-MM-DD. */
export const belgianDate = (at: Date): string => belgianCalendar.format(at);

/** The Belgian calendar year of a moment. */
export const belgianYear = (at: Date) => Number(belgianDate(at).slice(0, 4));

/** The moment a Belgian calendar year starts (midnight on 1 January, always CET: UTC+1). */
export const belgianYearStart = (year: number) => new Date(Date.UTC(year - 1, 11, 31, 23));

/** Full years between a birth date (YYYY-MM-DD) and a day (YYYY-MM-DD). */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The age band of a worker on a day, or undefined for an age no band holds. */
export function ageBandOf(birthDate: string, day: string): AgeBand | undefined {
  const age = ageOn(birthDate, day);
  return ageBands.find((b) => age >= b.from && age <= b.to);
}

export interface StatisticsDefinition {
  term: string;
  text: string;
}

/** The definitions printed with every table and export. */
export const statisticsDefinitions: readonly StatisticsDefinition[] = [
  {
    term: 'Application',
    text:
      'An application filed on the platform (a draft never submitted is not one), counted in the year of its ' +
      'filing. Withdrawn and inadmissible applications count as applications in the year they were filed. ' +
      'The platform has no separate renewal application: a renewal is filed as a new application and counts as one.',
  },
  {
    term: 'Grant',
    text:
      'A work part granted by the regional work service (the authorisation to work of the combined permit), ' +
      'counted in the year of that decision, whatever happened afterwards: a file withdrawn or refused by the ' +
      'Immigration Office after the work part was granted still counts as a grant.',
  },
  {
    term: 'Year',
    text:
      'The calendar year in Belgium (Europe/Brussels) of the date that defines each count: the filing for ' +
      'applications, the decision for grants and refusal grounds, the end of the measured period for ' +
      'throughput. The current year is counted up to the moment of the report and is not complete.',
  },
  {
    term: 'Region and province',
    text:
      'Of the place of employment (the establishment unit) given in the application; the region decides which ' +
      'work service is competent. The German-speaking Community lies in the province of Liège.',
  },
  {
    term: 'Refusal ground',
    text:
      'The coded grounds of refusals of the work part, refusals of the residence part and inadmissibility ' +
      'decisions, in the year of the decision. A decision citing two grounds counts under each, so the grounds ' +
      'of a category do not add up to its number of decisions.',
  },
  {
    term: 'Age, sex, nationality, applicant kind',
    text:
      'As filed for the worker: age in full years on the day the work part was granted; the applicant kind is ' +
      'where the worker stood when the employer applied (abroad, studying in Belgium, under international ' +
      'protection, another residence in Belgium). Education level is not registered and is not reported.',
  },
  {
    term: 'Throughput',
    text:
      'Whole calendar days between the Belgian dates of the two moments (a decision on the day of filing: 0), ' +
      'supplement requests included (the time the applicant waits). Median and 90th percentile (linear ' +
      'interpolation between files) per measure, in the year the measured period ended: ' +
      throughputMeasures.map((m) => `${m.label.toLowerCase()}: ${m.definition}`).join('; ') +
      '.',
  },
  {
    term: '<5 and x',
    text:
      'Counts of 1 to 4 are shown as <5, and medians of fewer than 5 files are not given. A cell shown as x is ' +
      'withheld so that a <5 cannot be worked out from the totals (secondary suppression); an x is 5 or more ' +
      'unless the whole table is withheld. Totals are of the full table, whatever rows or columns are selected.',
  },
  {
    term: 'Source',
    text:
      'Loket, the single window for the combined permit, read live. Each region and year is a separate table ' +
      'with its own totals; no total over regions or years is published, so that no table can be subtracted ' +
      'from another.',
  },
];
