import type { ApplicationSummary } from '@loket/contracts';
import { useMessages } from '@loket/i18n/react';
import {
  Link,
  LiveUpdateNote,
  Loading,
  navigate,
  ProblemAlert,
  StateBadge,
  useApi,
  useFormat,
  useLiveRefresh,
  useLocation,
  usePageTitle,
  withQuery,
} from '@loket/ui';
import { useCallback } from 'react';
import { EmployerFilter, useEmployerChoice } from '../components/EmployerFilter.tsx';
import { LoadMoreButton, useKeysetList } from '../components/useKeysetList.tsx';
import { applicationsMessages } from './applications.messages.ts';

type T = ReturnType<typeof useMessages<keyof (typeof applicationsMessages)['en']>>;

const pageSize = 25;

/**
 * The applicant's applications, newest change first, page by page. An agent acting for several
 * employers picks one (kept in the address as ?employer=) or sees all with the employer named.
 */
export function ApplicationsPage() {
  const t = useMessages(applicationsMessages);
  usePageTitle(t('title'));
  const { dateTime } = useFormat();
  const { pathname } = useLocation();
  const { employers, items: employerItems, several, employerId } = useEmployerChoice();
  const list = useApplicationList(employerId);
  const live = useLiveRefresh(() => {
    void list.reload();
    void employers.reload();
  });

  const chosen = employerItems.find((e) => e.id === employerId);

  return (
    <>
      <h1>{t('title')}</h1>
      <p>
        <Link to="/applications/new" className="button">
          {t('newApplication')}
        </Link>
      </p>
      {several && (
        <div className="toolbar">
          <EmployerFilter
            employers={employerItems}
            value={employerId}
            onChange={(id) => navigate(withQuery(pathname, { employer: id }), { replace: true })}
            hint={t('employerHint', { count: employerItems.length })}
          />
        </div>
      )}
      {several && !chosen && (
        <section aria-labelledby="employers-heading">
          <h2 id="employers-heading">{t('employersHeading')}</h2>
          <ul className="employer-overview">
            {employerItems.map((e) => (
              <li key={e.id}>
                <Link
                  to={withQuery(pathname, { employer: e.id })}
                  aria-label={t('showEmployer', { employer: e.name })}
                >
                  {e.name}
                </Link>
                <span className="muted">
                  {' – '}
                  {t('employerCounts', {
                    drafts: e.applications.drafts,
                    open: e.applications.open,
                    waiting: e.applications.waitingForApplicant,
                  })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <LiveUpdateNote {...live} />
      {employers.error !== undefined && (
        <ProblemAlert error={employers.error} onRetry={() => void employers.reload()} />
      )}
      {list.error !== undefined && <ProblemAlert error={list.error} onRetry={() => void list.reload()} />}
      {list.items === undefined ? (
        list.loading && <Loading label={t('loading')} />
      ) : list.items.length === 0 && !list.hasMore ? (
        <p>{employerId ? t('noneForEmployer') : t('none')}</p>
      ) : (
        <>
          {several && !chosen && <h2 id="applications-heading">{t('caption')}</h2>}
          <div className="table-wrap">
            <table className="applications portal-applications">
              <caption>{chosen ? t('captionFor', { employer: chosen.name }) : t('caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('reference')}</th>
                  <th scope="col">{t('worker')}</th>
                  {several && !chosen && <th scope="col">{t('employer')}</th>}
                  <th scope="col">{t('status')}</th>
                  <th scope="col">{t('nextStep')}</th>
                  <th scope="col">{t('lastChange')}</th>
                </tr>
              </thead>
              <tbody>
                {list.items.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">
                      <Link to={applicationHref(a)}>{a.reference}</Link>
                    </th>
                    <td>{a.workerName ?? <span className="muted">{t('workerNotGiven')}</span>}</td>
                    {several && !chosen && <td>{a.employer.name}</td>}
                    <td>
                      <StateBadge state={a.state} />
                    </td>
                    <td>
                      <NextStep application={a} t={t} />
                    </td>
                    <td>
                      <time dateTime={a.updatedAt}>{dateTime(a.updatedAt)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted" role="status">
            {t('shown', { count: list.items.length })}
          </p>
          <LoadMoreButton list={list} label={t('loadMore')} busyLabel={t('loadingMore')} />
        </>
      )}
    </>
  );
}

const applicationHref = (a: ApplicationSummary) => `/applications/${encodeURIComponent(a.id)}`;

/** What the applicant has to do next, in words; a link when it is theirs to do. */
function NextStep({ application: a, t }: { application: ApplicationSummary; t: T }) {
  const reference = <span className="visually-hidden"> – {a.reference}</span>;
  switch (a.state) {
    case 'draft':
      return (
        <Link to={applicationHref(a)}>
          {t('continueDraft')}
          {reference}
        </Link>
      );
    case 'work_supplement_requested':
    case 'residence_supplement_requested':
      return (
        <>
          <strong>
            <span aria-hidden="true">! </span>
            {t('actionNeeded')}
          </strong>{' '}
          <Link to={applicationHref(a)}>
            {t('answerRequest')}
            {reference}
          </Link>
        </>
      );
    case 'submitted':
    case 'work_review':
      return <>{t('waitWork')}</>;
    case 'residence_review':
      return <>{t('waitResidence')}</>;
    default:
      return <span className="muted">{t('ended')}</span>;
  }
}

/** The caller's applications (of one employer, when given), one keyset page at a time. */
function useApplicationList(employerId: string) {
  const api = useApi();
  const load = useCallback(
    (cursor: string | null) =>
      api.listApplications({
        ...(employerId ? { employerId } : {}),
        limit: pageSize,
        ...(cursor ? { cursor } : {}),
      }),
    [api, employerId],
  );
  return useKeysetList(load);
}
