import type { ApplicationDetail, DocumentView } from '@loket/contracts';
import type { DocumentType } from '@loket/domain';
import { documentTypeLabels, FileUpload } from '@loket/ui';

/** Each type with a mark and, for screen readers too, whether it is uploaded. */
export function DocumentChecklist({
  types,
  uploaded,
}: {
  types: readonly DocumentType[];
  uploaded: ReadonlySet<DocumentType>;
}) {
  return (
    <ul className="checklist">
      {types.map((t) => (
        <li key={t}>
          <span aria-hidden="true">{uploaded.has(t) ? '✓ ' : '✗ '}</span>
          {documentTypeLabels[t]}: {uploaded.has(t) ? 'uploaded' : 'not uploaded yet'}
        </li>
      ))}
    </ul>
  );
}

/** The applicant's upload form, shown only while the application takes documents. */
export function ApplicantUpload({
  application: a,
  id,
  types,
  defaultType,
  onUploaded,
}: {
  application: ApplicationDetail;
  /** Prefix of the controls' ids, so error summaries can link to the type select. */
  id: string;
  types: readonly DocumentType[];
  defaultType: DocumentType | undefined;
  onUploaded: (doc: DocumentView) => void | Promise<void>;
}) {
  if (!a.availableActions.includes('upload_document')) return null;
  return (
    <FileUpload
      id={id}
      heading="Upload a document"
      applicationId={a.id}
      types={types}
      defaultType={defaultType}
      onUploaded={onUploaded}
    />
  );
}
