import type { DocumentView } from '@loket/contracts';
import type { Audience, DocumentType, Part } from '@loket/domain';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useApi } from '../auth.tsx';
import { authorityDocumentTypes, inSentence } from '../documents.ts';
import { audienceChoiceLabels, documentTypeLabels } from '../labels.ts';
import { ActionForm, useActionForm } from './ActionForm.tsx';
import { Field, optionsOf, RadioGroup, SelectField } from './Field.tsx';
import type { HeadingLevel } from './Heading.tsx';

const accept = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/** What the confirmation says about who sees the document now. */
function addedMessage(type: DocumentType, audience: Audience, part: Part, shared: boolean): string {
  const services = audience === part ? 'only your service sees it' : 'both services see it';
  const applicant = shared ? ', and so does the applicant' : '; the applicant does not';
  return `The ${inSentence(documentTypeLabels[type])} was added: ${services}${applicant}.`;
}

/**
 * An authority adds its own document to the file (a decision letter, a note): it chooses which
 * services see it and whether the applicant does. The same upload endpoint as the applicant's,
 * with the audience and the sharing sent before the file.
 */
export function AuthorityDocumentForm({
  applicationId,
  part,
  headingLevel = 2,
  onAdded,
}: {
  applicationId: string;
  /** The caller's own service: "only our service" means this audience. */
  part: Part;
  headingLevel?: HeadingLevel;
  onAdded: (doc: DocumentView, message: string) => void | Promise<void>;
}) {
  const api = useApi();
  const form = useActionForm('add-document', ['type', 'audience', 'file']);
  const [type, setType] = useState<DocumentType | ''>('');
  const [audience, setAudience] = useState<Audience>(part);
  const [shared, setShared] = useState(false);
  const [progress, setProgress] = useState<{ name: string; percent: number }>();
  const [cancelled, setCancelled] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const controller = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => controller.current?.abort(), []);

  const fileField = form.field('file');
  const sharedId = `${form.id}-shared`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setCancelled(false);
    const file = fileRef.current?.files?.[0];
    const next: typeof form.errors = {};
    if (!type) next.type = 'Choose the document type.';
    if (!file) next.file = 'Choose a file to add.';
    if (!form.check(next) || !type || !file) return;
    void form.run(async () => {
      controller.current = new AbortController();
      setProgress({ name: file.name, percent: 0 });
      try {
        const doc = await api.uploadDocument(applicationId, type, file, {
          audience,
          visibleToApplicant: shared,
          signal: controller.current.signal,
          onProgress: (f) => setProgress({ name: file.name, percent: Math.round(f * 100) }),
        });
        const message = addedMessage(type, audience, part, shared);
        if (fileRef.current) fileRef.current.value = '';
        setType('');
        setAudience(part);
        setShared(false);
        await onAdded(doc, message);
      } catch (err) {
        if (err instanceof DOMException && err.name === 'AbortError') setCancelled(true);
        else throw err;
      } finally {
        setProgress(undefined);
        controller.current = undefined;
      }
    });
  };

  return (
    <ActionForm
      form={form}
      heading="Add a document"
      headingLevel={headingLevel}
      intro={
        <p>
          Add a decision letter, a note or another document of your service to the file. Choose who may see
          it.
        </p>
      }
      submitLabel="Add document"
      busyLabel="Adding…"
      onSubmit={submit}
    >
      {cancelled && (
        <p role="status" className="muted">
          The upload was cancelled; nothing was added.
        </p>
      )}
      <SelectField
        {...form.field('type')}
        label="Document type"
        placeholder="Choose the document type"
        options={optionsOf(authorityDocumentTypes, documentTypeLabels)}
        value={type}
        onChange={setType}
        disabled={form.busy}
      />
      <RadioGroup
        {...form.field('audience')}
        legend="Which services may see it"
        options={[
          { value: part, label: audienceChoiceLabels.own },
          { value: 'both', label: audienceChoiceLabels.both },
        ]}
        value={audience}
        onChange={setAudience}
      />
      <div className="field">
        <div className="choice">
          <input
            type="checkbox"
            id={sharedId}
            checked={shared}
            aria-describedby={`${sharedId}-hint`}
            onChange={(e) => setShared(e.target.checked)}
          />
          <label htmlFor={sharedId}>Share with the applicant</label>
        </div>
        <p className="hint" id={`${sharedId}-hint`}>
          The applicant then sees the document in the portal. Leave it unticked for an internal note.
        </p>
      </div>
      <Field id={fileField.id} label="File to upload" hint="A PDF, JPEG or PNG file." error={fileField.error}>
        {(c) => <input {...c} ref={fileRef} type="file" accept={accept} disabled={form.busy} />}
      </Field>
      {progress && (
        <div className="progress" role="status">
          <label htmlFor={`${form.id}-progress`}>Uploading {progress.name}</label>
          <progress id={`${form.id}-progress`} max={100} value={progress.percent}>
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
    </ActionForm>
  );
}
