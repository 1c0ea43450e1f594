import type { ApplicationChangedEvent } from '@loket/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useAuth } from '../auth.tsx';
import type { LiveListener, LiveStatus } from './live-events.ts';

/**
 * Listens to the live stream while the component is mounted; returns the stream's status. The
 * handlers may change on every render: the latest ones are called.
 */
export function useLiveEvents(handlers: Omit<LiveListener, 'onStatus'>, enabled = true): LiveStatus {
  const { live } = useAuth();
  const [status, setStatus] = useState<LiveStatus>(live.status);
  const ref = useRef(handlers);
  ref.current = handlers;

  useEffect(() => {
    if (!enabled) return;
    setStatus(live.status);
    return live.subscribe({
      onEvent: (event) => ref.current.onEvent?.(event),
      onResync: () => ref.current.onResync?.(),
      onStatus: setStatus,
    });
  }, [live, enabled]);

  return status;
}

export interface LiveRefreshOptions {
  /** Which changes concern what is on screen; every change by default (a list). */
  matches?: (event: ApplicationChangedEvent) => boolean;
  /** Changes arriving within this window cause one refetch... */
  debounceMs?: number;
  /** ...but a steady trickle still refetches at least this often. */
  maxWaitMs?: number;
  enabled?: boolean;
}

interface Batch {
  events: ApplicationChangedEvent[];
  since: number;
  timer?: ReturnType<typeof setTimeout>;
}

export interface LiveRefresh {
  status: LiveStatus;
  /** When a change from elsewhere was last fetched (for `LiveUpdateNote`). */
  updatedAt: Date | undefined;
}

/**
 * Refetches what is on screen when a change concerning it arrives (debounced), or when changes may
 * have been missed (then silently). `refresh` gets the changes that triggered it (none on a
 * resync), so a page can decide what to reload; it returns `false` when it reloaded nothing.
 */
export function useLiveRefresh(
  refresh: (events: ApplicationChangedEvent[]) => unknown | Promise<unknown>,
  { matches, debounceMs = 250, maxWaitMs = 1000, enabled = true }: LiveRefreshOptions = {},
): LiveRefresh {
  const [updatedAt, setUpdatedAt] = useState<Date>();
  const refreshRef = useRef(refresh);
  refreshRef.current = refresh;
  const pending = useRef<Batch | undefined>(undefined);

  const fire = useCallback(async () => {
    const batch = pending.current;
    pending.current = undefined;
    if (!batch) return;
    clearTimeout(batch.timer);
    let refreshed: unknown;
    try {
      refreshed = await refreshRef.current(batch.events);
    } catch {
      return; // the page shows its own loading errors
    }
    if (batch.events.length > 0 && refreshed !== false) setUpdatedAt(new Date());
  }, []);

  const schedule = useCallback(
    (event: ApplicationChangedEvent | undefined) => {
      const now = Date.now();
      const batch = pending.current ?? { events: [], since: now };
      pending.current = batch;
      if (event) batch.events.push(event);
      clearTimeout(batch.timer);
      const wait = Math.max(0, Math.min(debounceMs, batch.since + maxWaitMs - now));
      batch.timer = setTimeout(() => void fire(), wait);
    },
    [debounceMs, maxWaitMs, fire],
  );

  useEffect(() => () => clearTimeout(pending.current?.timer), []);

  const status = useLiveEvents(
    {
      onEvent: (event) => {
        if (!matches || matches(event)) schedule(event);
      },
      onResync: () => schedule(undefined),
    },
    enabled,
  );
  return { status, updatedAt };
}
