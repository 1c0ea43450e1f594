import type { DocumentType } from './documents.ts';
import { requirementsFor } from './requirements.ts';
import type { Category, Sex, WorkerSituation } from './vocabulary.ts';

export interface SubmissionCandidate {
  establishmentUnitId: string | null;
  category: Category | null;
  jobTitle: string | null;
  grossAnnualSalaryEur: number | null;
  worker: {
    givenName: string | null;
    familyName: string | null;
    birthDate: string | null;
    sex: Sex | null;
    nationality: string | null;
    situation: WorkerSituation | null;
  };
  documentTypes: readonly DocumentType[];
  /** The day the checklist is taken from (YYYY-MM-DD): the day of submission. */
  date: string;
}

export interface MissingItem {
  /** JSON pointer into the application, or /documents/<type> for a missing document. */
  pointer: string;
  /** What the UIs translate: an empty field, or a document to upload (named in params). */
  code: 'required' | 'document_missing';
  params?: { documentType: DocumentType };
  message: string;
}

/** Lists what still stops a draft from being submitted; empty when it can go. */
export function missingForSubmission(c: SubmissionCandidate): MissingItem[] {
  const missing: MissingItem[] = [];
  const need = (pointer: string, value: unknown, message: string) => {
    if (value === null || value === undefined || value === '')
      missing.push({ pointer, code: 'required', message });
  };
  need('/establishmentUnitId', c.establishmentUnitId, 'Choose the place of employment.');
  need('/category', c.category, 'Choose the category.');
  need('/jobTitle', c.jobTitle, 'Give the job title.');
  need('/grossAnnualSalaryEur', c.grossAnnualSalaryEur, 'Give the gross annual salary.');
  need('/worker/givenName', c.worker.givenName, "Give the worker's given name.");
  need('/worker/familyName', c.worker.familyName, "Give the worker's family name.");
  need('/worker/birthDate', c.worker.birthDate, "Give the worker's date of birth.");
  need('/worker/sex', c.worker.sex, "Give the worker's sex as on the passport.");
  need('/worker/nationality', c.worker.nationality, "Give the worker's nationality.");
  need('/worker/situation', c.worker.situation, 'Say where the worker is now.');
  if (c.category) {
    for (const r of requirementsFor(c.category, c.date, c.worker.situation)) {
      if (r.mandatory && !c.documentTypes.includes(r.type)) {
        missing.push({
          pointer: `/documents/${r.type}`,
          code: 'document_missing',
          params: { documentType: r.type },
          message: `Upload the ${r.type.replaceAll('_', ' ')}.`,
        });
      }
    }
  }
  return missing;
}
