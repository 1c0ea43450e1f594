import { ageOn } from './statistics/definitions.ts';
import type { Category, Region } from './vocabulary.ts';

/**
 * The minimum gross annual salary a category asks for, per region, from a date on. REFERENCE DATA
 * TO BE MAINTAINED: each region indexes its amounts (usually on 1 January, sometimes later in the
 * year) and the new set is added here with its date, never by editing an older one, so a file is
 * always checked against the amounts in force on its filing date. A region's set stays in force
 * until its next set: Flanders and Brussels kept their 2025 amounts into 2026 (Flanders until
 * Statbel's new average wage is published), Wallonia indexed on 1 January 2026.
 *
 * Categories without a fixed amount (a shortage occupation pays at least the joint committee's
 * scale; an au pair or a trainee has their own rules) have no line: no threshold, no warning.
 * The amounts were taken from the published overviews named in `source`; they must be checked
 * against the regions' own publications (Departement WSE, Brussels Economie et Emploi, SPW
 * Emploi, Ministerium der DG) before they are relied on in a decision.
 */
export interface SalaryThresholdSet {
  region: Region;
  validFrom: string;
  source: string;
  /** Gross annual amounts in euro, per category that has one. */
  amounts: Partial<Record<Category, number>>;
  /**
   * A lower amount for a young worker (younger than `age` on the filing date), per category
   * where the region grants one.
   */
  younger?: { age: number; amounts: Partial<Record<Category, number>> };
}

export const salaryThresholdSets: readonly SalaryThresholdSet[] = [
  {
    region: 'flanders',
    validFrom: '2025-01-01',
    source:
      'Flemish Government, economic migration: salary thresholds 2025 (as published in employer overviews, January 2025); kept in 2026 until the indexation on Statbel’s new average wage',
    amounts: {
      highly_qualified: 48_912,
      executive: 78_259,
      eu_blue_card: 63_586,
      athlete: 101_019,
      performing_artist: 42_313,
    },
    younger: { age: 30, amounts: { highly_qualified: 39_129.6 } },
  },
  {
    region: 'brussels',
    validFrom: '2025-01-01',
    source:
      'Brussels-Capital Region, Economie et Emploi: monthly thresholds 2025 x 12 (highly qualified 3,703.44; executive 6,647.20; EU Blue Card 4,748); kept in 2026',
    amounts: {
      highly_qualified: 44_441.28,
      executive: 79_766.4,
      eu_blue_card: 56_976,
      athlete: 88_320,
      performing_artist: 37_034.4,
    },
  },
  {
    region: 'wallonia',
    validFrom: '2025-01-01',
    source: 'Walloon Region, SPW Emploi: salary thresholds 2025',
    amounts: { highly_qualified: 51_613, executive: 86_110, eu_blue_card: 66_738 },
    younger: { age: 30, amounts: { highly_qualified: 41_290 } },
  },
  {
    region: 'wallonia',
    validFrom: '2026-01-01',
    source: 'Walloon Region, SPW Emploi: salary thresholds 2026 (indexed on 1 January 2026)',
    amounts: { highly_qualified: 53_220, executive: 88_790, eu_blue_card: 68_815 },
    younger: { age: 30, amounts: { highly_qualified: 42_576 } },
  },
  {
    region: 'german_speaking',
    validFrom: '2025-01-01',
    source:
      'German-speaking Community: not yet entered from the Ministerium der DG publication; Wallonia’s 2025 amounts stand in (the Community applied the Walloon rules before its own decree) until the DG’s figures are entered',
    amounts: { highly_qualified: 51_613, executive: 86_110, eu_blue_card: 66_738 },
    younger: { age: 30, amounts: { highly_qualified: 41_290 } },
  },
  {
    region: 'german_speaking',
    validFrom: '2026-01-01',
    source:
      'German-speaking Community: Wallonia’s 2026 amounts stand in until the Ministerium der DG’s figures are entered',
    amounts: { highly_qualified: 53_220, executive: 88_790, eu_blue_card: 68_815 },
    younger: { age: 30, amounts: { highly_qualified: 42_576 } },
  },
];

/** The latest item of `list` in force on `date` (YYYY-MM-DD), if any. */
export function inForce<T extends { validFrom: string }>(list: readonly T[], date: string): T | undefined {
  return [...list]
    .filter((item) => item.validFrom <= date)
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
}

export interface SalaryThreshold {
  /** Gross annual euro. */
  amount: number;
  /** The set's date: which year's amounts apply. */
  validFrom: string;
  /** Set when the young worker's lower amount applies: the age they are under. */
  youngerThan?: number;
}

/**
 * The threshold a salary is held against: the region's amount for the category on `date`, the
 * young worker's amount when the worker's birth date is known and they are young enough.
 * undefined when the region publishes none for the category (or none yet on that date).
 */
export function salaryThresholdFor(
  region: Region,
  category: Category,
  date: string,
  workerBirthDate: string | null = null,
  sets: readonly SalaryThresholdSet[] = salaryThresholdSets,
): SalaryThreshold | undefined {
  const set = inForce(
    sets.filter((s) => s.region === region),
    date,
  );
  const amount = set?.amounts[category];
  if (!set || amount === undefined) return undefined;
  const young = set.younger?.amounts[category];
  if (
    young !== undefined &&
    set.younger &&
    workerBirthDate &&
    ageOn(workerBirthDate, date) < set.younger.age
  ) {
    return { amount: young, validFrom: set.validFrom, youngerThan: set.younger.age };
  }
  return { amount, validFrom: set.validFrom };
}
