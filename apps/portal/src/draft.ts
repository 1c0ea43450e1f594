import type { ApplicationDetail, UpdateDraftBody } from '@loket/contracts';
import {
  type Category,
  categories,
  type Sex,
  sexes,
  type WorkerSituation,
  workerSituations,
} from '@loket/domain';

/** The draft form's fields, keyed by the JSON pointer the API uses for them in its errors. */
export const draftFields = [
  '/establishmentUnitId',
  '/category',
  '/jobTitle',
  '/grossAnnualSalaryEur',
  '/worker/givenName',
  '/worker/familyName',
  '/worker/birthDate',
  '/worker/sex',
  '/worker/nationality',
  '/worker/situation',
] as const;
export type DraftField = (typeof draftFields)[number];

/** What the inputs hold: always strings, '' for "not filled in". */
export type DraftValues = Record<DraftField, string>;
export type DraftErrors = Partial<Record<DraftField, string>>;

export function valuesFromApplication(a: ApplicationDetail): DraftValues {
  const w = a.worker;
  return {
    '/establishmentUnitId': a.establishmentUnit?.id ?? '',
    '/category': a.category ?? '',
    '/jobTitle': a.jobTitle ?? '',
    '/grossAnnualSalaryEur': a.grossAnnualSalaryEur === null ? '' : String(a.grossAnnualSalaryEur),
    '/worker/givenName': w.givenName ?? '',
    '/worker/familyName': w.familyName ?? '',
    '/worker/birthDate': w.birthDate ?? '',
    '/worker/sex': w.sex ?? '',
    '/worker/nationality': w.nationality ?? '',
    '/worker/situation': w.situation ?? '',
  };
}

export function sameValues(a: DraftValues, b: DraftValues): boolean {
  return draftFields.every((f) => a[f] === b[f]);
}

const salaryText = (v: string) => v.replace(/[\s\u00a0\u202f]/g, '');
const isRealDate = (v: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().startsWith(v);
};

/**
 * Checks the form of what is filled in. Empty fields are fine in a draft: completeness is the
 * API's submission rule, and it answers with the list of what is missing.
 */
export function validateDraft(
  v: DraftValues,
  today: string = new Date().toISOString().slice(0, 10),
): DraftErrors {
  const errors: DraftErrors = {};
  const salary = salaryText(v['/grossAnnualSalaryEur']);
  if (salary && !/^\d{1,8}$/.test(salary)) {
    errors['/grossAnnualSalaryEur'] =
      'Give the gross annual salary in whole euros, digits only, for example 45000.';
  } else if (salary && Number(salary) > 10_000_000) {
    errors['/grossAnnualSalaryEur'] = 'The gross annual salary cannot be more than 10 000 000 euros.';
  }
  if (v['/jobTitle'].trim().length > 200) errors['/jobTitle'] = 'Keep the job title under 200 characters.';
  for (const f of ['/worker/givenName', '/worker/familyName'] as const) {
    if (v[f].trim().length > 100) errors[f] = 'Keep the name under 100 characters.';
  }
  const birth = v['/worker/birthDate'];
  if (birth && !isRealDate(birth)) errors['/worker/birthDate'] = 'Give the date of birth as a real date.';
  else if (birth && birth >= today) errors['/worker/birthDate'] = 'The date of birth must be in the past.';
  const nat = v['/worker/nationality'].trim();
  if (nat && !/^[A-Za-z]{2}$/.test(nat)) {
    errors['/worker/nationality'] =
      'Give the nationality as a two-letter country code, for example IN for India.';
  }
  return errors;
}

const text = (v: string) => v.trim() || undefined;
const oneOf = <T extends string>(list: readonly T[], v: string): T | undefined =>
  (list as readonly string[]).includes(v) ? (v as T) : undefined;

/** The PATCH body: only fields that hold a value, with the version the form was based on. */
export function toUpdateBody(v: DraftValues, version: number): UpdateDraftBody {
  const body: UpdateDraftBody = { version };
  const unit = text(v['/establishmentUnitId']);
  if (unit) body.establishmentUnitId = unit;
  const category = oneOf<Category>(categories, v['/category']);
  if (category) body.category = category;
  const jobTitle = text(v['/jobTitle']);
  if (jobTitle) body.jobTitle = jobTitle;
  const salary = salaryText(v['/grossAnnualSalaryEur']);
  if (salary) body.grossAnnualSalaryEur = Number(salary);

  const worker: NonNullable<UpdateDraftBody['worker']> = {};
  const givenName = text(v['/worker/givenName']);
  if (givenName) worker.givenName = givenName;
  const familyName = text(v['/worker/familyName']);
  if (familyName) worker.familyName = familyName;
  if (v['/worker/birthDate']) worker.birthDate = v['/worker/birthDate'];
  const sex = oneOf<Sex>(sexes, v['/worker/sex']);
  if (sex) worker.sex = sex;
  const nationality = text(v['/worker/nationality'])?.toUpperCase();
  if (nationality) worker.nationality = nationality;
  const situation = oneOf<WorkerSituation>(workerSituations, v['/worker/situation']);
  if (situation) worker.situation = situation;
  if (Object.keys(worker).length > 0) body.worker = worker;
  return body;
}
