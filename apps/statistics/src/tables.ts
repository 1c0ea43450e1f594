import type { StatisticsTableKey } from '@loket/contracts';

/** One page per table of the parliamentary question (written question 354 of 2021, docs/statistics.md). */
export interface TablePage {
  key: StatisticsTableKey;
  path: string;
  /** The link in the navigation. */
  navLabel: string;
  /** Which part of the question the page answers. */
  question: string;
}

export const tablePages: readonly TablePage[] = [
  {
    key: 'applications',
    path: '/applications',
    navLabel: 'Applications and grants',
    question: 'Question 2 (Annex 1): applications and grants per category and province of employment.',
  },
  {
    key: 'refusal_grounds',
    path: '/refusal-grounds',
    navLabel: 'Refusal grounds',
    question: 'Question 3: the grounds of refusal per category.',
  },
  {
    key: 'grant_profiles',
    path: '/grant-profiles',
    navLabel: 'Grants by profile',
    question:
      'Question 4 (Annex 2): grants by age band, sex, nationality and kind of applicant, per category. ' +
      'The level of education is not registered, so it is not counted.',
  },
  {
    key: 'throughput',
    path: '/throughput',
    navLabel: 'Throughput times',
    question:
      'Question 6: how long each part took, and the time between the work part and the residence part.',
  },
];

export function pageOf(key: StatisticsTableKey): TablePage {
  const page = tablePages.find((p) => p.key === key);
  if (!page) throw new Error(`No page for the statistics table ${key}.`);
  return page;
}
