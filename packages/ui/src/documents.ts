import type { ChecklistItem } from '@loket/contracts';
import { type DocumentType, documentTypes } from '@loket/domain';
import { documentTypeLabels } from './labels.ts';

/** Written by the authorities only: an applicant neither uploads nor is asked for these. */
const authorityOnlyTypes: readonly DocumentType[] = ['decision_letter', 'note'];

/** What an applicant may upload, and an authority may ask for. */
export const applicantDocumentTypes: readonly DocumentType[] = documentTypes.filter(
  (t) => !authorityOnlyTypes.includes(t),
);

/** What an authority adds to a file itself. */
export const authorityDocumentTypes: readonly DocumentType[] = ['decision_letter', 'note', 'other'];

/** Types the applicant has (re)uploaded since `since` (an ISO timestamp). */
export function typesUploadedSince(
  documents: readonly { type: DocumentType; versions: readonly { createdAt: string }[] }[],
  since: string,
): Set<DocumentType> {
  const from = Date.parse(since);
  return new Set(
    documents.filter((d) => d.versions.some((v) => Date.parse(v.createdAt) >= from)).map((d) => d.type),
  );
}

/** The first mandatory document of the checklist not uploaded yet: the obvious next upload. */
export function firstMissingMandatory(checklist: readonly ChecklistItem[]): DocumentType | undefined {
  return checklist.find((c) => c.mandatory && !c.uploaded)?.type;
}

/** The types an applicant may upload, the checklist's first (in its order), then the others. */
export function checklistTypesFirst(checklist: readonly ChecklistItem[]): DocumentType[] {
  const listed = checklist.map((c) => c.type).filter((t) => applicantDocumentTypes.includes(t));
  return [...new Set([...listed, ...applicantDocumentTypes])];
}

/**
 * The API names a missing document by its code (`/documents/hosting_agreement`); the person reads
 * its label. Any other error keeps the API's message.
 */
export function missingDocumentMessage(error: { pointer: string; message: string }): string {
  const m = /^\/documents\/([a-z_]+)$/.exec(error.pointer);
  const type = m?.[1] as DocumentType | undefined;
  if (!type || !documentTypes.includes(type)) return error.message;
  return `Upload the ${inSentence(documentTypeLabels[type])}.`;
}

/** A label inside a sentence: lower case first letter, except for an abbreviation ("CV"). */
export function inSentence(label: string): string {
  return /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}
