import { useI18n, useMessages } from '@loket/i18n/react';
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
  /** The words for a field error; by default the API's (English) or its code's in the screen's language. */
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
  messageFor,
  onRetry,
  retryLabel,
}: ProblemAlertProps) {
  const { title, detail, problem } = useDescribedError(error);
  const fieldErrorText = useFieldErrorText();
  const t = useMessages(formMessages);
  if (problem?.errors && problem.errors.length > 0) {
    return (
      <ErrorSummary
        title={title}
        description={detail}
        items={problem.errors.map((e) => ({
          message: (messageFor ?? fieldErrorText)(e),
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
      {onRetry && retryCanHelp(error) && (
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
 * Whether asking again could answer differently: not for a refusal about the request itself (not
 * found, not allowed, invalid); yes for the network, a timeout, too many requests, a conflict
 * (something changed meanwhile) and the server's own failures.
 */
export function retryCanHelp(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  const { status } = error.problem;
  return status === 0 || status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * A field error's words: on an English screen the API's own sentence (it names the field); in
 * the other languages the sentence for its code, with its limit or document, since the summary's
 * link already leads to the field. An error without a code the screen knows keeps the API's words.
 */
export function useFieldErrorText(): (error: FieldError) => string {
  const t = useMessages(formMessages);
  const labels = useLabels();
  const { date } = useI18n();
  return (e) => {
    if (labels.language === 'en' || !e.code) return e.message;
    const limit = e.params?.limit ?? '';
    switch (e.code) {
      case 'required':
        return t('field_required');
      case 'too_long':
      case 'too_short':
      case 'too_small':
      case 'too_large':
      case 'too_few':
      case 'too_many':
        return t(`field_${e.code}`, { limit });
      case 'duplicate':
      case 'not_allowed':
      case 'not_of_employer':
      case 'not_in_team':
      case 'taken':
        return t(`field_${e.code}`);
      case 'unknown_field':
        return t('field_unknown');
      case 'document_missing': {
        const type = e.params?.documentType;
        return type
          ? t('field_document_missing', { document: labels.inSentence(labels.documentType[type]) })
          : e.message;
      }
      case 'date_too_early':
        return e.params?.after
          ? t('field_date_too_early', { date: date(e.params.after) })
          : t('field_invalid');
      default:
        return t('field_invalid');
    }
  };
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
