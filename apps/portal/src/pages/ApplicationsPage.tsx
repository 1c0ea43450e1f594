import {
  ApplicationTable,
  Link,
  LiveUpdateNote,
  Loading,
  navigate,
  ProblemAlert,
  useApi,
  useApplicationPages,
  useAsync,
  useLiveRefresh,
  useLocation,
  usePageTitle,
  withQuery,
} from '@loket/ui';
import { useId } from 'react';

export function ApplicationsPage() {
  usePageTitle('My applications');
  const api = useApi();
  const { pathname, search } = useLocation();
  const employers = useAsync(() => api.listEmployers(), 'employers');
  const { items, error, loading, hasMore, loadMore, reload } = useApplicationPages(undefined);
  const live = useLiveRefresh(reload);
  const filterId = useId();

  const employerId = search.get('employer') ?? '';
  // The API has no employer filter; the list is the caller's own, so filtering loaded pages is enough.
  const shown = items?.filter((a) => !employerId || a.employer.id === employerId);
  const several = (employers.data?.items.length ?? 0) > 1;

  return (
    <>
      <h1>My applications</h1>
      <p>
        <Link to="/applications/new" className="button">
          New application
        </Link>
      </p>
      {several && (
        <div className="toolbar">
          <div className="field inline">
            <label htmlFor={filterId}>Employer</label>
            <select
              id={filterId}
              value={employerId}
              onChange={(e) => navigate(withQuery(pathname, { employer: e.target.value }), { replace: true })}
            >
              <option value="">All employers</option>
              {employers.data?.items.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      <LiveUpdateNote {...live} />
      {error !== undefined && <ProblemAlert error={error} onRetry={reload} />}
      {shown === undefined ? (
        loading && <Loading label="Loading your applications…" />
      ) : shown.length === 0 && !hasMore ? (
        <p>{employerId ? 'No applications for this employer.' : 'You have no applications yet.'}</p>
      ) : (
        <>
          <ApplicationTable
            items={shown}
            caption="Applications"
            columns={['worker', 'category', 'state', 'employer', 'updated']}
          />
          {hasMore && (
            <button type="button" className="button secondary" onClick={loadMore} disabled={loading}>
              {loading ? 'Loading…' : 'Load more applications'}
            </button>
          )}
        </>
      )}
    </>
  );
}
