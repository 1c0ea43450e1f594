import { useMessages } from '@loket/i18n/react';
import { type MouseEvent, useEffect, useId, useRef } from 'react';
import { Link } from '../router.tsx';
import { formMessages } from './form.messages.ts';

export interface SummaryItem {
  message: string;
  /** id of the element to move to; the message is plain text without one. */
  target?: string | undefined;
  /** A page of this app where it is fixed (another step of a form), when it is not on this one. */
  href?: string | undefined;
}

/** The element id for a JSON pointer, so API field errors can link to form fields. */
export function fieldId(pointer: string): string {
  return `field${pointer.replaceAll('/', '-')}`;
}

function focusTarget(e: MouseEvent<HTMLAnchorElement>, id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  e.preventDefault();
  // A fieldset (a radio or checkbox group) cannot take focus; its first control can.
  const focusable = el.matches('input, select, textarea, button')
    ? el
    : (el.querySelector<HTMLElement>('input, select, textarea, button') ?? el);
  focusable.focus();
  focusable.scrollIntoView({ block: 'center' });
}

/**
 * The list of what to fix, at the top of a form. It takes focus when it appears so keyboard and
 * screen-reader users land on it, and each item jumps to its field.
 */
export function ErrorSummary({
  title,
  description,
  items,
  focusKey,
}: {
  title?: string;
  description?: string | undefined;
  items: readonly SummaryItem[];
  /**
   * When given, focus moves to the summary when this changes (a new failed attempt), not when the
   * items do: a form whose errors follow the typing keeps focus in the field being fixed.
   */
  focusKey?: string | number;
}) {
  const t = useMessages(formMessages);
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const signature = focusKey ?? items.map((i) => i.message).join('\n');
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);
  return (
    <div ref={ref} className="error-summary" role="alert" aria-labelledby={headingId} tabIndex={-1}>
      <h2 id={headingId} className="error-summary-title">
        {title ?? t('errorSummaryTitle')}
      </h2>
      {description && <p>{description}</p>}
      <ul>
        {items.map((item, i) => (
          <li key={`${i}:${item.message}`}>
            {item.href ? (
              <Link to={item.href}>{item.message}</Link>
            ) : item.target ? (
              <a href={`#${item.target}`} onClick={(e) => focusTarget(e, item.target as string)}>
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
