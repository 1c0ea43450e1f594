import type { ApplicationChangedEvent } from '@loket/contracts';
import { createSseParser } from './sse.ts';

/**
 * - `connecting`: opening the stream (or waiting to retry after a failure, see `offline`);
 * - `live`: the server said `ready`; changes arrive as they happen;
 * - `offline`: the last attempt failed; the next one is scheduled (data may be stale);
 * - `paused`: the tab has been hidden a while; the stream is closed until it is shown again.
 */
export type LiveStatus = 'connecting' | 'live' | 'offline' | 'paused';

export interface LiveListener {
  /** An application the user may see changed. */
  onEvent?: (event: ApplicationChangedEvent) => void;
  /**
   * Changes may have been missed (the stream (re)opened after this listener's data was loaded, or
   * the server lost track): refetch what is on screen.
   */
  onResync?: () => void;
  onStatus?: (status: LiveStatus) => void;
}

export interface LiveEventsOptions {
  baseUrl: string;
  /** A fresh access token (the stream ends when the token expires and reopens with a new one). */
  getToken: () => Promise<string | undefined>;
  fetch?: typeof fetch;
  /** First retry delay after a failure, doubled each time up to `maxDelayMs` (with jitter). */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Nothing at all (not even a keep-alive) for this long means the connection is dead. */
  silenceMs?: number;
  /** The stream closes after the tab has been hidden this long, and reopens when it is shown. */
  hiddenMs?: number;
  /** The stream stays open this long after its last listener left (page changes reuse it). */
  lingerMs?: number;
  /** Where visibility comes from; `globalThis.document` by default, none outside a browser. */
  document?: Pick<Document, 'hidden' | 'addEventListener' | 'removeEventListener'>;
}

export interface LiveEvents {
  /** Starts listening (opening the stream if needed); returns the function that stops. */
  subscribe(listener: LiveListener): () => void;
  readonly status: LiveStatus;
  /** Closes the stream for good (sign-out, unmount of the whole app). */
  close(): void;
}

class HttpStatusError extends Error {
  constructor(readonly status: number) {
    super(`the event stream answered ${status}`);
  }
}

/**
 * One live stream (`GET /v1/events`) shared by everything on the page, read with fetch because
 * EventSource cannot send the bearer token. Reconnects with backoff; closes while the tab is
 * hidden; tells every listener to refetch whenever the stream (re)opens, since changes made
 * while it was closed were not sent.
 */
export function createLiveEvents(options: LiveEventsOptions): LiveEvents {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const initialDelay = options.initialDelayMs ?? 1000;
  const maxDelay = options.maxDelayMs ?? 30_000;
  const silenceMs = options.silenceMs ?? 45_000;
  const hiddenMs = options.hiddenMs ?? 30_000;
  const lingerMs = options.lingerMs ?? 5_000;
  const doc = options.document ?? (typeof document === 'undefined' ? undefined : document);

  const listeners = new Set<LiveListener>();
  let status: LiveStatus = 'connecting';
  let running = false;
  let closed = false;
  let paused = false;
  let current: AbortController | undefined;
  let wake: (() => void) | undefined;
  let lingerTimer: ReturnType<typeof setTimeout> | undefined;
  let hiddenTimer: ReturnType<typeof setTimeout> | undefined;

  const wanted = () => !closed && !paused && listeners.size > 0;

  function setStatus(next: LiveStatus) {
    if (next === status) return;
    status = next;
    for (const l of [...listeners]) l.onStatus?.(next);
  }

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      }
      wake = done;
    });
  }

  async function run() {
    if (running) return;
    running = true;
    let failures = 0;
    try {
      while (wanted()) {
        let delay: number;
        try {
          setStatus(failures > 0 ? 'offline' : 'connecting');
          await readOnce(() => {
            failures = 0;
          });
          // A clean end: the token expired or the server is going away. Come back soon, spread out.
          delay = 250 + Math.random() * 750;
        } catch (error) {
          if (!wanted()) break;
          failures += 1;
          const base = Math.min(maxDelay, initialDelay * 2 ** (failures - 1));
          // Too many streams (other tabs): no point in knocking again soon.
          const floor = error instanceof HttpStatusError && error.status === 429 ? maxDelay : 0;
          delay = Math.max(floor, base * (0.5 + Math.random() / 2));
          setStatus('offline');
        }
        if (wanted()) await sleep(delay);
      }
    } finally {
      running = false;
      if (paused) setStatus('paused');
      // Someone subscribed again while this loop was winding down.
      if (wanted()) void run();
    }
  }

  async function readOnce(onReady: () => void) {
    const controller = new AbortController();
    current = controller;
    let silence: ReturnType<typeof setTimeout> | undefined;
    const heard = () => {
      clearTimeout(silence);
      silence = setTimeout(() => controller.abort(), silenceMs);
    };
    try {
      const token = await options.getToken();
      const res = await doFetch(`${options.baseUrl}/v1/events`, {
        headers: { Accept: 'text/event-stream', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        cache: 'no-store',
        signal: controller.signal,
      });
      if (!res.ok || !res.body) throw new HttpStatusError(res.status);
      heard();
      const parser = createSseParser((message) => {
        if (message.event === 'ready') {
          onReady();
          setStatus('live');
          for (const l of [...listeners]) l.onResync?.();
        } else if (message.event === 'resync') {
          for (const l of [...listeners]) l.onResync?.();
        } else if (message.event === 'application') {
          let event: ApplicationChangedEvent;
          try {
            event = JSON.parse(message.data) as ApplicationChangedEvent;
          } catch {
            return;
          }
          for (const l of [...listeners]) l.onEvent?.(event);
        }
      });
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      try {
        for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
          heard();
          parser.push(chunk.value);
        }
      } finally {
        reader.releaseLock();
      }
      if (controller.signal.aborted) throw new Error('the stream went silent or was stopped');
    } finally {
      clearTimeout(silence);
      if (current === controller) current = undefined;
    }
  }

  function stop() {
    current?.abort();
    wake?.();
  }

  function onVisibility() {
    if (!doc) return;
    clearTimeout(hiddenTimer);
    if (doc.hidden) {
      hiddenTimer = setTimeout(() => {
        paused = true;
        stop();
        setStatus('paused');
      }, hiddenMs);
    } else if (paused) {
      paused = false;
      if (wanted()) void run();
    }
  }
  doc?.addEventListener('visibilitychange', onVisibility);

  return {
    subscribe(listener) {
      listeners.add(listener);
      clearTimeout(lingerTimer);
      if (wanted()) void run();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          clearTimeout(lingerTimer);
          lingerTimer = setTimeout(() => {
            if (listeners.size === 0) stop();
          }, lingerMs);
        }
      };
    },
    get status() {
      return status;
    },
    close() {
      closed = true;
      clearTimeout(lingerTimer);
      clearTimeout(hiddenTimer);
      doc?.removeEventListener('visibilitychange', onVisibility);
      stop();
      listeners.clear();
    },
  };
}
