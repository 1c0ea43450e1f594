import type { DocumentView, UploadLimits } from '@loket/contracts';
import type { DocumentType } from '@loket/domain';
import { type Params, translate } from '@loket/i18n';
import { useMessages } from '@loket/i18n/react';
import { type DragEvent, type FormEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useApi } from '../auth.tsx';
import { formatBytes } from '../format.ts';
import type { ResumableUpload } from '../resumable.ts';
import { useLabels } from '../useLabels.ts';
import { ErrorSummary, type SummaryItem } from './ErrorSummary.tsx';
import { optionsOf, SelectField } from './Field.tsx';
import { formMessages } from './form.messages.ts';
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

/** One file on its way: its own progress, and Cancel or Retry. */
interface Item {
  key: number;
  file: File;
  type: DocumentType;
  percent: number;
  status: 'uploading' | 'retrying' | 'failed';
  /** Where the server said it continues, when that was not the start. */
  resumedAt?: number;
  error?: unknown;
}

/** How a file's upload ended, said above the form until the next upload starts. */
interface Outcome {
  key: number;
  kind: 'uploaded' | 'cancelled';
  text: string;
}

const mb = (bytes: number) => `${Math.floor(bytes / 1024 / 1024)} MB`;
type Translate = (key: keyof (typeof formMessages)['en'], params?: Params) => string;

const english: Translate = (key, params) => translate(formMessages, 'en', key, params);

export const limitText = (limits: UploadLimits | undefined, t: Translate = english) =>
  limits ? t('limitsWithSize', { size: mb(limits.maxBytes) }) : t('limits');

/**
 * Upload form: document type, then a file from the file button or dropped on the drop zone. Each
 * file uploads resumably with its own progress bar, Cancel and (after a failure) Retry, which
 * continues where the server stopped; the limits come from the API and are shown beforehand.
 */
