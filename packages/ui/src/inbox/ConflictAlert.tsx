import type { Problem } from '@loket/contracts';
import { useEffect, useRef } from 'react';
import { formatDateTime } from '../format.ts';
import { actionLabel, roleLabel, stateLabels } from '../labels.ts';
import { ApiError } from '../problem.ts';

/** The 409 version_conflict of an API error, when it is one. */
export function versionConflictOf(error: unknown): Problem | undefined {
  return error instanceof ApiError && error.code === 'version_conflict' ? error.problem : undefined;
}

/** What changed since the caller read the file, in one sentence from the problem's `current`. */
export function whatChanged(problem: Problem): string {
  const c = problem.current;
  if (!c) return 'Someone else changed this file after you loaded it.';
  const by = c.lastEvent
    ? ` Last change: ${actionLabel(c.lastEvent.action).toLowerCase()} by ${c.lastEvent.actorName} (${roleLabel(c.lastEvent.actorRole)}) on ${formatDateTime(c.lastEvent.at)}.`
    : '';
  return `It is now “${stateLabels[c.state]}” (version ${c.version}).${by}`;
}

/**
 * A change that lost a race: someone else changed the file first. Says what changed and who did
 * it, and offers to reload; nothing of the refused change was applied. Takes focus when it appears.
 */
export function ConflictAlert({
  problem,
  reference,
  onReload,
}: {
  problem: Problem;
  reference: string | undefined;
  onReload: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [problem]);
  return (
    <div ref={ref} tabIndex={-1} className="alert alert-error conflict" role="alert">
      <p className="alert-title">
        {reference ? `${reference} was changed by someone else` : 'The file was changed by someone else'}
      </p>
      <p>Your change was not made. {whatChanged(problem)}</p>
      <p>
        <button type="button" className="button secondary" onClick={onReload}>
          Reload
        </button>
      </p>
    </div>
  );
}
