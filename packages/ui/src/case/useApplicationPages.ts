import type { ApplicationSummary } from '@loket/contracts';
import type { ApplicationState } from '@loket/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../auth.tsx';
import { mergeApplicationPages } from './merge.ts';

const ALL = '*';
const pageSize = 25;

type Cursors = Record<string, string | null>;

/**
 * Applications in the given states (all the caller may see when undefined), page by page. The API
 * filters on one state per request, so a list spanning several states asks once per state.
 */
export function useApplicationPages(states: readonly ApplicationState[] | undefined) {
  const api = useApi();
  const key = states ? states.join(',') : ALL;
  const [items, setItems] = useState<ApplicationSummary[]>();
  const [cursors, setCursors] = useState<Cursors>({});
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);
  const seq = useRef(0);

  const fetchPages = useCallback(
    async (forKey: string, from: Cursors | undefined, existing: readonly ApplicationSummary[]) => {
      const mine = ++seq.current;
      setLoading(true);
      setError(undefined);
      const keys = forKey === ALL ? [ALL] : forKey.split(',');
      const wanted = from ? keys.filter((k) => from[k]) : keys;
      try {
        const pages = await Promise.all(
          wanted.map(async (k) => {
            const page = await api.listApplications({
              state: k === ALL ? undefined : (k as ApplicationState),
              limit: pageSize,
              cursor: from?.[k] ?? undefined,
            });
            return [k, page] as const;
          }),
        );
        if (mine !== seq.current) return;
        const next: Cursors = { ...(from ?? {}) };
        for (const [k, page] of pages) next[k] = page.nextCursor;
        setCursors(next);
        setItems(
          mergeApplicationPages(
            existing,
            pages.map(([, p]) => p.items),
            keys.length > 1,
          ),
        );
      } catch (e) {
        if (mine === seq.current) setError(e);
      } finally {
        if (mine === seq.current) setLoading(false);
      }
    },
    [api],
  );

  useEffect(() => {
    setItems(undefined);
    setCursors({});
    void fetchPages(key, undefined, []);
  }, [key, fetchPages]);

  const hasMore = Object.values(cursors).some((c) => c);
  const loadMore = () => void fetchPages(key, cursors, items ?? []);
  const reload = () => void fetchPages(key, undefined, []);
  return { items, error, loading, hasMore, loadMore, reload };
}
