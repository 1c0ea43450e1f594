import type { Part } from '@loket/domain';
import { type ReactNode, useId } from 'react';
import { usePageTitle } from '../auth.tsx';
import { ApplicationTable } from '../components/ApplicationTable.tsx';
import { Loading } from '../components/Loading.tsx';
import { ProblemAlert } from '../components/ProblemAlert.tsx';
import { LiveUpdateNote } from '../live/LiveUpdateNote.tsx';
import { useLiveRefresh } from '../live/useLiveEvents.ts';
import { findQueueFilter, queueFilters } from '../queues.ts';
import { navigate, useLocation } from '../router.tsx';
import { withQuery } from '../routes.ts';
import { useRememberQueueOrder } from './queueOrder.ts';
import { useApplicationPages } from './useApplicationPages.ts';

/** An authority's list of cases, filtered by where they stand; the filter lives in the URL. */
export function CaseQueue({ part, heading, intro }: { part: Part; heading: string; intro?: ReactNode }) {
  usePageTitle(heading);
  const { pathname, search } = useLocation();
  const filter = findQueueFilter(part, search.get('state'));
  const { items, error, loading, hasMore, loadMore, reload } = useApplicationPages(filter.states);
  const live = useLiveRefresh(reload); // files that arrive or move, without pressing Refresh
  const selectId = useId();
  useRememberQueueOrder(part, items, search.size > 0 ? `${pathname}?${search}` : pathname, filter.label);

  return (
    <>
      <h1>{heading}</h1>
      {intro}
      <div className="toolbar">
        <div className="field inline">
          <label htmlFor={selectId}>State</label>
          <select
            id={selectId}
            value={filter.key}
            onChange={(e) =>
              navigate(
                withQuery(pathname, { state: e.target.value === 'all' ? undefined : e.target.value }),
                {
                  replace: true,
                },
              )
            }
          >
            {queueFilters[part].map((f) => (
              <option key={f.key} value={f.key}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button secondary small" onClick={reload} disabled={loading}>
          Refresh
        </button>
      </div>
      <LiveUpdateNote {...live} />
      {error !== undefined && <ProblemAlert error={error} onRetry={reload} />}
      {items === undefined ? (
        loading && <Loading label="Loading cases…" />
      ) : (
        <>
          <p role="status" className="muted">
            {items.length === 0
              ? 'No cases in this list.'
              : `${items.length}${hasMore ? '+' : ''} ${items.length === 1 ? 'case' : 'cases'} shown.`}
          </p>
          {items.length > 0 && (
            <ApplicationTable
              items={items}
              caption={`Cases: ${filter.label.toLowerCase()}`}
              columns={['worker', 'employer', 'category', 'place', 'state', 'submitted']}
            />
          )}
          {hasMore && (
            <button type="button" className="button secondary" onClick={loadMore} disabled={loading}>
              {loading ? 'Loading…' : 'Load more cases'}
            </button>
          )}
        </>
      )}
    </>
  );
}