export function FileUpload({ applicationId, types, defaultType, id, heading, onUploaded }: FileUploadProps) {
  const api = useApi();
  const t = useMessages(formMessages);
  const labels = useLabels();
  const generated = useId();
  const base = id ?? `upload${generated.replaceAll(':', '')}`;
  const fileRef = useRef<HTMLInputElement>(null);
  const [type, setType] = useState<DocumentType | ''>(defaultType ?? types[0] ?? '');
  const [limits, setLimits] = useState<UploadLimits>();
  const [chosen, setChosen] = useState<File>();
  const [dragging, setDragging] = useState(false);
  const [items, setItems] = useState<Item[]>([]);
  const [missing, setMissing] = useState<SummaryItem>();
  // One line per file, so two uploads that end together both say how they ended.
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const handles = useRef(new Map<number, ResumableUpload>());
  const nextKey = useRef(1);
  // The person picked a type or a file for the next upload: a suggestion must not change it under them.
  const choosing = useRef(false);

  // A new suggestion (the next missing document, once an upload is done) replaces the selection,
  // unless another upload is being prepared: its file would be sent as the suggested type.
  useEffect(() => {
    if (defaultType && !choosing.current) setType(defaultType);
  }, [defaultType]);
  useEffect(() => {
    let live = true;
    api.uploadLimits().then(
      (l) => live && setLimits(l),
      () => undefined, // the hint then names the types only; the API still enforces the limit
    );
    return () => {
      live = false;
    };
  }, [api]);
  // Leaving the page stops sending; the server keeps what it has and a later visit resumes.
  useEffect(() => {
    const current = handles.current;
    return () => {
      for (const h of current.values()) void h.pause();
    };
  }, []);

  const update = useCallback((key: number, patch: Partial<Item>) => {
    setItems((all) => all.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  }, []);
  const drop = useCallback((key: number) => {
    handles.current.delete(key);
    setItems((all) => all.filter((i) => i.key !== key));
  }, []);
  const tell = (key: number, kind: Outcome['kind'], text: string) =>
    setOutcomes((all) => [...all, { key, kind, text }]);

  // The Cancel button goes away with its row: say what happened and put focus where the file is chosen again.
  const cancel = (item: Item) => {
    void handles.current.get(item.key)?.cancel();
    drop(item.key);
    tell(item.key, 'cancelled', t('uploadCancelled', { name: item.file.name }));
    fileRef.current?.focus();
  };

  const run = async (item: Item) => {
    let handle = handles.current.get(item.key);
    if (!handle) {
      handle = api.resumableUpload(applicationId, item.type, item.file, {
        ...(limits ? { chunkBytes: limits.chunkBytes } : {}),
        onProgress: (sent, total) =>
          update(item.key, {
            percent: total > 0 ? Math.floor((sent / total) * 100) : 0,
            status: 'uploading',
          }),
        onResume: (offset) => {
          if (offset > 0) {
            update(item.key, { resumedAt: offset, percent: Math.floor((offset / item.file.size) * 100) });
          }
        },
        onRetrying: () => update(item.key, { status: 'retrying' }),
      });
      handles.current.set(item.key, handle);
    }
    update(item.key, { status: 'uploading', error: undefined });
    try {
      const session = await handle.start();
      drop(item.key);
      tell(
        item.key,
        'uploaded',
        t('uploaded', { name: item.file.name, type: labels.inSentence(labels.documentType[item.type]) }),
      );
      if (session.document) await onUploaded(session.document);
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') return;
      update(item.key, { status: 'failed', error: err });
    }
  };

  const choose = (file: File | undefined) => {
    if (file) choosing.current = true;
    setChosen(file);
    setMissing(undefined);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setOutcomes([]);
    const file = chosen ?? fileRef.current?.files?.[0];
    if (!type) {
      setMissing({ message: t('chooseType'), target: `${base}-type` });
      return;
    }
    if (!file) {
      setMissing({ message: t('chooseFile'), target: `${base}-file` });
      return;
    }
    if (file.size === 0) {
      setMissing({ message: t('fileEmpty', { name: file.name }), target: `${base}-file` });
      return;
    }
    if (limits && file.size > limits.maxBytes) {
      setMissing({
        message: t('fileTooLarge', {
          name: file.name,
          size: formatBytes(file.size),
          limit: mb(limits.maxBytes),
        }),
        target: `${base}-file`,
      });
      return;
    }
    setMissing(undefined);
    const item: Item = { key: nextKey.current++, file, type, percent: 0, status: 'uploading' };
    setItems((all) => [...all, item]);
    choosing.current = false;
    if (fileRef.current) fileRef.current.value = '';
    setChosen(undefined);
    void run(item);
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    // Each file is one document of the chosen type: several at once would silently lose all but one.
    if (e.dataTransfer.files.length > 1) {
      setMissing({ message: t('oneFileAtATime'), target: `${base}-file` });
      return;
    }
    const file = e.dataTransfer.files[0];
    if (!file) return;
    // The dropped file becomes the input's file, so the form reads it as if it had been chosen.
    if (fileRef.current) {
      try {
        fileRef.current.files = e.dataTransfer.files;
      } catch {
        // older browsers: the state below still holds it
      }
    }
    choose(file);
  };

  const headingId = `${base}-heading`;
  return (
    <form className="upload" onSubmit={submit} noValidate aria-labelledby={heading ? headingId : undefined}>
      {heading && <h3 id={headingId}>{heading}</h3>}
      {missing && <ErrorSummary items={[missing]} />}
      {outcomes.map((o) =>
        o.kind === 'uploaded' ? (
          <Notice key={o.key}>{o.text}</Notice>
        ) : (
          <div key={o.key} className="alert alert-info" role="status">
            <p>{o.text}</p>
          </div>
        ),
      )}
      <SelectField
        id={`${base}-type`}
        label={t('documentType')}
        options={optionsOf(types, labels.documentType)}
        value={type}
        onChange={(chosenType) => {
          choosing.current = true;
          setType(chosenType);
        }}
      />
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a mouse shortcut; the file input inside is the control for everyone */}
      <div
        className={dragging ? 'field dropzone dragging' : 'field dropzone'}
        data-testid="upload-dropzone"
        onDragEnter={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={`${base}-file`}>{t('fileToUpload')}</label>
        <p className="hint" id={`${base}-file-hint`}>
          {limitText(limits, t)} {t('fileHint')}
        </p>
        <input
          ref={fileRef}
          id={`${base}-file`}
          type="file"
          accept={accept}
          aria-describedby={`${base}-file-hint`}
          onChange={(e) => choose(e.target.files?.[0])}
        />
        {chosen && (
          <p className="hint" aria-live="polite">
            {t('selected', { name: chosen.name, size: formatBytes(chosen.size) })}
          </p>
        )}
      </div>
      {items.length > 0 && (
        <ul className="uploads" aria-label={t('uploadsInProgress')}>
          {items.map((item) => (
            <li key={item.key} className="progress">
              <label htmlFor={`${base}-progress-${item.key}`}>
                {t('uploading', { name: item.file.name })}
              </label>
              <progress id={`${base}-progress-${item.key}`} max={100} value={item.percent}>
                {item.percent}%
              </progress>
              <span className="progress-text">{item.percent}%</span>
              <span className="hint" role="status">
                {statusText(item, t, labels.documentType[item.type])}
              </span>
              {item.status === 'failed' ? (
                <>
                  <button type="button" className="button small" onClick={() => void run(item)}>
                    {t('retry')}
                  </button>
                  <button type="button" className="button secondary small" onClick={() => cancel(item)}>
                    {t('cancelUpload')}
                  </button>
                </>
              ) : (
                <button type="button" className="button secondary small" onClick={() => cancel(item)}>
                  {t('cancelUpload')}
                </button>
              )}
              {item.error !== undefined && <ProblemAlert error={item.error} />}
            </li>
          ))}
        </ul>
      )}
      <button type="submit" className="button">
        {t('upload')}
      </button>
    </form>
  );
}

function statusText(item: Item, t: Translate, typeLabel: string): string {
  const resumed =
    item.resumedAt !== undefined
      ? ` ${t('statusResumed', { at: formatBytes(item.resumedAt), size: formatBytes(item.file.size) })}`
      : '';
  if (item.status === 'retrying') return `${t('statusRetrying')}${resumed}`;
  if (item.status === 'failed') return `${t('statusFailed', { percent: item.percent })}${resumed}`;
  return `${typeLabel}, ${formatBytes(item.file.size)}.${resumed}`;
}
