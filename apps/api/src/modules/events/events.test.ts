import type { ClientRequest, IncomingMessage } from 'node:http';
import { request } from 'node:http';
import type { ApplicationChangedEvent } from '@loket/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoUser, Harness } from '../../testing/harness.ts';
import { useHarness } from '../../testing/use-harness.ts';
import { createLiveEvents } from './live-events.ts';

interface Received {
  name: string;
  data: unknown;
  /** Date.now() when the event was parsed on the client. */
  receivedAt: number;
}

/**
 * GET over a connection of its own (node:http, no pool): a test that hangs up really closes it,
 * where fetch's pool may keep a spare connection open that would hold up the API's close.
 */
function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ res: IncomingMessage; req: ClientRequest }>((resolve, reject) => {
    const req = request(url, { agent: false, headers }, (res) => resolve({ res, req }));
    req.on('error', reject);
    req.end();
  });
}

async function body(res: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of res) text += chunk;
  return text;
}

/** A client of GET /v1/events over real HTTP: collects what arrives, parsed as Server-Sent Events. */
async function subscribe(h: Harness, base: string, user: DemoUser) {
  const { res, req } = await get(`${base}/v1/events`, await h.as(user));
  const received: Received[] = [];
  let ended = false;
  let buffer = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => {
    buffer += chunk;
    for (let cut = buffer.indexOf('\n\n'); cut >= 0; cut = buffer.indexOf('\n\n')) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      let name = 'message';
      let data = '';
      for (const line of block.split('\n')) {
        if (line.startsWith('event: ')) name = line.slice(7);
        else if (line.startsWith('data: ')) data += line.slice(6);
      }
      if (data) received.push({ name, data: JSON.parse(data), receivedAt: Date.now() });
    }
  });
  res.on('close', () => {
    ended = true;
  });

  const changes = () =>
    received
      .filter((r) => r.name === 'application')
      .map((r) => ({ ...(r.data as ApplicationChangedEvent), receivedAt: r.receivedAt }));
  async function waitFor<T>(what: () => T | undefined, ms = 3000): Promise<T> {
    for (const started = Date.now(); Date.now() - started < ms; ) {
      const value = what();
      if (value !== undefined && value !== false) return value;
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error(`not within ${ms} ms; received: ${JSON.stringify(received)}`);
  }
  const stream = {
    res,
    received,
    changes,
    waitFor,
    get ended() {
      return ended;
    },
    /** The first change to `applicationId` with `action`, once it arrives. */
    change: (applicationId: string, action: string, ms?: number) =>
      waitFor(() => changes().find((c) => c.applicationId === applicationId && c.action === action), ms),
    close: async () => {
      req.destroy();
      await waitFor(() => ended);
    },
  };
  if (res.statusCode === 200) await waitFor(() => received.some((r) => r.name === 'ready'));
  return stream;
}

type Stream = Awaited<ReturnType<typeof subscribe>>;

