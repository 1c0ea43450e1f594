import type { ApplicationDetail, ChecklistItem, DocumentView } from '@loket/contracts';
import type { DocumentType } from '@loket/domain';
import {
  checklistStatusLabels,
  documentTypeLabels,
  FileUpload,
  partLabels,
  requirementLabels,
} from '@loket/ui';

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

/**
 * The category's checklist: each document with whether it is required, for which part, and
 * whether it is there, in words with an icon beside them (never colour alone).
 */
export function CategoryChecklist({ items }: { items: readonly ChecklistItem[] }) {
  return (
    <ul className="checklist category-checklist">
      {items.map((c) => (
        <li key={c.type} className={c.uploaded ? 'checklist-done' : 'checklist-open'}>
          <span className="checklist-icon" aria-hidden="true">
            {c.uploaded ? '✓' : c.mandatory ? '✗' : '○'}
          </span>{' '}
          <strong>{documentTypeLabels[c.type]}</strong>:{' '}
          {requirementLabels[c.mandatory ? 'mandatory' : 'optional']}, {partLabels[c.part].toLowerCase()} –{' '}
          <span className="checklist-status">
            {checklistStatusLabels[c.uploaded ? 'uploaded' : 'missing']}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The applicant's upload form, shown only while the application takes documents. */
export function ApplicantUpload({
  application: a,
  id,
  heading = 'Upload a document',
  types,
  defaultType,
  onUploaded,
}: {
  application: ApplicationDetail;
  /** The form's own heading; null when the section's heading names it already. */
  heading?: string | null;
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
      heading={heading ?? undefined}
      applicationId={a.id}
      types={types}
      defaultType={defaultType}
      onUploaded={onUploaded}
    />
  );
}
