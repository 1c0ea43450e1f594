import type { Part } from '@loket/domain';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Link, navigate } from '../router.tsx';
import {
  isTypingTarget,
  matchShortcut,
  readSingleKeyPreference,
  sequenceMs,
  writeSingleKeyPreference,
} from '../shortcuts.ts';
import { neighboursOf, readQueueOrder } from './queueOrder.ts';

const caseHref = (id: string) => `/applications/${encodeURIComponent(id)}`;

/**
 * Moving between cases from the case page: the position in the queue the caseworker came from,
 * links to the previous and next case in that queue's order, and the keyboard shortcuts for the
 * same (j / k or Alt+Arrow keys, g i back to the list, ? for the help), listed in a dialog.
 */
export function CaseNavigation({ id, part }: { id: string; part: Part }) {
  const [order] = useState(() => readQueueOrder(part));
  const around = neighboursOf(order, id);
  const [singleKeys, setSingleKeys] = useState(readSingleKeyPreference);
  const [helpOpen, setHelpOpen] = useState(false);
  const helpButton = useRef<HTMLButtonElement>(null);
  // Where focus was when the help opened (the button, or the page for "?"): it goes back there.
  const returnFocus = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (helpOpen || !returnFocus.current) return;
    const el = returnFocus.current;
    returnFocus.current = null;
    (el.isConnected ? el : helpButton.current)?.focus();
  }, [helpOpen]);
  const openHelp = useCallback(() => {
    returnFocus.current =
      document.activeElement instanceof HTMLElement && document.activeElement !== document.body
        ? document.activeElement
        : helpButton.current;
    setHelpOpen(true);
  }, []);
  const gPressedAt = useRef(0);
  const queueUrl = order?.url ?? '/';

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || e.repeat) return;
      if (isTypingTarget(e.target) || document.querySelector('dialog[open]')) return;
      const afterG = Date.now() - gPressedAt.current < sequenceMs;
      const step = matchShortcut(e, { singleKeys, afterG });
      gPressedAt.current = step === 'sequence-start' ? Date.now() : 0;
      if (!step || step === 'sequence-start') return;
      const target =
        step === 'next'
          ? around?.next && caseHref(around.next.id)
          : step === 'previous'
            ? around?.previous && caseHref(around.previous.id)
            : step === 'queue'
              ? queueUrl
              : undefined;
      if (step === 'help') {
        e.preventDefault();
        openHelp();
      } else if (target) {
        e.preventDefault();
        navigate(target);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [around?.next, around?.previous, queueUrl, singleKeys, openHelp]);

  const keys = (single: string, alt: string) => (singleKeys ? `${single} ${alt}` : alt);

  return (
    <nav className="case-nav" aria-label="Case navigation">
      {around ? (
        <p className="case-nav-position">
          Case {around.position} of {around.total} in the list “{order?.label}”
        </p>
      ) : (
        <p className="case-nav-position muted">
          Open cases from the list to step through them with “Next case” and “Previous case”.
        </p>
      )}
      <ul className="case-nav-links">
        {around?.previous && (
          <li>
            <Link to={caseHref(around.previous.id)} aria-keyshortcuts={keys('k', 'Alt+ArrowUp')}>
              <span aria-hidden="true">↑ </span>Previous case: {around.previous.reference}
            </Link>
          </li>
        )}
        {around?.next && (
          <li>
            <Link to={caseHref(around.next.id)} aria-keyshortcuts={keys('j', 'Alt+ArrowDown')}>
              <span aria-hidden="true">↓ </span>Next case: {around.next.reference}
            </Link>
          </li>
        )}
        {order && order.url !== '/' && (
          <li>
            <Link to={queueUrl}>Back to the list “{order.label}”</Link>
          </li>
        )}
        <li>
          <button
            ref={helpButton}
            type="button"
            className="button secondary small"
            aria-haspopup="dialog"
            aria-keyshortcuts={singleKeys ? '?' : undefined}
            onClick={openHelp}
          >
            Keyboard shortcuts
          </button>
        </li>
      </ul>
      {helpOpen && (
        <ShortcutsDialog
          singleKeys={singleKeys}
          onSingleKeysChange={(on) => {
            setSingleKeys(on);
            writeSingleKeyPreference(on);
          }}
          onClose={() => setHelpOpen(false)}
        />
      )}
    </nav>
  );
}

function ShortcutsDialog({
  singleKeys,
  onSingleKeysChange,
  onClose,
}: {
  singleKeys: boolean;
  onSingleKeysChange: (on: boolean) => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const toggleId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    closeRef.current?.focus();
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, []);
  const state = singleKeys ? '' : ' (switched off)';
  return (
    <dialog
      ref={ref}
      className="dialog shortcuts"
      aria-labelledby={headingId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={headingId}>Keyboard shortcuts</h2>
      <p>On a case page. They do nothing while you type in a field.</p>
      <table>
        <caption className="visually-hidden">Keyboard shortcuts on a case page</caption>
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What they do</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              <kbd>j</kbd>
              {state} or <kbd>Alt</kbd>+<kbd>↓</kbd>
            </td>
            <td>Next case in the list</td>
          </tr>
          <tr>
            <td>
              <kbd>k</kbd>
              {state} or <kbd>Alt</kbd>+<kbd>↑</kbd>
            </td>
            <td>Previous case in the list</td>
          </tr>
          <tr>
            <td>
              <kbd>g</kbd> then <kbd>i</kbd>
              {state}
            </td>
            <td>Back to the list</td>
          </tr>
          <tr>
            <td>
              <kbd>?</kbd>
              {state}
            </td>
            <td>Show these shortcuts</td>
          </tr>
          <tr>
            <td>
              <kbd>Escape</kbd>
            </td>
            <td>Close the document viewer or this help</td>
          </tr>
          <tr>
            <td>
              <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
            </td>
            <td>In a new internal note: add the note</td>
          </tr>
        </tbody>
      </table>
      <div className="choice">
        <input
          id={toggleId}
          type="checkbox"
          checked={singleKeys}
          onChange={(e) => onSingleKeysChange(e.target.checked)}
        />
        <label htmlFor={toggleId}>Use single-key shortcuts (j, k, g then i, ?)</label>
      </div>
      <p className="hint">
        Switch them off if you use speech input or they get in your way; Alt with the arrow keys keeps
        working.
      </p>
      <div className="button-row">
        <button ref={closeRef} type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
