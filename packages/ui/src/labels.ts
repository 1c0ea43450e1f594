import type { InboxSort, ProblemCode } from '@loket/contracts';
import {
  type Action,
  type ApplicationState,
  type Audience,
  type Category,
  categoryNames,
  type DecisionGround,
  type DecisionOutcome,
  type DocumentType,
  type Part,
  type Province,
  provinceNames,
  type Region,
  type Role,
  regionNames,
  type Sex,
  sexNames,
  type WorkerSituation,
  type WorklistKey,
} from '@loket/domain';

/**
 * Every user-visible word for a code, in one place, so the translations that come later replace
 * this module and nothing else. Records keyed by the domain's union types make a missing label a
 * compile error; labels.test.ts checks the same at run time against the domain's lists.
 * The names the statistics' tables share (categories, regions, provinces, sexes) are the domain's.
 */

export const stateLabels: Record<ApplicationState, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  work_supplement_requested: 'Supplement requested by the work service',
  inadmissible: 'Inadmissible',
  work_review: 'In work review',
  work_refused: 'Work part refused',
  residence_review: 'In residence review',
  residence_supplement_requested: 'Supplement requested by the residence service',
  residence_refused: 'Residence part refused',
  permit_granted: 'Permit granted',
  withdrawn: 'Withdrawn',
};

/** What a state means for the applicant, and what (if anything) they should do. */
export const applicantStateHelp: Record<ApplicationState, string> = {
  draft:
    'This application is a draft that only you can see. Fill in the details, upload the documents and submit it.',
  submitted: 'The regional work service is checking whether the application is complete and admissible.',
  work_supplement_requested:
    'The work service needs more information. Answer the request below; the handling time stops until you do.',
  inadmissible: 'The work service declared the application inadmissible. The procedure has ended.',
  work_review: 'The application is admissible. The work service is assessing the work part.',
  work_refused: 'The work service refused the work part. The procedure has ended; see the decision below.',
  residence_review: 'The work part was granted. The Immigration Office is assessing the residence part.',
  residence_supplement_requested:
    'The Immigration Office needs more information. Answer the request below; the handling time stops until you do.',
  residence_refused:
    'The Immigration Office refused the residence part. The procedure has ended; see the decision below.',
  permit_granted: 'The combined permit for work and residence was granted.',
  withdrawn: 'This application was withdrawn. The procedure has ended.',
};

export const categoryLabels: Record<Category, string> = categoryNames;

export const documentTypeLabels: Record<DocumentType, string> = {
  passport: 'Passport copy',
  employment_contract: 'Employment contract',
  diploma: 'Diploma',
  cv: 'CV',
  salary_proof: 'Proof of salary',
  medical_certificate: 'Medical certificate',
  criminal_record: 'Criminal record extract',
  fee_payment: 'Proof of fee payment',
  hosting_agreement: 'Hosting agreement (researcher)',
  federation_certificate: 'Federation certificate (athlete)',
  host_family: 'Host family documents (au pair)',
  decision_letter: 'Decision letter',
  note: 'Note from the authority',
  other: 'Other document',
};

export const groundLabels: Record<DecisionGround, string> = {
  worker_present_before_authorisation:
    'The worker was in Belgium before the employer obtained the authorisation',
  not_shortage_occupation: 'The function is not on the shortage occupation list',
  salary_below_threshold: 'The salary is below the threshold of the category',
  diploma_level_not_met: 'The diploma level is not met',
  incomplete_file: 'The file is incomplete',
  fee_unpaid: 'The fee is not paid',
  fraud_or_false_documents: 'Fraud or false documents',
  employer_breach: 'The employer breaches wage or employment rules',
  public_order: 'Threat to public order',
  region_not_competent: 'The region is not competent for the place of employment',
};

export const roleLabels: Record<Role, string> = {
  applicant: 'Applicant',
  work_caseworker: 'Work service caseworker',
  residence_officer: 'Residence officer',
  analyst: 'Analyst',
  team_lead: 'Team lead',
};

export const regionLabels: Record<Region, string> = regionNames;

export const provinceLabels: Record<Province, string> = provinceNames;

export const sexLabels: Record<Sex, string> = sexNames;

export const situationLabels: Record<WorkerSituation, string> = {
  abroad: 'Abroad',
  student_in_belgium: 'Student in Belgium',
  international_protection: 'Applicant for or beneficiary of international protection',
  other_residence_in_belgium: 'Other right of residence in Belgium',
};

export const audienceLabels: Record<Audience, string> = {
  both: 'Both services',
  work: 'Work service only',
  residence: 'Residence service only',
};

export const outcomeLabels: Record<DecisionOutcome, string> = {
  granted: 'Granted',
  refused: 'Refused',
  inadmissible: 'Inadmissible',
};

export const partLabels: Record<Part, string> = {
  work: 'Work part',
  residence: 'Residence part',
};

/** The authority that handles a part, as the applicant would name it. */
export const authorityLabels: Record<Part, string> = {
  work: 'work service',
  residence: 'residence service (Immigration Office)',
};

/** A checklist line: whether the category requires the document, and whether it is there. */
export const requirementLabels = { mandatory: 'Required', optional: 'Optional' } as const;
export const checklistStatusLabels = { uploaded: 'Uploaded', missing: 'Not uploaded yet' } as const;

