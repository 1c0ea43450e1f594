import { type DocumentType, documentTypes } from '@loket/domain';

/** Decision letters come from the authorities; an applicant neither uploads nor is asked for one. */
export const applicantDocumentTypes: readonly DocumentType[] = documentTypes.filter(
  (t) => t !== 'decision_letter',
);

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
