import type { DocumentVersion } from '@loket/contracts';
import type { DocumentType } from '@loket/domain';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { saveBlob } from '../api.ts';
import { useApi } from '../auth.tsx';
import { formatBytes } from '../format.ts';
import { documentTypeLabels, scanStatusLabels } from '../labels.ts';
import { viewerBlockOf, viewKindOf } from '../viewer.ts';
import { Loading } from './Loading.tsx';
import { ProblemAlert } from './ProblemAlert.tsx';

/** The version to show, with the type of the document it belongs to (for its name). */
export interface ViewerTarget {
  type: DocumentType;
  version: DocumentVersion;
}

type Shown =
  | { kind: 'loading' }
  | { kind: 'ready'; url: string; blob: Blob }
  | { kind: 'scanning' }
  | { kind: 'infected' }
  | { kind: 'problem'; error: unknown };

/** "Passport copy, version 2": how the viewer, its frame and an image's alt text name a version. */
export function versionName({ type, version }: ViewerTarget): string {
  return `${documentTypeLabels[type]}, version ${version.number}`;
}

/**
 * A document version shown on the case page, in a modal on the native <dialog>: the browser keeps
 * focus inside, Escape closes it, and the caller puts focus back on the button that opened it.
 * The bytes come through the authenticated API and are shown from an object URL typed with the
 * version's media type: a PDF in the browser's own viewer (<object>), an image as an <img>.
 * A file still being scanned, or blocked for a virus, shows that in words instead of a broken view.
 */
export function DocumentViewer({
  applicationId,
  target,
  onClose,
}: {
  applicationId: string;
  target: ViewerTarget;
  onClose: () => void;
}) {
  const api = useApi();
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const { version } = target;
  const kind = viewKindOf(version.mediaType);
  const name = versionName(target);
  const [shown, setShown] = useState<Shown>(
    version.scanStatus === 'infected' ? { kind: 'infected' } : { kind: 'loading' },
  );
  const [attempt, setAttempt] = useState(0);
  const [downloadError, setDownloadError] = useState<unknown>();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    closeRef.current?.focus();
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, []);

  useEffect(() => {
    // Known to be blocked: nothing to fetch (the API would refuse it anyway).
    if (version.scanStatus === 'infected') return;
    let live = true;
    let url: string | undefined;
    setShown({ kind: 'loading' });
    api.documentVersionBlob(applicationId, version.id, version.mediaType).then(
      (blob) => {
        if (!live) return;
        url = URL.createObjectURL(blob);
        setShown({ kind: 'ready', url, blob });
      },
      (error: unknown) => {
        if (!live) return;
        const block = viewerBlockOf(error);
        setShown(block === 'problem' ? { kind: 'problem', error } : { kind: block });
      },
    );
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
    // `attempt` re-runs the fetch for "Check again" and "Try again".
  }, [api, applicationId, version.id, version.mediaType, version.scanStatus, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  const download = async () => {
    setDownloadError(undefined);
    try {
      if (shown.kind === 'ready') saveBlob(shown.blob, version.fileName);
      else await api.downloadDocumentVersion(applicationId, version.id, version.fileName);
    } catch (e) {
      setDownloadError(e);
    }
  };

  return (
    <dialog
      ref={ref}
      className="dialog viewer"
      aria-labelledby={headingId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="viewer-header">
        <div>
          <h2 id={headingId}>{name}</h2>
          <p className="viewer-file-name">
            {version.fileName} ({formatBytes(version.sizeBytes)})
          </p>
        </div>
        <div className="button-row">
          {shown.kind !== 'infected' && (
            <button type="button" className="button secondary" onClick={() => void download()}>
              Download<span className="visually-hidden"> {version.fileName}</span>
            </button>
          )}
          <button ref={closeRef} type="button" className="button" onClick={onClose}>
            Close viewer
          </button>
        </div>
      </div>
      {downloadError !== undefined && <ProblemAlert error={downloadError} />}
      <div className="viewer-body">
        {shown.kind === 'loading' && <Loading label="Loading the document…" />}
        {shown.kind === 'scanning' && (
          <div className="alert alert-info" role="status">
            <p className="alert-title">
              <span aria-hidden="true">◔ </span>Being checked for viruses…
            </p>
            <p>
              The file can be viewed as soon as the virus check has found it clean, usually in less than a
              minute.
            </p>
            <p>
              <button type="button" className="button secondary" onClick={retry}>
                Check again
              </button>
            </p>
          </div>
        )}
        {shown.kind === 'infected' && (
          <div className="alert alert-error" role="alert">
            <p className="alert-title">
              <span aria-hidden="true">✕ </span>This file was blocked
            </p>
            <p>{scanStatusLabels.infected}</p>
          </div>
        )}
        {shown.kind === 'problem' && <ProblemAlert error={shown.error} onRetry={retry} />}
        {shown.kind === 'ready' && kind === 'pdf' && (
          <object className="viewer-frame" data={shown.url} type={version.mediaType} title={`${name} (PDF)`}>
            <p>This browser cannot show PDF files on the page. Use “Download” to open {version.fileName}.</p>
          </object>
        )}
        {shown.kind === 'ready' && kind === 'image' && (
          <img className="viewer-image" src={shown.url} alt={name} />
        )}
        {shown.kind === 'ready' && kind === undefined && (
          <p>This type of file cannot be shown on the page. Use “Download” to open {version.fileName}.</p>
        )}
      </div>
    </dialog>
  );
}
