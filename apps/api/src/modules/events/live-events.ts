import { PassThrough, type Readable } from 'node:stream';
import type { Actor } from '@loket/auth';
import type { ApplicationChangedEvent, LiveEventName } from '@loket/contracts';
import {
  applicationEventsChannel,
  createDatabaseListener,
  type DatabaseListener,
  type Db,
  databaseUrlOf,
  type Prisma,
} from '@loket/db';
import type { FastifyBaseLogger } from 'fastify';
import { AppError } from '../../errors.ts';
import { applicationScope } from '../access/access.policy.ts';

export interface LiveEventsOptions {
  db: Db;
  log: FastifyBaseLogger;
  /** A comment line on every open stream this often, so proxies and clients know it is alive. */
  keepAliveMs?: number;
  /** Open streams one user may hold on this instance (tabs, windows); more are refused with 429. */
  maxStreamsPerUser?: number;
  /** Open streams on this instance. */
  maxStreams?: number;
  /** Notifications arriving within this window are checked together. */
  batchMs?: number;
  /** Bytes a slow client may leave unread before its stream is closed (it reconnects and refetches). */
  maxBufferedBytes?: number;
}

interface Stream {
  body: PassThrough;
  send(name: LiveEventName, data: object): void;
  end(): void;
}

interface ScopeGroup {
  where: Prisma.ApplicationWhereInput;
  streams: Set<Stream>;
}

/** How many visibility queries run at once; the rest of the pool serves requests. */
const queryConcurrency = 4;
/** Ids per visibility query. */
const idsPerQuery = 500;

/**
 * Live updates (docs/adr/0008-live-updates.md). One LISTEN connection per API instance hears every
 * new application_event (announced by a trigger when its transaction commits); each event goes to
 * the open streams whose user may see that application now, as `applicationScope` decides it in
 * the database. Streams with the same scope (all caseworkers of one region) share one query, and
 * events arriving together are checked together.
 */
