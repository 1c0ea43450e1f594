import type { DocumentView } from '@loket/contracts';
import { documentTypes } from '@loket/domain';
import { useMessages } from '@loket/i18n/react';
import { useEffect, useRef, useState } from 'react';
import { useApi } from '../auth.tsx';
import { formatBytes, shortHash } from '../format.ts';
import { useFormat } from '../useFormat.ts';
import { useLabels } from '../useLabels.ts';
import { viewKindOf } from '../viewer.ts';
import { DocumentViewer, type ViewerTarget } from './DocumentViewer.tsx';
import { documentListMessages } from './documents.messages.ts';
import { ProblemAlert } from './ProblemAlert.tsx';

const typeOrder = (t: DocumentView['type']) => documentTypes.indexOf(t);

/** Downloads a document version as a file; `busy` is the version on its way, `error` the last problem. */
export function useDocumentDownload(applicationId: string) {
  const api = useApi();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<unknown>();
  const download = async (versionId: string, fileName: string) => {
    setBusy(versionId);
    setError(undefined);
    try {
      await api.downloadDocumentVersion(applicationId, versionId, fileName);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(undefined);
    }
  };
  return { busy, error, download };
}

/**
 * Every version of every document, newest version first, each downloadable. With `viewable`, PDFs
 * and images also get a "View" button that opens them in a viewer on the page; closing it puts
 * focus back on that button.
 */
export function DocumentList({
  applicationId,
  documents,
  caption,
  viewable = false,
}: {
  applicationId: string;
  documents: readonly DocumentView[];
  caption?: string;
  viewable?: boolean;
}) {
  const t = useMessages(documentListMessages);
  const labels = useLabels();
  const { dateTime } = useFormat();
  const { busy, error, download } = useDocumentDownload(applicationId);
  const [viewing, setViewing] = useState<ViewerTarget>();
  const opener = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    if (viewing === undefined && opener.current) {
      opener.current.focus();
      opener.current = null;
    }
  }, [viewing]);

  if (documents.length === 0) return <p>{t('none')}</p>;

  const rows = [...documents]
    .sort((a, b) => typeOrder(a.type) - typeOrder(b.type))
    .flatMap((doc) =>
      [...doc.versions].sort((a, b) => b.number - a.number).map((version) => ({ doc, version })),
    );

  return (
    <>
      {error !== undefined && <ProblemAlert error={error} />}
      <div className="table-wrap">
        <table className="documents">
          <caption className="visually-hidden">{caption ?? t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('document')}</th>
              <th scope="col">{t('version')}</th>
              <th scope="col">{t('fileName')}</th>
              <th scope="col">{t('size')}</th>
              <th scope="col">{t('uploaded')}</th>
              <th scope="col">{t('sha256')}</th>
              <th scope="col">{t('scan')}</th>
              <th scope="col">
                <span className="visually-hidden">{viewable ? t('viewOrDownload') : t('download')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ doc, version }) => (
              <tr key={version.id}>
                <th scope="row">{labels.documentType[doc.type]}</th>
                <td>{version.number}</td>
                <td className="file-name">{version.fileName}</td>
                <td>{formatBytes(version.sizeBytes)}</td>
                <td>
                  {dateTime(version.createdAt)}
                  <br />
                  <span className="muted">
                    {t('by', {
                      role:
                        labels.language === 'en'
                          ? labels.role(version.uploadedByRole).toLowerCase()
                          : labels.role(version.uploadedByRole),
                    })}
                  </span>
                </td>
                <td>
                  <code className="hash" title={version.sha256}>
                    {shortHash(version.sha256)}
                  </code>
                </td>
                <td>{labels.scanStatus[version.scanStatus]}</td>
                <td className="document-actions">
                  {viewable && viewKindOf(version.mediaType) && (
                    <button
                      type="button"
                      className="button secondary small"
                      onClick={(e) => {
                        opener.current = e.currentTarget;
                        setViewing({ type: doc.type, version });
                      }}
                    >
                      {t('view')}
                      <span className="visually-hidden"> {version.fileName}</span>
                    </button>
                  )}
                  <button
                    type="button"
                    className="button secondary small"
                    // Busy, the button stays focusable (aria-disabled): a disabled one would drop
                    // the keyboard user's focus on the page's body.
                    disabled={version.scanStatus === 'infected'}
                    aria-disabled={busy === version.id || undefined}
                    onClick={() => {
                      if (busy !== version.id) void download(version.id, version.fileName);
                    }}
                  >
                    {busy === version.id ? t('downloading') : t('download')}
                    <span className="visually-hidden"> {version.fileName}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {viewing && (
        <DocumentViewer
          key={viewing.version.id}
          applicationId={applicationId}
          target={viewing}
          onClose={() => setViewing(undefined)}
        />
      )}
    </>
  );
}
