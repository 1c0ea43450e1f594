import type { InboxItem, Member, Worklists } from '@loket/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../auth.tsx';
import { type InboxView, viewKey } from './query.ts';

export const inboxPageSize = 25;

/**
 * One inbox view, page by page (keyset: "Load more" asks for the page after the last one), with
 * the worklists' counts beside it. `refresh` reloads both and keeps what is on screen meanwhile.
 */
export function useInbox(view: InboxView) {
  const api = useApi();
  const key = viewKey(view);
  const viewRef = useRef(view);
  viewRef.current = view;
  const [items, setItems] = useState<InboxItem[]>();
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);
  const [counts, setCounts] = useState<Worklists>();
  const seq = useRef(0);
  /** Rows a "Load more" in flight will add: a refresh meanwhile supersedes it and fetches them too. */
  const pendingMore = useRef(0);

  const loadCounts = useCallback(async () => {
    try {
      setCounts(await api.worklists());
    } catch {
      // The list shows its own error; counts stay as they were.
    }
  }, [api]);

  /** The first page again, as many rows as are shown now (so a refresh does not shorten the list). */
  const fetchFirst = useCallback(
    async (limit: number) => {
      const mine = ++seq.current;
      setLoading(true);
      setError(undefined);
      try {
        const page = await api.inbox({
          ...viewRef.current,
          limit: Math.min(100, Math.max(limit, inboxPageSize)),
        });
        if (mine !== seq.current) return;
        setItems(page.items);
        setCursor(page.nextCursor);
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
    setCursor(null);
    void fetchFirst(inboxPageSize);
    // key stands for the view
  }, [key, fetchFirst]);

  useEffect(() => {
    void loadCounts();
  }, [loadCounts]);

  const shown = items?.length ?? 0;
  const refresh = useCallback(async () => {
    await Promise.all([fetchFirst(shown + pendingMore.current), loadCounts()]);
  }, [fetchFirst, loadCounts, shown]);

  const loadMore = useCallback(async () => {
    if (!cursor) return;
    const mine = ++seq.current;
    pendingMore.current = inboxPageSize;
    setLoading(true);
    setError(undefined);
    try {
      const page = await api.inbox({ ...viewRef.current, limit: inboxPageSize, cursor });
      if (mine !== seq.current) return;
      setItems((old) => {
        const seen = new Set((old ?? []).map((i) => i.id));
        return [...(old ?? []), ...page.items.filter((i) => !seen.has(i.id))];
      });
      setCursor(page.nextCursor);
    } catch (e) {
      if (mine === seq.current) setError(e);
    } finally {
      pendingMore.current = 0;
      if (mine === seq.current) setLoading(false);
    }
  }, [api, cursor]);

  return { items, error, loading, hasMore: cursor !== null, loadMore, refresh, counts };
}

/** The caller's team, to assign files to (loaded once per page). */
export function useTeam(): Member[] | undefined {
  const api = useApi();
  const [team, setTeam] = useState<Member[]>();
  useEffect(() => {
    let live = true;
    api.team().then(
      (t) => live && setTeam(t.items),
      () => live && setTeam([]),
    );
    return () => {
      live = false;
    };
  }, [api]);
  return team;
}
