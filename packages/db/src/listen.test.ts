import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationEventsChannel, createDatabaseListener, type DatabaseListener } from './listen.ts';
import { createApplication, createEmployer, createEstablishmentUnit } from './seed/index.ts';
import { createTestDatabase, type TestDatabase } from './testing.ts';

interface Announced {
  applicationId: string;
  version: number;
  state: string;
  action: string;
  at: string;
}

let t: TestDatabase;
let listener: DatabaseListener;
const received: Announced[][] = [];
const listening: boolean[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  listener = createDatabaseListener({
    connectionString: t.databaseUrl,
    channel: applicationEventsChannel,
    applicationName: 'loket-listen-test',
    initialDelayMs: 20,
    onNotification: (payload) => received.push(JSON.parse(payload) as Announced[]),
    onListening: (reconnected) => listening.push(reconnected),
  });
  await listener.start();
});
afterAll(async () => {
  await listener?.close();
  await t?.drop();
});

async function application() {
  const employer = await createEmployer(t.db);
  const unit = await createEstablishmentUnit(t.db, { employerId: employer.id, postalCode: '9000' });
  return createApplication(t.db, {
    employerId: employer.id,
    establishmentUnitId: unit.id,
    state: 'submitted',
  });
}

const event = (applicationId: string, action = 'submit') => ({
  applicationId,
  action,
  fromState: 'draft' as const,
  toState: 'submitted' as const,
  actorId: 'someone',
  actorName: 'Some One',
  actorRole: 'applicant',
});

async function until<T>(what: () => T | undefined, ms = 3000): Promise<T> {
  for (const started = Date.now(); Date.now() - started < ms; ) {
    const value = what();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`nothing within ${ms} ms`);
}

const eventsFor = (id: string) => received.flat().filter((e) => e.applicationId === id);

describe('the application_event trigger', () => {
  it('announces a committed event with ids, codes and time only, and the version the application has', async () => {
    const app = await application();
    await t.db.application.update({ where: { id: app.id }, data: { version: 7 } });
    await t.db.applicationEvent.create({ data: event(app.id) });
    const [announced] = await until(() => (eventsFor(app.id).length ? eventsFor(app.id) : undefined));
    expect(announced).toEqual({
      applicationId: app.id,
      version: 7,
      state: 'submitted',
      action: 'submit',
      at: expect.any(String),
    });
    expect(Number.isNaN(Date.parse(announced?.at ?? ''))).toBe(false);
    expect(JSON.stringify(announced)).not.toContain('Some One');
  });

  it('announces nothing for a rolled-back transaction, nor when a bulk load switches it off', async () => {
    const app = await application();
    await t.db
      .$transaction(async (tx) => {
        await tx.applicationEvent.create({ data: event(app.id, 'rolled_back') });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await t.db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL loket.notify_events = 'off'`);
      await tx.applicationEvent.create({ data: event(app.id, 'bulk') });
    });
    await t.db.applicationEvent.create({ data: event(app.id, 'marker') });
    await until(() => (eventsFor(app.id).length ? true : undefined));
    expect(eventsFor(app.id).map((e) => e.action)).toEqual(['marker']);
  });

  it('splits a many-row insert into payloads NOTIFY accepts, in order', async () => {
    const app = await application();
    await t.db.applicationEvent.createMany({
      data: Array.from({ length: 100 }, (_, i) => event(app.id, `bulk_${i}`)),
    });
    await until(() => (eventsFor(app.id).length === 100 ? true : undefined));
    expect(eventsFor(app.id).map((e) => e.action)).toEqual(
      Array.from({ length: 100 }, (_, i) => `bulk_${i}`),
    );
    expect(received.filter((batch) => batch.some((e) => e.applicationId === app.id))).toHaveLength(3);
  });
});

describe('the listener', () => {
  it('reconnects after its connection is terminated and hears events again', async () => {
    const admin = new pg.Client({ connectionString: t.databaseUrl });
    await admin.connect();
    try {
      const before = listening.length;
      const killed = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE application_name = 'loket-listen-test' AND datname = current_database()`,
      );
      expect(killed.rowCount).toBe(1);
      await until(() => (listening.length > before ? true : undefined));
      expect(listening.at(-1)).toBe(true);
      const app = await application();
      await t.db.applicationEvent.create({ data: event(app.id, 'after_reconnect') });
      await until(() => (eventsFor(app.id).length ? true : undefined));
    } finally {
      await admin.end();
    }
  });
});
