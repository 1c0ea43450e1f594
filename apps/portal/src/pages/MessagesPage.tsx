import type { Message } from '@loket/contracts';
import { useMessages } from '@loket/i18n/react';
import {
  type Labels,
  Link,
  LiveUpdateNote,
  Loading,
  navigate,
  ProblemAlert,
  RadioGroup,
  type ScreenFormats,
  useApi,
  useFormat,
  useLabels,
  useLiveRefresh,
  useLocation,
  usePageTitle,
  withQuery,
} from '@loket/ui';
import { type ReactNode, useCallback, useRef, useState } from 'react';
import { EmployerFilter, useEmployerChoice } from '../components/EmployerFilter.tsx';
import { LoadMoreButton, useKeysetList } from '../components/useKeysetList.tsx';
import { messagesMessages } from '../messages/messages.messages.ts';
import { setUnreadCount, useUnreadCount } from '../messages/unread.ts';

type T = ReturnType<typeof useMessages<keyof (typeof messagesMessages)['en']>>;

const pageSize = 25;

/**
 * Everything the authorities sent the applicant, newest first: requests for more information,
 * decisions with their letters, documents shared. Unread ones say so in words (and a thicker
 * frame); each can be marked read, all at once too, and each leads to its application. The
 * address keeps the filters (?unread=1, ?employer=, ?application=), so an e-mail can link here.
 */
export function MessagesPage() {
  const t = useMessages(messagesMessages);
  usePageTitle(t('title'));
  const api = useApi();
  const labels = useLabels();
  const f = useFormat();
  const { pathname, search } = useLocation();
  const onlyUnread = search.get('unread') === '1';
  const { items: employerItems, several, employerId } = useEmployerChoice();
  const applicationId = search.get('application') ?? '';
  const list = useMessageList({ onlyUnread, employerId, applicationId });
  const live = useLiveRefresh(list.reload);
  const totalUnread = useUnreadCount();
  const [announcement, setAnnouncement] = useState('');
  const [markingAll, setMarkingAll] = useState(false);
  const [actionError, setActionError] = useState<unknown>();
  const [downloading, setDownloading] = useState<string>();
  const headings = useRef(new Map<string, HTMLHeadingElement>());

  const setFilter = (change: Record<string, string | undefined>) =>
    navigate(
      withQuery(pathname, {
        unread: onlyUnread ? '1' : undefined,
        employer: employerId || undefined,
        application: applicationId || undefined,
        ...change,
      }),
      { replace: true },
    );

  const markRead = async (m: Message) => {
    setActionError(undefined);
    try {
      const updated = await api.markMessageRead(m.id);
      list.replace(updated);
      if (totalUnread !== undefined && !m.read) setUnreadCount(Math.max(0, totalUnread - 1));
      setAnnouncement(t('markedRead'));
      // The button is gone: the message's heading, which now says "Read", takes the focus.
      headings.current.get(m.id)?.focus();
    } catch (e) {
      setActionError(e);
    }
  };

  const markAll = async () => {
    setMarkingAll(true);
    setActionError(undefined);
    try {
      const result = await api.markMessagesRead({
        ...(employerId ? { employerId } : {}),
        ...(applicationId ? { applicationId } : {}),
      });
      setUnreadCount(result.unread);
      await list.reload();
      setAnnouncement(t('markedAll', { count: result.marked }));
    } catch (e) {
      setActionError(e);
    } finally {
      setMarkingAll(false);
    }
  };

  const download = async (m: Message, versionId: string, fileName: string) => {
    setDownloading(versionId);
    setActionError(undefined);
    try {
      await api.downloadDocumentVersion(m.application.id, versionId, fileName);
      // Opening what was sent is reading it.
      if (!m.read) await markRead(m);
    } catch (e) {
      setActionError(e);
    } finally {
      setDownloading(undefined);
    }
  };

  const forApplication = applicationId ? list.items?.[0]?.application.reference : undefined;

  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <div className="toolbar">
        <RadioGroup
          id="messages-show"
          legend={t('show')}
          options={[
            { value: 'all', label: t('showAll') },
            { value: 'unread', label: t('showUnread') },
          ]}
          value={onlyUnread ? 'unread' : 'all'}
          onChange={(v) => setFilter({ unread: v === 'unread' ? '1' : undefined })}
        />
        {several && !applicationId && (
          <EmployerFilter
            employers={employerItems}
            value={employerId}
            onChange={(id) => setFilter({ employer: id || undefined })}
          />
        )}
      </div>
      {applicationId && (
        <p>
          {forApplication ? `${t('forApplication', { reference: forApplication })} ` : ''}
          <Link to={withQuery(pathname, { unread: onlyUnread ? '1' : undefined })}>
            {t('showAllApplications')}
          </Link>
        </p>
      )}
      <LiveUpdateNote {...live} />
      {/* Present before anything is said in it, so screen readers announce what is put in. */}
      <div role="status" className="announcement">
        {announcement && (
          <div className="alert alert-success">
            <span aria-hidden="true">✓ </span>
            {announcement}
          </div>
        )}
      </div>
      {actionError !== undefined && <ProblemAlert error={actionError} />}
      {list.error !== undefined && <ProblemAlert error={list.error} onRetry={() => void list.reload()} />}
      {list.items === undefined ? (
        list.loading && <Loading label={t('loading')} />
      ) : (
        <>
          <div className="message-actions">
            <p className="message-count">
              <strong>{t('unreadCount', { count: list.unread })}</strong>
            </p>
            {list.unread > 0 && (
              <button
                type="button"
                className="button secondary small"
                aria-disabled={markingAll || undefined}
                onClick={() => {
                  if (!markingAll) void markAll();
                }}
              >
                {markingAll ? t('markingAll') : t('markAllRead')}
              </button>
            )}
          </div>
          {list.items.length === 0 ? (
            <p>{onlyUnread ? t('noneUnread') : t('none')}</p>
          ) : (
            <ul className="message-list">
              {list.items.map((m) => (
                <MessageItem
                  key={m.id}
                  message={m}
                  t={t}
                  labels={labels}
                  f={f}
                  downloading={downloading}
                  headingRef={(el) => {
                    if (el) headings.current.set(m.id, el);
                    else headings.current.delete(m.id);
                  }}
                  onMarkRead={() => void markRead(m)}
                  onDownload={(versionId, fileName) => void download(m, versionId, fileName)}
                />
              ))}
            </ul>
          )}
          <LoadMoreButton list={list} label={t('loadMore')} busyLabel={t('loadingMore')} />
        </>
      )}
    </>
  );
}

