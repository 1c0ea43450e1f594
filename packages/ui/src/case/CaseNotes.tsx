import type { Part } from '@loket/domain';
import { type FormEvent, type KeyboardEvent, useId, useState } from 'react';
import { useApi } from '../auth.tsx';
import { ActionForm, useActionForm } from '../components/ActionForm.tsx';
import { TextAreaField } from '../components/Field.tsx';
import { Loading } from '../components/Loading.tsx';
import { FocusedNotice, ProblemAlert } from '../components/ProblemAlert.tsx';
import { formatDateTime } from '../format.ts';
import { useAsync } from '../hooks.ts';
import { authorityLabels } from '../labels.ts';

/** What the API accepts for one note (AddCaseNoteBody). */
export const maxNoteLength = 8000;

const otherPart: Record<Part, Part> = { work: 'residence', residence: 'work' };

/**
 * The caseworkers' internal notes on a file. Only the author's authority lists them: the other
 * authority and the applicant never see them, which the section says before anyone writes one.
 */
export function CaseNotes({ applicationId, part }: { applicationId: string; part: Part }) {
  const api = useApi();
  const notes = useAsync((key) => api.listNotes(key), applicationId);
  const form = useActionForm('note', ['text']);
  const [text, setText] = useState('');
  const [added, setAdded] = useState('');
  const headingId = useId();
  const introId = useId();

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    setAdded('');
    const trimmed = text.trim();
    if (!form.check(trimmed ? {} : { text: 'Write the note before you add it.' })) return;
    void form.run(async () => {
      await api.addNote(applicationId, { text: trimmed });
      setText('');
      await notes.reload();
      // The confirmation takes focus: the button was disabled while the note was sent.
      setAdded('Your note was added.');
    });
  };

  // Ctrl+Enter (or Cmd+Enter) in the note adds it, as in most message boxes; Enter alone is a new line.
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !form.busy) {
      e.preventDefault();
      submit();
    }
  };

  const items = notes.data?.items;
  return (
    <section aria-labelledby={headingId} aria-describedby={introId} className="case-notes">
      <h2 id={headingId}>Internal notes</h2>
      <p id={introId} className="notes-privacy">
        Only your service sees these notes. The {authorityLabels[otherPart[part]]} and the applicant do not
        see them.
      </p>
      {notes.error !== undefined && <ProblemAlert error={notes.error} onRetry={() => void notes.reload()} />}
      {items === undefined ? (
        notes.error === undefined && <Loading label="Loading the notes…" />
      ) : items.length === 0 ? (
        <p>No internal notes yet.</p>
      ) : (
        <ol className="notes" aria-label="Internal notes, oldest first">
          {items.map((n) => (
            <li key={n.id} className="note">
              <p className="note-meta">
                <strong>{n.authorName}</strong>,{' '}
                <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
              </p>
              <p className="note-text">{n.text}</p>
            </li>
          ))}
        </ol>
      )}
      <ActionForm
        form={form}
        heading="Add an internal note"
        headingLevel={3}
        submitLabel="Add note"
        busyLabel="Adding…"
        onSubmit={submit}
      >
        <TextAreaField
          {...form.field('text')}
          label="New internal note"
          hint="For your service only. Ctrl+Enter adds the note."
          rows={3}
          maxLength={maxNoteLength}
          value={text}
          onChange={(v) => {
            setText(v);
            if (added) setAdded('');
          }}
          onKeyDown={onKeyDown}
        />
      </ActionForm>
      <FocusedNotice message={added} />
    </section>
  );
}
