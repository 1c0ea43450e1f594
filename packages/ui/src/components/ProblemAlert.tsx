import { useMessages } from '@loket/i18n/react';
import { type ReactNode, type Ref, useEffect, useRef } from 'react';
import { ApiError, type FieldError } from '../problem.ts';
import { useLabels } from '../useLabels.ts';
import { ErrorSummary, fieldId } from './ErrorSummary.tsx';
import { formMessages } from './form.messages.ts';

export interface ProblemAlertProps {
  error: unknown;
  /** Where a field error's pointer leads; undefined leaves the message unlinked. */
  targetFor?: (pointer: string) => string | undefined;
  /** Another page where a field error is fixed (a form's other step); takes precedence over targetFor. */
  hrefFor?: (pointer: string) => string | undefined;
  /** The words for a field error; the API's message by default. */
  messageFor?: (error: FieldError) => string;
  onRetry?: () => void;
  retryLabel?: string;
}

/**
 * Shows an API problem readably: our heading for its code, the API's detail, and, when the API
 * names fields, an error summary linking to them.
 */
export function ProblemAlert({
  error,
  targetFor = fieldId,
  hrefFor,
  messageFor = (e) => e.message,
  onRetry,
  retryLabel,
}: ProblemAlertProps) {
  const { title, detail, problem } = useDescribedError(error);
  const t = useMessages(formMessages);
  if (problem?.errors && problem.errors.length > 0) {
    return (
      <ErrorSummary
        title={title}
        description={detail}
        items={problem.errors.map((e) => ({
          message: messageFor(e),
          target: targetFor(e.pointer),
          href: hrefFor?.(e.pointer),
        }))}
      />
    );
  }
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">{title}</p>
      {detail && <p>{detail}</p>}
      {problem?.requestId && <p className="muted">{t('helpdeskReference', { id: problem.requestId })}</p>}
      {onRetry && (
        <p>
          <button type="button" className="button secondary" onClick={onRetry}>
            {retryLabel ?? t('tryAgain')}
          </button>
        </p>
      )}
    </div>
  );
}

/**
 * `describeError` in the screen's language: our heading for the problem's code. The API's own
 * detail is English, so it is shown under the heading only on an English screen; in the other
 * languages the heading alone says what happened, rather than a sentence in a language the reader
 * did not choose.
 */
function useDescribedError(error: unknown) {
  const labels = useLabels();
  const t = useMessages(formMessages);
  if (error instanceof ApiError) {
    const p = error.problem;
    if (p.status === 0) return { title: t('networkTitle'), detail: t('networkDetail'), problem: p };
    const title = labels.problem[p.code];
    const detail =
      labels.language === 'en' ? (p.detail ?? (p.title !== title ? p.title : undefined)) : undefined;
    return { title, detail, problem: p };
  }
  if (error instanceof Error)
    return { title: t('somethingWentWrong'), detail: error.message, problem: undefined };
  return { title: t('somethingWentWrong'), detail: undefined, problem: undefined };
}

/** A polite confirmation after an action succeeded. */
export function Notice({
  children,
  ref,
  tabIndex,
}: {
  children: ReactNode;
  ref?: Ref<HTMLDivElement>;
  tabIndex?: number;
}) {
  return (
    <div ref={ref} tabIndex={tabIndex} className="alert alert-success" role="status">
      <span aria-hidden="true">✓ </span>
      {children}
    </div>
  );
}

/**
 * The confirmation of the action just taken on a page. It takes focus when it appears or changes,
 * so a screen reader reads it out after the button that caused it.
 */
export function FocusedNotice({ message }: { message: string | undefined }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <Notice ref={ref} tabIndex={-1}>
      {message}
    </Notice>
  );
}