describe('GET /v1/events', () => {
  const { h, steps } = useHarness();
  let base: string;
  const open: Stream[] = [];
  const as = async (user: DemoUser) => {
    const s = await subscribe(h, base, user);
    open.push(s);
    return s;
  };

  beforeAll(async () => {
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    const address = h.app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await Promise.all(open.map((s) => s.close()));
  });

  it('is an event stream for signed-in users only', async () => {
    const anonymous = await get(`${base}/v1/events`);
    expect(anonymous.res.statusCode).toBe(401);
    await body(anonymous.res);
    const wout = await as('wout');
    expect(wout.res.statusCode).toBe(200);
    expect(wout.res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(wout.res.headers['cache-control']).toContain('no-cache');
  });

  it('tells the work caseworker within a second when the applicant or the residence officer changes a file of theirs', async () => {
    const wout = await as('wout');
    // Within a second of the change being made: of the API's answer, which comes after the commit
    // (the event often arrives first).
    const within = async (applicationId: string, action: string, answeredAt: number) => {
      const event = await wout.change(applicationId, action, 1000);
      expect(event.receivedAt - answeredAt).toBeLessThan(1000);
      return event;
    };

    const submitted = await steps.submitted('anna', '2000');
    const submit = await within(submitted.id, 'submit', Date.now());
    expect(submit).toMatchObject({ state: 'submitted', version: submitted.version });
    expect(Object.keys(submit).sort()).toEqual([
      'action',
      'applicationId',
      'at',
      'receivedAt',
      'state',
      'version',
    ]);

    // The applicant adds a document after submission.
    const uploaded = await steps.upload('anna', submitted.id, 'cv');
    expect(uploaded.statusCode).toBe(201);
    await within(submitted.id, 'upload_document', Date.now());

    // The residence officer grants the residence part of a Flemish file.
    const granted = await steps.workGranted('anna');
    await wout.change(granted.id, 'grant_work_part');
    await steps.call('rita', 'POST', `/v1/applications/${granted.id}/residence-decision`, {
      outcome: 'granted',
      motivation: 'Conditions met.',
    });
    const residence = await within(granted.id, 'grant_residence_part', Date.now());
    expect(residence).toMatchObject({ state: 'permit_granted' });
  });

  it("sends nothing about drafts, another region's files, or files the residence service may not see yet", async () => {
    const wout = await as('wout');
    const bruno = await as('bruno');
    const rita = await as('rita');

    const draft = await steps.draft('anna', '9000');
    await steps.uploadChecklist('anna', draft);
    const brussels = await steps.submitted('bart', '1000');
    // The marker: after it, everything before it has been delivered (one stream is in order).
    const marker = await steps.admissible('anna', 'wout', '2000');

    await wout.change(marker.id, 'declare_admissible');
    await rita.change(marker.id, 'declare_admissible');
    await bruno.change(brussels.id, 'submit');
    await new Promise((r) => setTimeout(r, 100)); // the other scopes' checks of the same batch
    expect(wout.changes().filter((c) => c.applicationId === draft.id)).toEqual([]);
    expect(wout.changes().filter((c) => c.applicationId === brussels.id)).toEqual([]);
    expect(bruno.changes().filter((c) => c.applicationId === marker.id)).toEqual([]);
    // The residence service sees a file from admissibility on (then its whole history, so a change
    // checked after that moment may reach it), never one that is only submitted or a draft.
    expect(rita.changes().filter((c) => c.applicationId === draft.id)).toEqual([]);
    expect(rita.changes().filter((c) => c.applicationId === brussels.id)).toEqual([]);
  });

  it('keeps streaming after its LISTEN connection is killed: says resync, then events resume', async () => {
    const wout = await as('wout');
    const killed = await h.db.$queryRawUnsafe<{ pg_terminate_backend: boolean }[]>(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'loket-api-events' AND datname = current_database()`,
    );
    expect(killed).toEqual([{ pg_terminate_backend: true }]);
    await wout.waitFor(() => wout.received.some((r) => r.name === 'resync'), 5000);
    const submitted = await steps.submitted('anna', '2000');
    await wout.change(submitted.id, 'submit', 1000);
    expect(wout.ended).toBe(false);
  });

  it('limits the streams one user may hold open', async () => {
    const streams = [];
    for (let i = 0; i < 20; i++) streams.push(await as('ada'));
    const sixth = await get(`${base}/v1/events`, await h.as('ada'));
    expect(sixth.res.statusCode).toBe(429);
    expect((JSON.parse(await body(sixth.res)) as { code: string }).code).toBe('rate_limited');
    await streams[0]?.close();
    await new Promise((r) => setTimeout(r, 50));
    const again = await as('ada');
    expect(again.res.statusCode).toBe(200);
  });
});

describe('live streams', () => {
  const { h } = useHarness();

  it('carry a keep-alive comment at the set interval and end when the events close', async () => {
    const live = createLiveEvents({ db: h.db, log: h.app.log, keepAliveMs: 20 });
    const { body: stream } = live.open(
      {
        id: 'u1',
        name: 'U',
        roles: ['work_caseworker'],
        employers: [],
        authority: { kind: 'work', region: 'flanders' },
      },
      undefined,
    );
    let text = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      text += chunk;
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(text.startsWith('retry: 3000\n\nevent: ready\ndata: {}\n\n')).toBe(true);
    expect(text.split(': keep-alive\n\n').length - 1).toBeGreaterThanOrEqual(2);
    expect(live.streams).toBe(1);
    const ended = new Promise((resolve) => stream.once('end', resolve));
    await live.close();
    await ended;
    expect(live.streams).toBe(0);
  });
});

describe('GET /v1/events ends', () => {
  const { h } = useHarness({ accessTokenTtlSeconds: 2, clockToleranceSeconds: 0 });
  let base: string;
  beforeAll(async () => {
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    const address = h.app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  it('when the access token expires, and cleanly when the API closes', async () => {
    const expiring = await subscribe(h, base, 'wout');
    await expiring.waitFor(() => expiring.ended, 5000);

    const fresh = await subscribe(h, base, 'rita');
    expect(fresh.res.statusCode).toBe(200);
    const closing = h.app.close();
    await fresh.waitFor(() => fresh.ended, 5000);
    await closing;
  });
});
