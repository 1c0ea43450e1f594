import type { StatisticsMeasure, StatisticsTableKey } from '@loket/contracts';
import type { DecisionGround, Region, WorkerSituation } from '@loket/domain';

/**
 * The words of the published tables (English, as the parliamentary answer's annexes are quoted
 * in the exports). Codes travel beside every label, so a UI may show its own translation. The
 * names the screens use too (categories, regions, provinces, sexes) are the domain's.
 */
export { categoryNames, provinceNames, regionNames, sexNames } from '@loket/domain';

/** Short names, for spreadsheet tabs (31 characters at most). */
export const regionShortNames: Record<Region, string> = {
  flanders: 'FL',
  brussels: 'BRU',
  wallonia: 'WAL',
  german_speaking: 'DG',
};

export const groundNames: Record<DecisionGround, string> = {
  worker_present_before_authorisation: 'Worker in Belgium before the authorisation',
  not_shortage_occupation: 'Not a shortage occupation',
  salary_below_threshold: 'Salary below the threshold',
  diploma_level_not_met: 'Diploma level not met',
  incomplete_file: 'Incomplete file',
  fee_unpaid: 'Fee not paid',
  fraud_or_false_documents: 'Fraud or false documents',
  employer_breach: 'Employer breaches wage or employment rules',
  public_order: 'Public order',
  region_not_competent: 'Region not competent',
};

export const situationNames: Record<WorkerSituation, string> = {
  abroad: 'Abroad',
  student_in_belgium: 'Student in Belgium',
  international_protection: 'International protection',
  other_residence_in_belgium: 'Other residence in Belgium',
};

const countries = new Intl.DisplayNames(['en'], { type: 'region' });
/** A country's English name from its ISO 3166-1 alpha-2 code. */
export function countryName(code: string): string {
  try {
    return countries.of(code) ?? code;
  } catch {
    return code;
  }
}

export const tableTitles: Record<StatisticsTableKey, { title: string; description: string }> = {
  applications: {
    title: 'Applications and grants by category and province of employment',
    description:
      'Applications filed and work parts granted, per category and province of the place of employment, per year and region (Annex 1 of the answer to written question 354).',
  },
  refusal_grounds: {
    title: 'Refusal grounds by category',
    description:
      'The coded grounds of inadmissibility decisions and of refusals of the work and the residence part, per category, per year and region.',
  },
  grant_profiles: {
    title: 'Grants by age band, sex, nationality and applicant kind',
    description:
      'Work parts granted per category by the worker’s age band, sex, nationality and applicant kind, per year and region (Annex 2).',
  },
  throughput: {
    title: 'Throughput times',
    description:
      'Median and 90th percentile of the calendar days to admissibility, of the work part, between the parts and of the whole procedure, per category, per year, for each region and for Belgium.',
  },
};

export const measureNames: Record<StatisticsMeasure, { title: string; short: string }> = {
  applications: { title: 'Applications', short: 'applications' },
  grants: { title: 'Work parts granted', short: 'grants' },
  refusal_grounds: { title: 'Refusal grounds', short: 'refusal grounds' },
  grants_by_age_band: { title: 'Grants by age band', short: 'grants by age' },
  grants_by_sex: { title: 'Grants by sex', short: 'grants by sex' },
  grants_by_nationality: { title: 'Grants by nationality', short: 'grants by nationality' },
  grants_by_applicant_kind: { title: 'Grants by applicant kind', short: 'grants by kind' },
  throughput: { title: 'Throughput (calendar days)', short: 'throughput' },
};