export function createLiveEvents(options: LiveEventsOptions) {
  const { db, log } = options;
  const keepAliveMs = options.keepAliveMs ?? 15_000;
  const maxStreamsPerUser = options.maxStreamsPerUser ?? 20;
  const maxStreams = options.maxStreams ?? 5_000;
  const batchMs = options.batchMs ?? 10;
  const maxBufferedBytes = options.maxBufferedBytes ?? 256 * 1024;

  const groups = new Map<string, ScopeGroup>();
  const perUser = new Map<string, number>();
  let streamCount = 0;
  let pending: ApplicationChangedEvent[] = [];
  let batchTimer: NodeJS.Timeout | undefined;
  let delivering = false;
  let closed = false;

  const connectionString = databaseUrlOf(db);
  const listener: DatabaseListener | undefined = connectionString
    ? createDatabaseListener({
        connectionString,
        channel: applicationEventsChannel,
        applicationName: 'loket-api-events',
        log,
        onNotification: receive,
        // After a reconnection, whatever was announced meanwhile is lost: every client refetches.
        onListening: (reconnected) => {
          if (reconnected) for (const group of groups.values()) sendAll(group, 'resync', {});
        },
      })
    : undefined;

  const keepAlive = setInterval(() => {
    for (const group of groups.values())
      for (const stream of group.streams) write(stream, ': keep-alive\n\n');
  }, keepAliveMs);
  keepAlive.unref();

  function receive(payload: string) {
    let events: ApplicationChangedEvent[];
    try {
      events = (JSON.parse(payload) as ApplicationChangedEvent[]).map((e) => ({
        applicationId: e.applicationId,
        version: e.version,
        state: e.state,
        action: e.action,
        at: new Date(e.at).toISOString(),
      }));
    } catch {
      log.warn('live events: an unreadable notification was ignored');
      return;
    }
    if (groups.size === 0) return;
    pending.push(...events);
    schedule();
  }

  function schedule() {
    if (batchTimer || delivering || closed) return;
    batchTimer = setTimeout(() => void deliver(), batchMs);
  }

  async function deliver() {
    batchTimer = undefined;
    delivering = true;
    try {
      while (pending.length > 0 && !closed) {
        const batch = pending;
        pending = [];
        const ids = [...new Set(batch.map((e) => e.applicationId))];
        await forEachLimited([...groups.values()], queryConcurrency, async (group) => {
          if (group.streams.size === 0) return;
          let visible: Set<string>;
          try {
            visible = await visibleIds(group.where, ids);
          } catch (error) {
            // Better a refetch too many than a change never shown.
            log.warn({ code: (error as { code?: string }).code }, 'live events: visibility check failed');
            sendAll(group, 'resync', {});
            return;
          }
          for (const event of batch)
            if (visible.has(event.applicationId)) sendAll(group, 'application', event);
        });
      }
    } finally {
      delivering = false;
      if (pending.length > 0) schedule();
    }
  }

  async function visibleIds(where: Prisma.ApplicationWhereInput, ids: string[]): Promise<Set<string>> {
    const visible = new Set<string>();
    for (let i = 0; i < ids.length; i += idsPerQuery) {
      const rows = await db.application.findMany({
        where: { AND: [{ id: { in: ids.slice(i, i + idsPerQuery) } }, where] },
        select: { id: true },
      });
      for (const row of rows) visible.add(row.id);
    }
    return visible;
  }

  function sendAll(group: ScopeGroup, name: LiveEventName, data: object) {
    for (const stream of group.streams) stream.send(name, data);
  }

  function write(stream: Stream, text: string) {
    if (stream.body.writableLength > maxBufferedBytes) {
      log.info('live events: a stream was closed because its client does not read');
      stream.end();
      return;
    }
    stream.body.write(text);
  }

  return {
    /** Starts listening; resolves once listening or once the first attempt failed (it keeps trying). */
    async start() {
      if (!listener) {
        log.warn('live events: the database client has no URL to listen with; no live updates');
        return;
      }
      await listener.start();
    },

    /**
     * Opens a stream for `actor`, ending on its own when `endsAt` passes (the access token's
     * expiry). Throws 429 past the limits. `close` ends it (call it when the client goes away).
     */
    open(actor: Actor, endsAt: Date | undefined): { body: Readable; close: () => void } {
      if (closed) throw new AppError('internal', 'The server is shutting down.');
      const mine = perUser.get(actor.id) ?? 0;
      if (mine >= maxStreamsPerUser || streamCount >= maxStreams) {
        throw new AppError(
          'rate_limited',
          mine >= maxStreamsPerUser
            ? `You have ${mine} live connections open already (in other tabs or windows); close one and try again.`
            : 'The server has too many live connections right now; try again in a minute.',
        );
      }
      const where = applicationScope(actor);
      const key = JSON.stringify(where);
      let group = groups.get(key);
      if (!group) {
        group = { where, streams: new Set() };
        groups.set(key, group);
      }
      const body = new PassThrough();
      let ended = false;
      let expiry: NodeJS.Timeout | undefined;
      const stream: Stream = {
        body,
        send: (name, data) => write(stream, `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`),
        end: () => {
          if (ended) return;
          ended = true;
          clearTimeout(expiry);
          const g = groups.get(key);
          g?.streams.delete(stream);
          if (g && g.streams.size === 0) groups.delete(key);
          streamCount -= 1;
          const left = (perUser.get(actor.id) ?? 1) - 1;
          if (left > 0) perUser.set(actor.id, left);
          else perUser.delete(actor.id);
          body.end();
        },
      };
      group.streams.add(stream);
      streamCount += 1;
      perUser.set(actor.id, mine + 1);
      if (endsAt) {
        const ms = Math.min(Math.max(endsAt.getTime() - Date.now(), 1000), 2 ** 31 - 1);
        expiry = setTimeout(stream.end, ms);
        expiry.unref();
      }
      // `retry`: how long an EventSource-style client waits before reconnecting.
      body.write('retry: 3000\n\n');
      stream.send('ready', {});
      return { body, close: stream.end };
    },

    /** Open streams, for tests and operations. */
    get streams() {
      return streamCount;
    },
    get listening() {
      return listener?.listening ?? false;
    },

    /** Ends every stream (clients reconnect, to another instance) and stops listening. */
    async close() {
      closed = true;
      clearInterval(keepAlive);
      clearTimeout(batchTimer);
      for (const group of [...groups.values()]) for (const stream of [...group.streams]) stream.end();
      await listener?.close();
    },
  };
}

export type LiveEvents = ReturnType<typeof createLiveEvents>;

async function forEachLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>) {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await fn(items[next++] as T);
  });
  await Promise.all(workers);
}
