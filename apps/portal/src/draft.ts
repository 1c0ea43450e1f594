import { type ApplicationDetail, UpdateDraftBody } from '@loket/contracts';
import {
  type Category,
  categories,
  defaultLanguageFor,
  type EarlyWarning,
  earlyWarnings,
  type Language,
  languages,
  missingForSubmission,
  type Region,
  type Sex,
  sexes,
  type WorkerSituation,
  workerSituations,
} from '@loket/domain';
import { Value } from 'typebox/value';

/**
 * The draft's fields, keyed by the JSON pointer the API uses for them in its errors, in form order
 * and by the part of the application they describe (the guided application has a step for each).
 */
export const draftFieldsByPart = {
  employer: ['/establishmentUnitId', '/language'],
  category: ['/category'],
  worker: [
    '/worker/givenName',
    '/worker/familyName',
    '/worker/birthDate',
    '/worker/sex',
    '/worker/nationality',
    '/worker/situation',
  ],
  job: ['/jobTitle', '/occupationCode', '/grossAnnualSalaryEur'],
} as const;
export const draftFields = Object.values(draftFieldsByPart).flat();
export type DraftField = (typeof draftFields)[number];

export const isDraftField = (pointer: string): pointer is DraftField =>
  (draftFields as readonly string[]).includes(pointer);

/** What the inputs hold: always strings, '' for "not filled in". */
export type DraftValues = Record<DraftField, string>;

/**
 * What is wrong with a field, without words: the TypeBox keyword that failed (with its params),
 * `required` for a field the submission needs, or `past` for a birth date that is not. The screen
 * turns it into a sentence in its language.
 */
export interface FieldProblem {
  keyword: string;
  params: Readonly<Record<string, unknown>>;
}
export type DraftProblems = Partial<Record<DraftField, FieldProblem>>;

export function valuesFromApplication(a: ApplicationDetail): DraftValues {
  const w = a.worker;
  return {
    '/establishmentUnitId': a.establishmentUnit?.id ?? '',
    // The API gives the language in effect; the region's own counts as "not chosen".
    '/language': a.language === defaultLanguageFor(a.region) ? '' : a.language,
    '/category': a.category ?? '',
    '/worker/givenName': w.givenName ?? '',
    '/worker/familyName': w.familyName ?? '',
    '/worker/birthDate': w.birthDate ?? '',
    '/worker/sex': w.sex ?? '',
    '/worker/nationality': w.nationality ?? '',
    '/worker/situation': w.situation ?? '',
    '/jobTitle': a.jobTitle ?? '',
    '/occupationCode': a.occupationCode ?? '',
    '/grossAnnualSalaryEur': a.grossAnnualSalaryEur === null ? '' : String(a.grossAnnualSalaryEur),
  };
}

export function sameValues(a: DraftValues, b: DraftValues, fields: readonly DraftField[] = draftFields) {
  return fields.every((f) => a[f] === b[f]);
}

/**
 * A salary as typed: spaces, and dots or spaces between groups of three digits (45.000, 45 000,
 * as written in Belgium), are dropped. Anything else stays text, so the schema refuses it.
 */
