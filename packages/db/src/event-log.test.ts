import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApplication, createEmployer, createEstablishmentUnit } from './seed/index.ts';
import { createTestDatabase, type TestDatabase } from './testing.ts';

let t: TestDatabase;
let sql: pg.Client;
let applicationId: string;
let eventId: bigint;

beforeAll(async () => {
  t = await createTestDatabase();
  // The owner of the tables, as the application and the migrations connect: the refusal must not
  // depend on privileges a deployment might grant.
  sql = new pg.Client({ connectionString: t.databaseUrl });
  await sql.connect();
  const employer = await createEmployer(t.db);
  const unit = await createEstablishmentUnit(t.db, { employerId: employer.id, postalCode: '9000' });
  applicationId = (
    await createApplication(t.db, {
      employerId: employer.id,
      establishmentUnitId: unit.id,
      state: 'submitted',
    })
  ).id;
});
afterAll(async () => {
  await sql?.end();
  await t?.drop();
});

const submitted = () => ({
  applicationId,
  action: 'submit',
  fromState: 'draft' as const,
  toState: 'submitted' as const,
  actorId: 'seed-applicant',
  actorName: 'Test Applicant',
  actorRole: 'applicant',
  reason: 'filed online',
});

const history = () => t.db.applicationEvent.findMany({ where: { applicationId }, orderBy: { id: 'asc' } });

describe('the history (application_event) is append-only', () => {
  it('takes new events, one or many at a time', async () => {
    eventId = (await t.db.applicationEvent.create({ data: submitted() })).id;
    await t.db.applicationEvent.createMany({ data: [submitted(), submitted()] });
    await sql.query(
      `INSERT INTO application_event (application_id, action, to_state, actor_id, actor_name, actor_role)
       VALUES ($1, 'note', 'submitted', 'w', 'Wout', 'work_caseworker')`,
      [applicationId],
    );
    expect(await history()).toHaveLength(4);
  });

  it.each([
    ['UPDATE', `UPDATE application_event SET reason = 'rewritten' WHERE application_id = $1`],
    ['UPDATE', `UPDATE application_event SET application_id = application_id WHERE application_id = $1`],
    ['DELETE', `DELETE FROM application_event WHERE application_id = $1`],
  ])('refuses %s in SQL, saying why', async (operation, statement) => {
    const before = await history();
    await expect(sql.query(statement, [applicationId])).rejects.toMatchObject({
      code: '23001',
      message: `application_event is append-only: ${operation} refused (the history of a file is never changed or removed; record a new event instead)`,
    });
    expect(await history()).toEqual(before);
  });

  it('refuses TRUNCATE, also when it cascades from the applications', async () => {
    const before = await history();
    for (const statement of ['TRUNCATE application_event', 'TRUNCATE application CASCADE']) {
      await expect(sql.query(statement)).rejects.toThrow(
        'application_event is append-only: TRUNCATE refused',
      );
    }
    expect(await history()).toEqual(before);
  });

  it('refuses updates and deletes through the Prisma client', async () => {
    const before = await history();
    const refused = /application_event is append-only: (UPDATE|DELETE) refused/;
    await expect(
      t.db.applicationEvent.update({ where: { id: eventId }, data: { reason: 'rewritten' } }),
    ).rejects.toThrow(refused);
    await expect(
      t.db.applicationEvent.updateMany({ where: { applicationId }, data: { actorName: 'Someone Else' } }),
    ).rejects.toThrow(refused);
    await expect(t.db.applicationEvent.delete({ where: { id: eventId } })).rejects.toThrow(refused);
    await expect(t.db.applicationEvent.deleteMany({ where: { applicationId } })).rejects.toThrow(refused);
    expect(await history()).toEqual(before);
  });

  it('refuses the rewrite inside a transaction and rolls the whole transaction back', async () => {
    const before = await history();
    await expect(
      t.db.$transaction(async (tx) => {
        await tx.applicationEvent.create({ data: { ...submitted(), action: 'withdraw' } });
        await tx.applicationEvent.deleteMany({ where: { applicationId, action: 'submit' } });
      }),
    ).rejects.toThrow(/append-only: DELETE refused/);
    expect(await history()).toEqual(before);
  });

  it('leaves the other tables alone', async () => {
    await t.db.application.update({ where: { id: applicationId }, data: { version: { increment: 1 } } });
    expect((await t.db.application.findUniqueOrThrow({ where: { id: applicationId } })).version).toBe(2);
  });
});

describe('the record of reads (access_log) is append-only', () => {
  const reads = () => t.db.accessLog.findMany({ where: { applicationId }, orderBy: { id: 'asc' } });

  it('takes new entries', async () => {
    await t.db.accessLog.create({
      data: { actorId: 'w', actorRole: 'work_caseworker', action: 'open_application', applicationId },
    });
    await t.db.accessLog.createMany({
      data: [
        { actorId: 'r', actorRole: 'residence_officer', action: 'open_application', applicationId },
        { actorId: 'r', actorRole: 'residence_officer', action: 'download_document', applicationId },
      ],
    });
    expect(await reads()).toHaveLength(3);
  });

  it.each([
    ['UPDATE', `UPDATE access_log SET actor_id = 'someone else' WHERE application_id = $1`],
    ['DELETE', `DELETE FROM access_log WHERE application_id = $1`],
  ])('refuses %s, saying why', async (operation, statement) => {
    const before = await reads();
    await expect(sql.query(statement, [applicationId])).rejects.toMatchObject({
      code: '23001',
      message: `access_log is append-only: ${operation} refused (the record of who read what is never changed or removed)`,
    });
    expect(await reads()).toEqual(before);
  });

  it('refuses TRUNCATE and the Prisma client’s deletes', async () => {
    const before = await reads();
    await expect(sql.query('TRUNCATE access_log')).rejects.toThrow(
      'access_log is append-only: TRUNCATE refused',
    );
    await expect(t.db.accessLog.deleteMany({ where: { applicationId } })).rejects.toThrow(
      /access_log is append-only: DELETE refused/,
    );
    expect(await reads()).toEqual(before);
  });
});
