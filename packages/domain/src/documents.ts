import type { AuthorityKind } from './vocabulary.ts';

export const documentTypes = [
  'passport',
  'employment_contract',
  'diploma',
  'cv',
  'salary_proof',
  'medical_certificate',
  'criminal_record',
  'fee_payment',
  'hosting_agreement',
  'federation_certificate',
  'host_family',
  'decision_letter',
  'note',
  'other',
] as const;
export type DocumentType = (typeof documentTypes)[number];

/** Which authorities may see a document: need-to-know, not everyone on the file. */
export const audiences = ['both', 'work', 'residence'] as const;
export type Audience = (typeof audiences)[number];

const residenceOnly: readonly DocumentType[] = ['medical_certificate', 'criminal_record'];

/** The default audience of a document type uploaded by the applicant. */
export function audienceOf(type: DocumentType): Audience {
  return residenceOnly.includes(type) ? 'residence' : 'both';
}

export function audienceIncludes(audience: Audience, authority: AuthorityKind): boolean {
  return audience === 'both' || audience === authority;
}

/** Media types accepted for uploads. Decided from the bytes, never from the name or header. */
export const acceptedMediaTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AcceptedMediaType = (typeof acceptedMediaTypes)[number];

/**
 * Sniffs the media type from the first bytes of a file. Returns undefined for anything that is
 * not one of the accepted types (an executable renamed `.pdf` included).
 */
export function sniffMediaType(head: Uint8Array): AcceptedMediaType | undefined {
  const startsWith = (sig: number[], offset = 0) => sig.every((b, i) => head[offset + i] === b);
  if (startsWith([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (startsWith([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  return undefined;
}

/** The number of leading bytes sniffMediaType needs. */
export const sniffLength = 8;
