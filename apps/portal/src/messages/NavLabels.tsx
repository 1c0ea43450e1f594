import { useMessages } from '@loket/i18n/react';
import { useApi, useLiveRefresh } from '@loket/ui';
import { useCallback, useEffect } from 'react';
import { messagesMessages } from './messages.messages.ts';
import { setUnreadCount, useUnreadCount } from './unread.ts';

/** A navigation link's words in the screen's language. */
export function NavText({ text }: { text: 'navApplications' | 'navSettings' }) {
  const t = useMessages(messagesMessages);
  return <>{t(text)}</>;
}

/**
 * "Messages" with the number of unread ones beside it; the number is read out in words ("2 unread
 * messages"). It follows the live stream: anything a service does may bring a message.
 */
export function MessagesNavLabel() {
  const t = useMessages(messagesMessages);
  const api = useApi();
  const count = useUnreadCount();
  const refresh = useCallback(
    () =>
      api.messages({ limit: 1 }).then(
        (list) => setUnreadCount(list.unread),
        () => undefined,
      ),
    [api],
  );
  useEffect(() => {
    void refresh();
  }, [refresh]);
  useLiveRefresh(refresh);
  return (
    <>
      {t('navMessages')}
      {count ? (
        <span className="nav-count">
          <span aria-hidden="true">{count}</span>
          <span className="visually-hidden"> ({t('navUnread', { count })})</span>
        </span>
      ) : null}
    </>
  );
}
