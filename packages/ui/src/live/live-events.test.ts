import type { ApplicationChangedEvent } from '@loket/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { createLiveEvents, type LiveEvents, type LiveStatus } from './live-events.ts';

/** A stand-in for GET /v1/events: each call opens a stream the test writes to and ends. */
function fakeServer() {
  const calls: { headers: Headers; push(text: string): void; end(): void; aborted: () => boolean }[] = [];
  const statuses: number[] = [];
  const fetch = async (_input: RequestInfo | URL, init?: RequestInit) => {
    const status = statuses.shift() ?? 200;
    if (status !== 200) return new Response('{}', { status });
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        controller = c;
      },
    });
    const encoder = new TextEncoder();
    const signal = init?.signal;
    signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
    calls.push({
      headers: new Headers(init?.headers),
      push: (text) => controller.enqueue(encoder.encode(text)),
      end: () => controller.close(),
      aborted: () => signal?.aborted ?? false,
    });
    return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
  };
  return { calls, statuses, fetch: fetch as typeof globalThis.fetch };
}

const change: ApplicationChangedEvent = {
  applicationId: '00000000-0000-4000-8000-000000000001',
  version: 2,
  state: 'submitted',
  action: 'submit',
  at: '2026-11-28T17:00:00.000Z',
};
const frame = (event: string, data: object) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

async function until(what: () => boolean, ms = 2000) {
  for (const started = Date.now(); Date.now() - started < ms; ) {
    if (what()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`not within ${ms} ms`);
}

let live: LiveEvents | undefined;
afterEach(() => live?.close());

function listen(l: LiveEvents) {
  const seen = { events: [] as ApplicationChangedEvent[], resyncs: 0, statuses: [] as LiveStatus[] };
  const stop = l.subscribe({
    onEvent: (e) => seen.events.push(e),
    onResync: () => {
      seen.resyncs += 1;
    },
    onStatus: (s) => seen.statuses.push(s),
  });
  return { seen, stop };
}

describe('the live event stream client', () => {
  it('sends the bearer token, goes live on ready (asking to refetch) and passes changes on', async () => {
    const server = fakeServer();
    live = createLiveEvents({ baseUrl: 'http://api', getToken: async () => 't0k3n', fetch: server.fetch });
    const { seen } = listen(live);
    await until(() => server.calls.length === 1);
    expect(server.calls[0]?.headers.get('authorization')).toBe('Bearer t0k3n');
    expect(server.calls[0]?.headers.get('accept')).toBe('text/event-stream');
    server.calls[0]?.push(`retry: 3000\n\n${frame('ready', {})}: keep-alive\n\n`);
    await until(() => live?.status === 'live');
    expect(seen.resyncs).toBe(1);
    server.calls[0]?.push(frame('application', change));
    server.calls[0]?.push(frame('resync', {}));
    await until(() => seen.events.length === 1 && seen.resyncs === 2);
    expect(seen.events).toEqual([change]);
  });

  it('reopens after the server ends the stream (token expiry) and after failures, with a fresh token each time', async () => {
    const server = fakeServer();
    let tokens = 0;
    live = createLiveEvents({
      baseUrl: 'http://api',
      getToken: async () => `token-${++tokens}`,
      fetch: server.fetch,
      initialDelayMs: 10,
    });
    const { seen } = listen(live);
    await until(() => server.calls.length === 1);
    server.calls[0]?.push(frame('ready', {}));
    await until(() => live?.status === 'live');
    server.statuses.push(503, 401);
    server.calls[0]?.end();
    await until(() => server.calls.length === 2, 4000);
    expect(seen.statuses).toContain('offline');
    expect(server.calls[1]?.headers.get('authorization')).toBe('Bearer token-4');
    server.calls[1]?.push(frame('ready', {}));
    await until(() => live?.status === 'live');
    expect(seen.resyncs).toBe(2);
  });

  it('shares one stream between listeners and closes it a while after the last one left', async () => {
    const server = fakeServer();
    live = createLiveEvents({
      baseUrl: 'http://api',
      getToken: async () => 't',
      fetch: server.fetch,
      lingerMs: 30,
    });
    const a = listen(live);
    const b = listen(live);
    await until(() => server.calls.length === 1);
    server.calls[0]?.push(frame('ready', {}));
    server.calls[0]?.push(frame('application', change));
    await until(() => a.seen.events.length === 1 && b.seen.events.length === 1);
    a.stop();
    b.stop();
    const c = listen(live); // a new page within the linger time reuses the stream, without a refetch
    await new Promise((r) => setTimeout(r, 60));
    expect(server.calls).toHaveLength(1);
    expect(c.seen.resyncs).toBe(0);
    c.stop();
    await until(() => server.calls[0]?.aborted() === true);
  });

  it('closes while the tab is hidden and reopens when it is shown, asking to refetch', async () => {
    const server = fakeServer();
    const listeners = new Set<() => void>();
    const doc = {
      hidden: false,
      addEventListener: (_: string, fn: () => void) => listeners.add(fn),
      removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
    } as unknown as Pick<Document, 'hidden' | 'addEventListener' | 'removeEventListener'>;
    const setHidden = (hidden: boolean) => {
      (doc as { hidden: boolean }).hidden = hidden;
      for (const fn of listeners) fn();
    };
    live = createLiveEvents({
      baseUrl: 'http://api',
      getToken: async () => 't',
      fetch: server.fetch,
      document: doc,
      hiddenMs: 20,
    });
    const { seen } = listen(live);
    await until(() => server.calls.length === 1);
    server.calls[0]?.push(frame('ready', {}));
    await until(() => live?.status === 'live');
    setHidden(true);
    await until(() => live?.status === 'paused');
    expect(server.calls[0]?.aborted()).toBe(true);
    setHidden(false);
    await until(() => server.calls.length === 2);
    server.calls[1]?.push(frame('ready', {}));
    await until(() => seen.resyncs === 2);
  });
});
