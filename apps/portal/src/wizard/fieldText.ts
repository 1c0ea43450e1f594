import type { FieldErrorCode, ProblemCode } from '@loket/contracts';
import { type DocumentType, documentTypes } from '@loket/domain';
import type { Params } from '@loket/i18n';
import type { FieldError, Labels } from '@loket/ui';
import { type DraftField, type FieldProblem, isDraftField } from '../draft.ts';
import type { wizardMessages } from './wizard.messages.ts';

type Key = keyof (typeof wizardMessages)['en'];
export type Translate = (key: Key, params?: Params) => string;

/** Each field's label, as its step shows it. */
export const fieldLabelKey: Record<DraftField, Key> = {
  '/establishmentUnitId': 'place',
  '/language': 'letterLanguage',
  '/category': 'step_category',
  '/worker/givenName': 'givenName',
  '/worker/familyName': 'familyName',
  '/worker/birthDate': 'birthDate',
  '/worker/sex': 'sex',
  '/worker/nationality': 'nationality',
  '/worker/situation': 'situation',
  '/jobTitle': 'jobTitle',
  '/occupationCode': 'occupationCode',
  '/grossAnnualSalaryEur': 'salary',
};

const requiredKey: Partial<Record<DraftField, Key>> = {
  '/establishmentUnitId': 'req_establishmentUnitId',
  '/category': 'req_category',
  '/worker/givenName': 'req_givenName',
  '/worker/familyName': 'req_familyName',
  '/worker/birthDate': 'req_birthDate',
  '/worker/sex': 'req_sex',
  '/worker/nationality': 'req_nationality',
  '/worker/situation': 'req_situation',
  '/jobTitle': 'req_jobTitle',
  '/grossAnnualSalaryEur': 'req_grossAnnualSalaryEur',
};

const numberParam = (v: unknown) => (typeof v === 'number' ? v : Number(v));

/**
 * A field's problem as a sentence that says what to do. The TypeBox keyword picks the sentence;
 * the fields whose format is easy to get wrong have their own, with an example.
 */
export function problemText(
  field: DraftField,
  problem: FieldProblem,
  t: Translate,
  format: { euro: (n: number) => string; number: (n: number) => string },
): string {
  const label = t(fieldLabelKey[field]);
  const { keyword, params } = problem;
  if (keyword === 'required' || keyword === 'minLength') {
    const key = requiredKey[field];
    return key ? t(key) : t('err_invalid', { field: label });
  }
  switch (field) {
    case '/grossAnnualSalaryEur':
      if (keyword === 'maximum') return t('err_salary_max', { max: format.euro(numberParam(params.limit)) });
      return t('err_salary_number');
    case '/worker/birthDate':
      return keyword === 'past' ? t('err_birthDate_past') : t('err_birthDate');
    case '/worker/nationality':
      if (keyword === 'pattern') return t('err_nationality');
      break;
    case '/occupationCode':
      if (keyword === 'pattern') return t('err_occupation');
      break;
  }
  if (keyword === 'maxLength') {
    return t('err_tooLong', { field: label, max: format.number(numberParam(params.limit)) });
  }
  if (keyword === 'enum') return t('err_choice', { field: label });
  return t('err_invalid', { field: label });
}

/** The API's field error codes (packages/contracts) as the schema keywords problemText reads. */
const keywordOfCode: Partial<Record<FieldErrorCode, string>> = {
  required: 'required',
  too_short: 'minLength',
  too_long: 'maxLength',
  too_small: 'minimum',
  too_large: 'maximum',
  pattern: 'pattern',
  format: 'format',
  type: 'type',
  not_allowed: 'enum',
};

/**
 * An API field error in the screen's language, from its code (and its params, such as a limit):
 * a missing document reads "Upload the …", a field as the form itself would say it. Without a
 * code (an older API) a 422's fields read as "required"; anything else not understood keeps the
 * API's words rather than guessing.
 */
export function apiErrorText(
  error: FieldError,
  problemCode: ProblemCode | undefined,
  t: Translate,
  labels: Labels,
  format: { euro: (n: number) => string; number: (n: number) => string },
): string {
  const documentParam =
    typeof error.params?.documentType === 'string' ? error.params.documentType : undefined;
  const document = documentParam ?? /^\/documents\/([a-z_]+)$/.exec(error.pointer)?.[1];
  if (document && documentTypes.includes(document as DocumentType)) {
    return t('uploadDocument', {
      document: labels.inSentence(labels.documentType[document as DocumentType]),
    });
  }
  if (!isDraftField(error.pointer)) return error.message;
  const keyword = error.code
    ? (keywordOfCode[error.code] ?? 'invalid')
    : problemCode === 'application_incomplete'
      ? 'required'
      : 'invalid';
  return problemText(error.pointer, { keyword, params: error.params ?? {} }, t, format);
}
