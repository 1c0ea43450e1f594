import { type ShortageOccupationList, shortageListOn, shortageOccupationLists } from './occupations.ts';
import {
  inForce,
  type SalaryThresholdSet,
  salaryThresholdFor,
  salaryThresholdSets,
} from './salary-thresholds.ts';
import type { Category, Region, WorkerSituation } from './vocabulary.ts';

/**
 * Early warnings: what the applicant can see before submitting that is likely to end in a refusal
 * of the work part. Each one foreshadows the decision ground of the same code (grounds.ts). They
 * never stop a submission (the work service judges; the applicant may know better, e.g. a salary
 * with benefits the form does not ask for): the portal shows them as the applicant types, the API
 * returns them with the application. Codes and params only, no sentences: the UIs translate.
 */
export const earlyWarningCodes = [
  'salary_below_threshold',
  'not_shortage_occupation',
  'worker_present_before_authorisation',
] as const;
export type EarlyWarningCode = (typeof earlyWarningCodes)[number];

export type EarlyWarning =
  | {
      code: 'salary_below_threshold';
      /** JSON pointer to the field the warning is about, as in a validation problem. */
      field: '/grossAnnualSalaryEur';
      params: {
        /** Gross annual euro the category asks for in the region (may have cents). */
        threshold: number;
        salary: number;
        region: Region;
        category: Category;
        /** The date of the amounts in force (their year). */
        validFrom: string;
        /** Set when the young worker's lower amount was used: the age they are under. */
        youngerThan?: number;
      };
    }
  | {
      code: 'not_shortage_occupation';
      field: '/occupationCode';
      params: { occupationCode: string; region: Region; validFrom: string };
    }
  | {
      code: 'worker_present_before_authorisation';
      field: '/worker/situation';
      params: { situation: WorkerSituation; region: Region; category: Category; validFrom: string };
    };

/**
 * The categories for which a worker who is already in Belgium when the employer applies is a
 * refusal ground, per region from a date on. REFERENCE DATA TO BE MAINTAINED with the regions'
 * rules. For Flanders the parliamentary answer in seed/ (written question 354, 2021, answer 3)
 * names it as one of the two recurring refusal grounds for shortage occupations ("currently not
 * allowed"); the other regions are held to the same rule until their own rules are entered.
 */
export interface PresenceRule {
  region: Region;
  validFrom: string;
  source: string;
  categories: readonly Category[];
}

export const presenceRules: readonly PresenceRule[] = [
  {
    region: 'flanders',
    validFrom: '2019-01-01',
    source:
      'Flemish Parliament, written question 354 (2021), answer 3: the worker may not be in the country before the employer obtained the authorisation (shortage occupations)',
    categories: ['shortage_occupation'],
  },
  ...(['brussels', 'wallonia', 'german_speaking'] as const).map((region) => ({
    region,
    validFrom: '2019-01-01',
    source: 'Assumed as in Flanders (shortage occupations) until the region’s own rule is entered',
    categories: ['shortage_occupation' as const],
  })),
];

/** The reference data the warnings read; tests pass their own. */
export interface WarningReferenceData {
  salaryThresholds: readonly SalaryThresholdSet[];
  shortageLists: readonly ShortageOccupationList[];
  presenceRules: readonly PresenceRule[];
}

export const warningReferenceData: WarningReferenceData = {
  salaryThresholds: salaryThresholdSets,
  shortageLists: shortageOccupationLists,
  presenceRules,
};

/**
 * The part of a draft the warnings look at: the contract's draft fields plus the region of the
 * chosen place of employment. Anything may still be empty (null or absent): no warning then.
 */
export interface WarningCandidate {
  region?: Region | null;
  category?: Category | null;
  grossAnnualSalaryEur?: number | null;
  occupationCode?: string | null;
  worker?: { birthDate?: string | null; situation?: WorkerSituation | null } | null;
}

/**
 * The early warnings for a draft filed on `onDate` (YYYY-MM-DD, or a Date read in UTC): a draft
 * is checked against today's reference data, a submitted application against its filing date's.
 */
export function earlyWarnings(
  draft: WarningCandidate,
  onDate: string | Date,
  reference: WarningReferenceData = warningReferenceData,
): EarlyWarning[] {
  const date = typeof onDate === 'string' ? onDate.slice(0, 10) : onDate.toISOString().slice(0, 10);
  const { region, category } = draft;
  if (!region || !category) return [];
  const warnings: EarlyWarning[] = [];

  const salary = draft.grossAnnualSalaryEur;
  if (salary !== null && salary !== undefined) {
    const threshold = salaryThresholdFor(
      region,
      category,
      date,
      draft.worker?.birthDate ?? null,
      reference.salaryThresholds,
    );
    if (threshold && salary < threshold.amount) {
      warnings.push({
        code: 'salary_below_threshold',
        field: '/grossAnnualSalaryEur',
        params: {
          threshold: threshold.amount,
          salary,
          region,
          category,
          validFrom: threshold.validFrom,
          ...(threshold.youngerThan ? { youngerThan: threshold.youngerThan } : {}),
        },
      });
    }
  }

  const occupationCode = draft.occupationCode;
  if (category === 'shortage_occupation' && occupationCode) {
    const list = shortageListOn(region, date, reference.shortageLists);
    if (list && !list.occupations.some((o) => o.code === occupationCode)) {
      warnings.push({
        code: 'not_shortage_occupation',
        field: '/occupationCode',
        params: { occupationCode, region, validFrom: list.validFrom },
      });
    }
  }

  const situation = draft.worker?.situation;
  if (situation && situation !== 'abroad') {
    const rule = inForce(
      reference.presenceRules.filter((r) => r.region === region),
      date,
    );
    if (rule?.categories.includes(category)) {
      warnings.push({
        code: 'worker_present_before_authorisation',
        field: '/worker/situation',
        params: { situation, region, category, validFrom: rule.validFrom },
      });
    }
  }
  return warnings;
}