function MessageItem({
  message: m,
  t,
  labels,
  f,
  downloading,
  headingRef,
  onMarkRead,
  onDownload,
}: {
  message: Message;
  t: T;
  labels: Labels;
  f: ScreenFormats;
  downloading: string | undefined;
  headingRef: (el: HTMLHeadingElement | null) => void;
  onMarkRead: () => void;
  onDownload: (versionId: string, fileName: string) => void;
}) {
  const headingId = `message-${m.id}`;
  const href = `/applications/${encodeURIComponent(m.application.id)}`;
  const reference = <span className="visually-hidden"> – {m.application.reference}</span>;
  const request = m.supplementRequest;
  const decision = m.decision;
  const document = m.document;
  const openRequest = m.kind === 'supplement_request' && request?.status === 'open';
  const title =
    m.kind === 'supplement_request'
      ? t('kindRequest')
      : m.kind === 'decision'
        ? t('kindDecision', { part: labels.inSentence(labels.part[m.part]) })
        : t('kindDocument');
  const from =
    m.from.party === 'residence_service'
      ? t('fromResidence')
      : m.from.region
        ? t('fromWork', { region: labels.region[m.from.region] })
        : t('fromWorkNoRegion');

  return (
    <li className={`message-item ${m.read ? 'message-read' : 'message-unread'}`} data-read={m.read}>
      <article aria-label={`${title}, ${m.read ? t('read') : t('unread')}`}>
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {title}
          <span className="visually-hidden">,</span>{' '}
          <span className="message-state">
            {m.read ? (
              t('read')
            ) : (
              <>
                <span aria-hidden="true">● </span>
                {t('unread')}
              </>
            )}
          </span>
        </h2>
        <p className="muted">
          {from} · <time dateTime={m.sentAt}>{t('sentOn', { date: f.dateTime(m.sentAt) })}</time>
        </p>
        <p>
          {m.application.workerName
            ? t('aboutWorker', { reference: m.application.reference, worker: m.application.workerName })
            : t('about', { reference: m.application.reference })}{' '}
          <span className="muted">({m.application.employer.name})</span>
        </p>
        {request && (
          <>
            <p className="message">{request.message}</p>
            {request.documentTypes.length > 0 && (
              <p>
                {t('documentsAsked', {
                  documents: request.documentTypes.map((d) => labels.documentType[d]).join(', '),
                })}
              </p>
            )}
            {request.questions.length > 0 && (
              <p>{t('questionsAsked', { count: request.questions.length })}</p>
            )}
            <p>
              {request.status === 'open' ? (
                <strong>
                  {t('answerBy', { date: f.date(request.dueDate) })} {t('requestOpen')}
                </strong>
              ) : (
                t('requestAnswered')
              )}
            </p>
          </>
        )}
        {decision && (
          <>
            <p>{t('outcome', { outcome: labels.outcome[decision.outcome] })}</p>
            {decision.grounds.length > 0 && (
              <p>{t('grounds', { grounds: decision.grounds.map((g) => labels.ground[g]).join('; ') })}</p>
            )}
          </>
        )}
        {document && (
          <p className="file-name">
            {t('documentLine', { type: labels.documentType[document.type], fileName: document.fileName })}
          </p>
        )}
        <div className="message-actions">
          <Link to={href} className={openRequest ? 'button small' : undefined}>
            {openRequest ? t('answerNow') : t('openApplication')}
            {reference}
          </Link>
          {decision?.letterVersionId && (
            <DownloadButton
              busy={downloading === decision.letterVersionId}
              label={t('downloadLetter')}
              busyLabel={t('downloading')}
              onClick={() =>
                onDownload(
                  decision.letterVersionId as string,
                  `decision-${m.application.reference}-${m.part}.pdf`,
                )
              }
            >
              {reference}
            </DownloadButton>
          )}
          {document && (
            <DownloadButton
              busy={downloading === document.versionId}
              label={t('downloadDocument', { fileName: document.fileName })}
              busyLabel={t('downloading')}
              onClick={() => onDownload(document.versionId, document.fileName)}
            />
          )}
          {!m.read && (
            <button type="button" className="button secondary small" onClick={onMarkRead}>
              {t('markRead')}
              <span className="visually-hidden">: {title}</span>
              {reference}
            </button>
          )}
        </div>
      </article>
    </li>
  );
}