function salaryOf(v: string): number | string {
  const compact = v.trim().replace(/[\u00a0\u202f]/g, ' ');
  const grouped = /^\d{1,3}([. ]\d{3})+$/.test(compact) ? compact.replace(/[. ]/g, '') : compact;
  const digits = grouped.replace(/\s/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : v.trim();
}

/** One field's value as the API takes it: null for empty (which clears it), typed otherwise. */
function bodyValue(field: DraftField, raw: string): unknown {
  const v = raw.trim();
  if (v === '') return null;
  switch (field) {
    case '/grossAnnualSalaryEur':
      return salaryOf(raw);
    case '/worker/nationality':
      return v.toUpperCase();
    default:
      return v;
  }
}

/**
 * The PATCH body for some of the fields (a step's), each set or cleared, with the version the
 * form was based on. Values that are not valid go as typed: the API refuses them as the form does.
 */
export function toUpdateBody(
  values: DraftValues,
  version: number,
  fields: readonly DraftField[] = draftFields,
): UpdateDraftBody {
  const body: Record<string, unknown> = { version };
  const worker: Record<string, unknown> = {};
  for (const field of fields) {
    const value = bodyValue(field, values[field]);
    if (field.startsWith('/worker/')) worker[field.slice('/worker/'.length)] = value;
    else body[field.slice(1)] = value;
  }
  if (Object.keys(worker).length > 0) body.worker = worker;
  return body as UpdateDraftBody;
}

const noise = (e: { keyword: string; params: Record<string, unknown> }) =>
  e.keyword === 'anyOf' || (e.keyword === 'type' && e.params.type === 'null');

/**
 * What the API's own schema (the contract's UpdateDraftBody) says of each field, checked one field
 * at a time so every field gets its first problem. A birth date must also lie in the past.
 */
export function fieldProblems(
  values: DraftValues,
  fields: readonly DraftField[] = draftFields,
  today: string = localToday(),
): DraftProblems {
  const problems: DraftProblems = {};
  for (const field of fields) {
    const body = toUpdateBody(values, 1, [field]);
    const error = Value.Errors(UpdateDraftBody, body).find((e) => e.instancePath === field && !noise(e));
    if (error) problems[field] = { keyword: error.keyword, params: error.params };
  }
  const birth = values['/worker/birthDate'].trim();
  if (fields.includes('/worker/birthDate') && !problems['/worker/birthDate'] && birth && birth >= today) {
    problems['/worker/birthDate'] = { keyword: 'past', params: {} };
  }
  return problems;
}

const oneOf = <T extends string>(list: readonly T[], v: string): T | null =>
  (list as readonly string[]).includes(v) ? (v as T) : null;
const textOrNull = (v: string) => v.trim() || null;

/** The fields the submission requires that are still empty: the domain's rule, nothing of our own. */
export function missingFields(values: DraftValues): DraftField[] {
  const missing = missingForSubmission({
    establishmentUnitId: textOrNull(values['/establishmentUnitId']),
    category: oneOf<Category>(categories, values['/category']),
    jobTitle: textOrNull(values['/jobTitle']),
    // Only whether it is filled in counts here; its form is fieldProblems' business.
    grossAnnualSalaryEur: values['/grossAnnualSalaryEur'].trim() ? 0 : null,
    worker: {
      givenName: textOrNull(values['/worker/givenName']),
      familyName: textOrNull(values['/worker/familyName']),
      birthDate: textOrNull(values['/worker/birthDate']),
      sex: oneOf<Sex>(sexes, values['/worker/sex']),
      nationality: textOrNull(values['/worker/nationality']),
      situation: oneOf<WorkerSituation>(workerSituations, values['/worker/situation']),
    },
    documentTypes: [],
    date: localToday(),
  });
  // Missing documents (/documents/<type>) are the documents step's, read from the API's checklist.
  const pointers = new Set(missing.map((m) => m.pointer));
  return draftFields.filter((f) => pointers.has(f));
}

/** Format problems of the given fields, and for those the submission needs, `required` when empty. */
export function stepProblems(values: DraftValues, fields: readonly DraftField[]): DraftProblems {
  const problems = fieldProblems(values, fields);
  for (const f of missingFields(values)) {
    if (fields.includes(f)) problems[f] ??= { keyword: 'required', params: {} };
  }
  return problems;
}

/** The early warnings for what is on screen now, against today's reference data (the domain's rule). */
export function warningsFor(values: DraftValues, region: Region | null | undefined): EarlyWarning[] {
  const salary = salaryOf(values['/grossAnnualSalaryEur']);
  const birthDate = values['/worker/birthDate'].trim();
  const occupation = values['/occupationCode'].trim();
  return earlyWarnings(
    {
      region: region ?? null,
      category: oneOf<Category>(categories, values['/category']),
      grossAnnualSalaryEur: typeof salary === 'number' ? salary : null,
      occupationCode: /^\d{4}$/.test(occupation) ? occupation : null,
      worker: {
        birthDate: /^\d{4}-\d{2}-\d{2}$/.test(birthDate) ? birthDate : null,
        situation: oneOf<WorkerSituation>(workerSituations, values['/worker/situation']),
      },
    },
    localToday(),
  );
}

export const languageOf = (v: string): Language | null => oneOf<Language>(languages, v);

/** Today as the applicant's calendar has it (YYYY-MM-DD), not UTC's. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