/** Who sees a document an authority adds, from the adding service's side. */
export const audienceChoiceLabels = { own: 'Only our service', both: 'Both services' } as const;

export const actionLabels: Record<Action, string> = {
  edit_draft: 'Draft edited',
  upload_document: 'Document uploaded',
  submit: 'Application submitted',
  withdraw: 'Application withdrawn',
  request_supplement: 'Supplement requested',
  answer_supplement: 'Supplement answered',
  declare_admissible: 'Declared admissible',
  declare_inadmissible: 'Declared inadmissible',
  grant_work_part: 'Work part granted',
  refuse_work_part: 'Work part refused',
  grant_residence_part: 'Residence part granted',
  refuse_residence_part: 'Residence part refused',
  assign: 'Assigned',
  extend_deadline: 'Decision deadline extended',
};

/** Events the API records besides the procedure's actions. */
export const eventLabels: Record<string, string> = {
  create_draft: 'Draft created',
  download_document: 'Document downloaded',
  read_application: 'Application read',
  take: 'Taken by a caseworker',
  reassign: 'Reassigned',
  release: 'Released to the team',
};

export const scanStatusLabels: Record<'pending' | 'clean' | 'infected', string> = {
  pending: 'Being checked for viruses (usually less than a minute)',
  clean: 'No virus found',
  infected: 'Virus found: the file was blocked and cannot be opened. A clean copy must be uploaded.',
};

export const supplementStatusLabels: Record<'open' | 'answered' | 'withdrawn', string> = {
  open: 'Open',
  answered: 'Answered',
  withdrawn: 'Closed: the application was withdrawn',
};

/** Headings for API problems; the API's own detail text is shown underneath. */
export const problemLabels: Record<ProblemCode, string> = {
  validation_failed: 'Some information is not valid',
  unauthenticated: 'Your session has ended. Please log in again.',
  forbidden: 'You are not allowed to do this',
  not_found: 'Not found',
  illegal_transition: 'This is not possible in the current state of the application',
  version_conflict: 'The application was changed in the meantime',
  application_incomplete: 'The application is not complete yet',
  file_too_large: 'The file is too large',
  file_empty: 'The file is empty',
  file_type_not_allowed: 'This type of file is not accepted. Upload a PDF, JPEG or PNG file.',
  upload_incomplete: 'The upload did not complete. Please try again.',
  document_not_scanned: 'The file is still being checked for viruses. Try again in a minute.',
  document_infected: 'A virus was found in this file. It was blocked and cannot be downloaded.',
  upload_offset_mismatch: 'The upload got out of step with the server. Retry to continue where it stopped.',
  upload_expired: 'This upload was started too long ago and has been discarded. Upload the file again.',
  upload_busy: 'This upload is still being processed. Please wait a moment and retry.',
  rate_limited: 'Too many requests. Please wait a moment and try again.',
  headers_too_large: 'The request is too long. Use fewer or shorter filters and try again.',
  storage_unavailable: 'Document storage is unavailable. Please try again later.',
  identity_provider_unavailable: 'The sign-in service is unavailable. Please try again in a moment.',
  internal: 'Something went wrong on our side',
};

export const queueFilterLabels = {
  all: 'All',
  submitted: 'Submitted',
  waiting_for_applicant: 'Waiting for applicant',
  work_review: 'In work review',
  residence_review: 'In residence review',
  decided: 'Decided',
  withdrawn: 'Withdrawn',
} as const;
export type QueueFilterKey = keyof typeof queueFilterLabels;

/**
 * History entries carry the API's action string, which may name steps the procedure table does
 * not (creating a draft, for instance): those fall back to readable words rather than a raw code.
 */
export function actionLabel(action: string): string {
  const known = (actionLabels as Record<string, string>)[action] ?? eventLabels[action];
  if (known) return known;
  const words = action.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A role, or a comma-separated list of roles as the API records an actor with several. */
export function roleLabel(role: string): string {
  return role
    .split(',')
    .map((r) => (roleLabels as Record<string, string>)[r.trim()] ?? r.trim())
    .join(', ');
}

let countryNames: Intl.DisplayNames | undefined;
/** Country name from an ISO 3166-1 alpha-2 code; the code itself when the browser does not know it. */
export function countryName(code: string): string {
  try {
    countryNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return countryNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** The inbox's worklists, as the navigation names them. */
export const worklistLabels: Record<WorklistKey, string> = {
  new: 'New',
  mine: 'Assigned to me',
  team: 'My team',
  waiting: 'Waiting for the applicant',
  due_soon: 'Due soon',
  overdue: 'Overdue',
  decided: 'Decided',
  all: 'All files',
};

/** The inbox's orders, in words. */
export const inboxSortLabels: Record<InboxSort, string> = {
  deadline: 'Legal deadline, soonest first',
  '-deadline': 'Legal deadline, latest first',
  submitted: 'Submission, oldest first',
  '-submitted': 'Submission, newest first',
  updated: 'Last change, oldest first',
  '-updated': 'Last change, newest first',
  decided: 'Decision, earliest first',
  '-decided': 'Decision, latest first',
};
