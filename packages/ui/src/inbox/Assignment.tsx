import type { BulkResultItem, InboxItem, Member } from '@loket/contracts';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { ApiError, describeError } from '../problem.ts';
import { whatChanged } from './ConflictAlert.tsx';

const release = '-release-';

/** A change of holder needs a reason when the file is held by someone other than the caller. */
export const needsReason = (holder: Member | null, meId: string, to: string | null): boolean =>
  holder !== null && holder.id !== meId && holder.id !== to;

/**
 * "Assign…" for one file, on the native <dialog> (focus stays inside, Escape cancels, focus returns
 * to the row's button): a team member, and the reason when the file is someone else's.
 */
export function AssignDialog({
  item,
  team,
  meId,
  busy,
  onAssign,
  onClose,
}: {
  item: InboxItem | undefined;
  team: readonly Member[] | undefined;
  meId: string;
  busy: boolean;
  /** `assigneeId` null releases the file. */
  onAssign: (item: InboxItem, assigneeId: string | null, reason: string | undefined) => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ to?: string; reason?: string }>({});
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (item && !dialog.open) {
      setTo(item.assignee?.id === meId ? '' : meId);
      setReason('');
      setErrors({});
      dialog.showModal();
    }
    if (!item && dialog.open) dialog.close();
  }, [item, meId]);

  const target = to === release ? null : to || null;
  const reasonNeeded = item ? needsReason(item.assignee, meId, target) : false;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!item) return;
    const next: typeof errors = {};
    if (!to) next.to = 'Choose who gets the file.';
    if (reasonNeeded && !reason.trim()) next.reason = 'Give a reason for the reassignment.';
    setErrors(next);
    if (next.to || next.reason) return;
    onAssign(item, target, reason.trim() || undefined);
  };

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-h`}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onClose();
      }}
    >
      {item && (
        <form onSubmit={submit} noValidate>
          <h2 id={`${id}-h`}>Assign {item.reference}</h2>
          <p>
            Now held by {item.assignee ? (item.assignee.id === meId ? 'you' : item.assignee.name) : 'nobody'}.
          </p>
          <div className={errors.to ? 'field field-invalid' : 'field'}>
            <label htmlFor={`${id}-to`}>Assign to</label>
            {errors.to && (
              <p className="field-error" id={`${id}-to-error`}>
                <span className="visually-hidden">Error: </span>
                {errors.to}
              </p>
            )}
            <select
              id={`${id}-to`}
              value={to}
              aria-invalid={errors.to ? true : undefined}
              aria-describedby={errors.to ? `${id}-to-error` : undefined}
              onChange={(e) => setTo(e.target.value)}
            >
              <option value="">Choose a team member</option>
              {(team ?? []).map((m) => (
                <option key={m.id} value={m.id}>
                  {m.id === meId ? `${m.name} (me)` : m.name}
                </option>
              ))}
              {item.assignee && <option value={release}>Nobody: release the file</option>}
            </select>
          </div>
          <div className={errors.reason ? 'field field-invalid' : 'field'}>
            <label htmlFor={`${id}-reason`}>
              Reason for the reassignment{reasonNeeded ? '' : ' (only when the file is someone else’s)'}
            </label>
            {errors.reason && (
              <p className="field-error" id={`${id}-reason-error`}>
                <span className="visually-hidden">Error: </span>
                {errors.reason}
              </p>
            )}
            <textarea
              id={`${id}-reason`}
              value={reason}
              maxLength={2000}
              rows={3}
              required={reasonNeeded}
              aria-invalid={errors.reason ? true : undefined}
              aria-describedby={errors.reason ? `${id}-reason-error` : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
          <div className="button-row">
            <button type="submit" className="button" disabled={busy}>
              Assign
            </button>
            <button type="button" className="button secondary" onClick={onClose} disabled={busy}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}

/**
 * Changes to the selected files at once: assign them to a team member or release them; a reason
 * goes with files someone else holds. The outcome of each file is listed after.
 */
export function BulkActions({
  count,
  team,
  meId,
  busy,
  onAssign,
  onRelease,
  onClear,
}: {
  count: number;
  team: readonly Member[] | undefined;
  meId: string;
  busy: boolean;
  onAssign: (assigneeId: string, reason: string | undefined) => void;
  onRelease: (reason: string | undefined) => void;
  onClear: () => void;
}) {
  const id = useId();
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  if (count === 0) return null;
  return (
    <section className="bulk-actions" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="h3">
        {count === 1 ? '1 file selected' : `${count} files selected`}
      </h2>
      <div className="bulk-grid">
        <div className={error ? 'field field-invalid' : 'field'}>
          <label htmlFor={`${id}-to`}>Assign the selected files to</label>
          {error && (
            <p className="field-error" id={`${id}-to-error`}>
              <span className="visually-hidden">Error: </span>
              {error}
            </p>
          )}
          <select
            id={`${id}-to`}
            value={to}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-to-error` : undefined}
            onChange={(e) => setTo(e.target.value)}
          >
            <option value="">Choose a team member</option>
            {(team ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {m.id === meId ? `${m.name} (me)` : m.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-reason`}>Reason (for files someone else holds)</label>
          <input
            id={`${id}-reason`}
            value={reason}
            maxLength={2000}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => {
            if (!to) {
              setError('Choose who gets the selected files.');
              return;
            }
            setError(undefined);
            onAssign(to, reason.trim() || undefined);
          }}
        >
          Assign selected
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={busy}
          onClick={() => onRelease(reason.trim() || undefined)}
        >
          Release selected
        </button>
        <button type="button" className="button secondary" onClick={onClear} disabled={busy}>
          Clear selection
        </button>
      </div>
    </section>
  );
}

export interface NamedResult {
  reference: string;
  result: BulkResultItem;
}

/** One line per file of the last bulk change: done, or the problem that file ran into. */
export function bulkLine({ reference, result }: NamedResult): string {
  if (result.ok) {
    const who = result.assignment.assignee;
    return `${reference}: ${who ? `assigned to ${who.name}` : 'released'}.`;
  }
  const p = result.problem;
  if (p.code === 'version_conflict') return `${reference}: not changed. ${whatChanged(p)}`;
  const { title, detail } = describeError(new ApiError(p));
  return `${reference}: not changed. ${detail ?? p.detail ?? title}`;
}

/** The results of the last bulk change, in a live region so they are read out when they arrive. */
export function BulkResults({ results }: { results: readonly NamedResult[] | undefined }) {
  const okCount = results?.filter((r) => r.result.ok).length ?? 0;
  return (
    <div className="bulk-results" role="status" aria-live="polite">
      {results && results.length > 0 && (
        <>
          <p className="alert-title">
            {okCount} of {results.length} {results.length === 1 ? 'file' : 'files'} changed
          </p>
          <ul>
            {results.map((r) => (
              <li key={r.result.id} className={r.result.ok ? 'result-ok' : 'result-failed'}>
                <span aria-hidden="true">{r.result.ok ? '✓ ' : '✗ '}</span>
                {bulkLine(r)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
