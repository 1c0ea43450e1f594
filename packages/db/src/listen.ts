import pg from 'pg';

/**
 * The channel on which the database announces every new application_event (the trigger of
 * migration 20261128172500_application_event_notify). Its payload is a JSON array of
 * `{ applicationId, version, state, action, at }`.
 */
export const applicationEventsChannel = 'loket_application_events';

/** What the listener reports about itself: counts and codes, never a connection string or payload. */
export interface ListenerLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface DatabaseListenerOptions {
  connectionString: string;
  channel: string;
  onNotification: (payload: string) => void;
  /**
   * Called each time LISTEN is in place, `reconnected` true after a lost connection: whatever was
   * announced meanwhile was missed, and whoever relies on the announcements should catch up.
   */
  onListening?: (reconnected: boolean) => void;
  log?: ListenerLog;
  /** Delay before the first reconnection attempt, doubled on each failure up to `maxDelayMs`. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** How often the idle connection is probed, so a silently dead one is noticed. */
  probeIntervalMs?: number;
  /** Shown in pg_stat_activity, so an operator (or a test) can find this connection. */
  applicationName?: string;
}

export interface DatabaseListener {
  /** Connects and listens; resolves once listening or once the first attempt failed (it keeps trying). */
  start(): Promise<void>;
  /** Stops listening and reconnecting. */
  close(): Promise<void>;
  readonly listening: boolean;
}

const silent: ListenerLog = { info: () => undefined, warn: () => undefined };

/**
 * One dedicated connection that LISTENs on a channel (a pooled connection cannot: LISTEN belongs
 * to the session). If the connection drops it reconnects with exponential backoff and jitter, and
 * says so through `onListening(true)`.
 */
export function createDatabaseListener(options: DatabaseListenerOptions): DatabaseListener {
  const log = options.log ?? silent;
  const initialDelay = options.initialDelayMs ?? 250;
  const maxDelay = options.maxDelayMs ?? 10_000;
  const probeInterval = options.probeIntervalMs ?? 30_000;
  let client: pg.Client | undefined;
  let closed = false;
  let listening = false;
  let everListened = false;
  let failures = 0;
  let retryTimer: NodeJS.Timeout | undefined;
  let probeTimer: NodeJS.Timeout | undefined;

  function drop(current: pg.Client, reason: string, code?: string) {
    if (client !== current) return; // already handled (error and end both fire)
    client = undefined;
    listening = false;
    clearInterval(probeTimer);
    current.removeAllListeners('notification');
    current.on('error', () => undefined); // late errors of a dropped connection are expected
    void current.end().catch(() => undefined);
    if (closed) return;
    const delay = Math.min(maxDelay, initialDelay * 2 ** failures) * (0.5 + Math.random() / 2);
    failures += 1;
    log.warn(
      { reason, ...(code ? { code } : {}), retryInMs: Math.round(delay) },
      'database listener lost its connection',
    );
    retryTimer = setTimeout(() => void connect(), delay);
  }

  async function connect(): Promise<void> {
    if (closed) return;
    const current = new pg.Client({
      connectionString: options.connectionString,
      application_name: options.applicationName ?? 'loket-listener',
      keepAlive: true,
      query_timeout: 10_000,
    });
    client = current;
    current.on('error', (error) => drop(current, 'error', (error as { code?: string }).code));
    current.on('end', () => drop(current, 'ended'));
    current.on('notification', (message) => {
      if (message.channel === options.channel && message.payload) options.onNotification(message.payload);
    });
    try {
      await current.connect();
      await current.query(`LISTEN ${pg.escapeIdentifier(options.channel)}`);
    } catch (error) {
      drop(current, 'connect failed', (error as { code?: string }).code);
      return;
    }
    if (client !== current) return;
    if (closed) {
      await current.end().catch(() => undefined);
      return;
    }
    listening = true;
    failures = 0;
    const reconnected = everListened;
    everListened = true;
    log.info({ channel: options.channel, reconnected }, 'database listener listening');
    probeTimer = setInterval(() => {
      current.query('SELECT 1').catch((error: unknown) => {
        drop(current, 'probe failed', (error as { code?: string }).code);
      });
    }, probeInterval);
    probeTimer.unref();
    options.onListening?.(reconnected);
  }

  return {
    start: () => connect(),
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      clearInterval(probeTimer);
      const current = client;
      client = undefined;
      listening = false;
      if (current) {
        current.removeAllListeners('notification');
        current.on('error', () => undefined);
        await current.end().catch(() => undefined);
      }
    },
    get listening() {
      return listening;
    },
  };
}
