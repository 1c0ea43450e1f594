import type { NoticeList, NoticeView } from '@loket/contracts';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useApi } from '../auth.tsx';
import { formatDateTime } from '../format.ts';
import { Link } from '../router.tsx';

const noticeText: Record<NoticeView['kind'], string> = {
  supplement_answered: 'The applicant answered the supplement request',
};

/** How often the header asks for new notices while the page is open. */
const pollMs = 30_000;

/**
 * The caseworker's in-app notices in the header: a button "Notifications (N unread)" that opens a
 * list (each notice links to its case and can be marked read). An ordinary disclosure: Tab
 * reaches it, Enter or Space opens it, Escape closes it and returns focus to the button.
 */
export function Notices() {
  const api = useApi();
  const id = useId();
  const [list, setList] = useState<NoticeList>();
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  const load = useCallback(async () => {
    try {
      setList(await api.notices());
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, [api]);

  useEffect(() => {
    void load();
    const timer = window.setInterval(() => void load(), pollMs);
    const onFocus = () => void load();
    window.addEventListener('focus', onFocus);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [load]);

  // Escape closes the open list from anywhere in it and gives focus back to the button.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  const markRead = async (n: NoticeView) => {
    try {
      await api.markNoticeRead(n.id);
    } finally {
      await load();
    }
  };

  const unread = list?.unread ?? 0;
  return (
    <div className="notices">
      <button
        ref={button}
        type="button"
        className="button secondary small"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => {
          setOpen((o) => !o);
          if (!open) void load();
        }}
      >
        Notifications ({unread} unread)
      </button>
      <section id={`${id}-panel`} className="notices-panel" hidden={!open} aria-label="Notifications">
        {failed && <p>The notifications could not be loaded.</p>}
        {list && list.items.length === 0 && <p>No notifications.</p>}
        {list && list.items.length > 0 && (
          <ul>
            {list.items.map((n) => (
              <li key={n.id} className={n.read ? 'notice read' : 'notice unread'}>
                <p>
                  {!n.read && <strong>New: </strong>}
                  <Link
                    to={`/applications/${encodeURIComponent(n.applicationId)}`}
                    onClick={() => setOpen(false)}
                  >
                    {n.reference}
                  </Link>
                  {' – '}
                  {noticeText[n.kind] ?? n.kind}
                  {n.personal ? ' (your file)' : ''}.{' '}
                  <span className="muted">{formatDateTime(n.createdAt)}</span>
                </p>
                {!n.read && (
                  <button type="button" className="button secondary small" onClick={() => void markRead(n)}>
                    Mark as read<span className="visually-hidden"> {n.reference}</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
