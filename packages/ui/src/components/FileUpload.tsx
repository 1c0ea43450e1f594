import type { DocumentView } from '@loket/contracts';
import type { DocumentType } from '@loket/domain';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useApi } from '../auth.tsx';
import { documentTypeLabels } from '../labels.ts';
import { ErrorSummary, type SummaryItem } from './ErrorSummary.tsx';
import { optionsOf, SelectField } from './Field.tsx';
import { Notice, ProblemAlert } from './ProblemAlert.tsx';

export interface FileUploadProps {
  applicationId: string;
  /** The types offered, in this order. */
  types: readonly DocumentType[];
  defaultType?: DocumentType | undefined;
  /** Prefix of the controls' ids (`<id>-type`, `<id>-file`), so error summaries can link to them. */
  id?: string;
  heading?: string;
  onUploaded: (doc: DocumentView) => void | Promise<void>;
}

const accept = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

export function FileUpload({ applicationId, types, defaultType, id, heading, onUploaded }: FileUploadProps) {
  const api = useApi();
  const generated = useId();
  const base = id ?? `upload${generated.replaceAll(':', '')}`;
  const fileRef = useRef<HTMLInputElement>(null);
  const [type, setType] = useState<DocumentType | ''>(defaultType ?? types[0] ?? '');
  const [progress, setProgress] = useState<{ name: string; percent: number }>();
  const [error, setError] = useState<unknown>();
  const [missing, setMissing] = useState<SummaryItem>();
  const [done, setDone] = useState<string>();
  const controller = useRef<AbortController | undefined>(undefined);

  // A new suggestion (the next missing document) replaces the selection once the last upload is done.
  useEffect(() => {
    if (defaultType) setType(defaultType);
  }, [defaultType]);
  useEffect(() => () => controller.current?.abort(), []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    setDone(undefined);
    const file = fileRef.current?.files?.[0];
    if (!type) {
      setMissing({ message: 'Choose the document type.', target: `${base}-type` });
      return;
    }
    if (!file) {
      setMissing({ message: 'Choose a file to upload.', target: `${base}-file` });
      return;
    }
    setMissing(undefined);
    controller.current = new AbortController();
    setProgress({ name: file.name, percent: 0 });
    try {
      const doc = await api.uploadDocument(applicationId, type, file, {
        signal: controller.current.signal,
        onProgress: (f) => setProgress({ name: file.name, percent: Math.round(f * 100) }),
      });
      if (fileRef.current) fileRef.current.value = '';
      setDone(`${file.name} was uploaded as ${documentTypeLabels[type].toLowerCase()}.`);
      await onUploaded(doc);
    } catch (err) {
      if (!(err instanceof DOMException && err.name === 'AbortError')) setError(err);
    } finally {
      setProgress(undefined);
      controller.current = undefined;
    }
  };

  const headingId = `${base}-heading`;
  return (
    <form className="upload" onSubmit={submit} noValidate aria-labelledby={heading ? headingId : undefined}>
      {heading && <h3 id={headingId}>{heading}</h3>}
      {missing && <ErrorSummary items={[missing]} />}
      {error !== undefined && <ProblemAlert error={error} />}
      {done && <Notice>{done}</Notice>}
      <SelectField
        id={`${base}-type`}
        label="Document type"
        options={optionsOf(types, documentTypeLabels)}
        value={type}
        onChange={setType}
        disabled={progress !== undefined}
      />
      <div className="field">
        <label htmlFor={`${base}-file`}>File to upload</label>
        <p className="hint" id={`${base}-file-hint`}>
          A PDF, JPEG or PNG file. Uploading a type again adds a new version.
        </p>
        <input
          ref={fileRef}
          id={`${base}-file`}
          type="file"
          accept={accept}
          aria-describedby={`${base}-file-hint`}
          disabled={progress !== undefined}
        />
      </div>
      {progress && (
        <div className="progress" role="status">
          <label htmlFor={`${base}-progress`}>Uploading {progress.name}</label>
          <progress id={`${base}-progress`} max={100} value={progress.percent}>
            {progress.percent}%
          </progress>
          <span className="progress-text">{progress.percent}%</span>
          <button
            type="button"
            className="button secondary small"
            onClick={() => controller.current?.abort()}
          >
            Cancel upload
          </button>
        </div>
      )}
      <button type="submit" className="button" disabled={progress !== undefined}>
        Upload
      </button>
    </form>
  );
}
