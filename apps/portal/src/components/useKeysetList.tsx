import { useCallback, useEffect, useRef, useState } from 'react';

/** One page of a list the API gives by keyset: the items and where the next page starts. */
export interface KeysetPage<Item> {
  items: Item[];
  nextCursor: string | null;
}

/**
 * A list read one keyset page at a time ("Load more" asks for the page after the last one shown).
 * A new `load` (made with useCallback over the list's filters) starts again from the first page;
 * the answer to a request that a newer one overtook is dropped. `onPage` hears every page kept,
 * for what a page says besides its items.
 */
export function useKeysetList<Page extends KeysetPage<{ id: string }>>(
  load: (cursor: string | null) => Promise<Page>,
  onPage?: (page: Page) => void,
) {
  type Item = Page['items'][number];
  const [items, setItems] = useState<Item[]>();
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);
  const seq = useRef(0);
  const onPageRef = useRef(onPage);
  onPageRef.current = onPage;

  const fetchPage = useCallback(
    async (from: string | null, existing: readonly Item[]) => {
      const mine = ++seq.current;
      setLoading(true);
      setError(undefined);
      try {
        const page = await load(from);
        if (mine !== seq.current) return;
        const seen = new Set(existing.map((item) => item.id));
        setItems([...existing, ...page.items.filter((item) => !seen.has(item.id))]);
        setCursor(page.nextCursor);
        onPageRef.current?.(page);
      } catch (e) {
        if (mine === seq.current) setError(e);
      } finally {
        if (mine === seq.current) setLoading(false);
      }
    },
    [load],
  );

  useEffect(() => {
    setItems(undefined);
    setCursor(null);
    void fetchPage(null, []);
  }, [fetchPage]);

  return {
    items,
    error,
    loading,
    hasMore: cursor !== null,
    loadMore: () => void fetchPage(cursor, items ?? []),
    reload: () => fetchPage(null, []),
    /** Changes items on screen in place (e.g. one marked read), without asking the API again. */
    setItems,
  };
}

/** "Load more" under a keyset list, while there is more; it says so while the page is on its way. */
export function LoadMoreButton({
  list,
  label,
  busyLabel,
}: {
  list: { hasMore: boolean; loading: boolean; loadMore: () => void };
  label: string;
  busyLabel: string;
}) {
  if (!list.hasMore) return null;
  return (
    <button type="button" className="button secondary" onClick={list.loadMore} disabled={list.loading}>
      {list.loading ? busyLabel : label}
    </button>
  );
}