/** Busy, the button stays focusable (aria-disabled), so the keyboard user's focus is not dropped. */
function DownloadButton({
  busy,
  label,
  busyLabel,
  onClick,
  children,
}: {
  busy: boolean;
  label: string;
  busyLabel: string;
  onClick: () => void;
  children?: ReactNode;
}) {
  return (
    <button
      type="button"
      className="button secondary small"
      aria-disabled={busy || undefined}
      onClick={() => {
        if (!busy) onClick();
      }}
    >
      {busy ? busyLabel : label}
      {children}
    </button>
  );
}

/** The messages under the page's filters, one keyset page at a time, with their unread count. */
function useMessageList({
  onlyUnread,
  employerId,
  applicationId,
}: {
  onlyUnread: boolean;
  employerId: string;
  applicationId: string;
}) {
  const api = useApi();
  const [unread, setUnread] = useState(0);
  const load = useCallback(
    (cursor: string | null) =>
      api.messages({
        ...(employerId ? { employerId } : {}),
        ...(applicationId ? { applicationId } : {}),
        ...(onlyUnread ? { unread: true } : {}),
        limit: pageSize,
        ...(cursor ? { cursor } : {}),
      }),
    [api, employerId, applicationId, onlyUnread],
  );
  const list = useKeysetList(load, (page) => {
    setUnread(page.unread);
    // Unfiltered, the page's count is the header's too.
    if (!employerId && !applicationId) setUnreadCount(page.unread);
  });
  const { setItems } = list;
  return {
    ...list,
    unread,
    /** One message changed (read): replaced in place, the filtered unread count follows. */
    replace: (updated: Message) => {
      setItems((all) => all?.map((m) => (m.id === updated.id ? updated : m)));
      setUnread((n) => (updated.read ? Math.max(0, n - 1) : n));
    },
  };
}
