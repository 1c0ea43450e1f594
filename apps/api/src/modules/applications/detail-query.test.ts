import type { Actor } from '@loket/auth';
import type { Db } from '@loket/db';
import { createApplication, createDocument, createEmployer, createEstablishmentUnit } from '@loket/db/seed';
import { createTestDatabase, type TestDatabase } from '@loket/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationScope, documentScope } from '../access/access.policy.ts';
import { detailInclude } from './applications.mapper.ts';
import { loadDetail } from './detail-query.ts';

/** The case view's one statement reads what Prisma's include tree and documents query read. */
let t: TestDatabase;
let db: Db;
let full: string;
let bare: string;
const day = 86_400_000;
const wout: Actor = {
  id: 'wout',
  name: 'Wout',
  roles: ['work_caseworker'],
  employers: [],
  authority: { kind: 'work', region: 'flanders' },
};
const rita: Actor = {
  id: 'rita',
  name: 'Rita',
  roles: ['residence_officer'],
  employers: [],
  authority: { kind: 'residence' },
};
const bruno: Actor = { ...wout, id: 'bruno', authority: { kind: 'work', region: 'brussels' } };

beforeAll(async () => {
  t = await createTestDatabase();
  db = t.db;
  const employer = await createEmployer(db);
  const unit = await createEstablishmentUnit(db, { employerId: employer.id, postalCode: '2000' });
  const app = await createApplication(db, {
    employerId: employer.id,
    establishmentUnitId: unit.id,
    state: 'residence_review',
    deadlineExtensionDays: 30,
    deadlineExtendedAt: new Date(Date.now() - 3 * day),
    workAssigneeId: null,
    contactEmail: 'anna@example.com',
  });
  full = app.id;
  for (const [i, documentTypes] of [[['diploma', 'cv']], [['passport']]].entries()) {
    await db.supplementRequest.create({
      data: {
        applicationId: app.id,
        requestedBy: 'wout',
        part: 'work',
        documentTypes: documentTypes[0] as ('diploma' | 'cv' | 'passport')[],
        questions: ['Where?', 'When?'],
        message: `Request ${i}`,
        dueDate: new Date(`2026-0${i + 3}-15T00:00:00Z`),
        status: i === 0 ? 'answered' : 'open',
        answerMessage: i === 0 ? 'Here.' : null,
        answers: i === 0 ? ['Ghent', 'May'] : [],
        answeredBy: i === 0 ? 'anna' : null,
        answeredAt: i === 0 ? new Date(Date.now() - 10 * day) : null,
        createdAt: new Date(Date.now() - (20 - i) * day),
      },
    });
  }
  await db.decision.create({
    data: {
      applicationId: app.id,
      part: 'work',
      outcome: 'granted',
      grounds: [],
      motivation: 'All conditions met.',
      decidedBy: 'wout',
      decidedAt: new Date(Date.now() - 2 * day),
    },
  });
  await createDocument(db, { applicationId: app.id, type: 'passport', versions: 2 });
  await createDocument(db, { applicationId: app.id, type: 'medical_certificate' });
  const note = await createDocument(db, { applicationId: app.id, type: 'note' });
  await db.document.update({ where: { id: note.id }, data: { audience: 'work', visibleToApplicant: false } });
  // A submitted file without place, requests, decisions or documents.
  bare = (await createApplication(db, { employerId: employer.id, state: 'submitted', region: 'flanders' }))
    .id;
});

afterAll(() => t?.drop());

async function viaPrisma(actor: Actor, id: string) {
  const row = await db.application.findFirst({
    where: { AND: [{ id }, applicationScope(actor)] },
    include: detailInclude,
  });
  const documents = await db.document.findMany({
    where: { AND: [{ applicationId: id }, documentScope(actor)] },
    include: { versions: { orderBy: { number: 'asc' } } },
    orderBy: { createdAt: 'asc' },
  });
  return row ? { row, documents } : null;
}

const byVersionNumber = (loaded: Awaited<ReturnType<typeof loadDetail>>) =>
  loaded && {
    ...loaded,
    documents: loaded.documents.map((d) => ({
      ...d,
      versions: d.versions.sort((a, b) => a.number - b.number),
    })),
  };

describe('loadDetail', () => {
  it.each([
    ['a file with everything, for the region', wout, () => full],
    ['a file with everything, for the residence service', rita, () => full],
    ['a bare file', wout, () => bare],
  ])('reads what Prisma reads: %s', async (_what, actor, id) => {
    const expected = await viaPrisma(actor, id());
    expect(expected).not.toBeNull();
    expect(byVersionNumber(await loadDetail(db, actor, id()))).toEqual(expected);
  });

  it('reads a full file in full (the comparison is not between two empty reads)', async () => {
    const loaded = await loadDetail(db, wout, full);
    expect(loaded?.row.supplementRequests).toHaveLength(2);
    expect(loaded?.row.decisions).toHaveLength(1);
    expect(loaded?.row.establishmentUnit?.postalCode).toBe('2000');
    expect(loaded?.documents.map((d) => d.type)).toEqual(['passport', 'note']);
    expect(loaded?.documents[0]?.versions[0]?.sizeBytes).toBeTypeOf('bigint');
    expect(loaded?.row.workerBirthDate).toBeInstanceOf(Date);
  });

  it('logs the read when the file is found, and finds nothing (and logs nothing) outside the scope', async () => {
    const reads = (actorId: string) =>
      db.accessLog.count({ where: { actorId, applicationId: full, action: 'read_application' } });
    await loadDetail(db, wout, full);
    expect(await reads('wout')).toBeGreaterThan(0);
    expect(await loadDetail(db, bruno, full)).toBeNull();
    expect(await reads('bruno')).toBe(0);
    const row = await db.accessLog.findFirst({ where: { actorId: 'wout' } });
    expect(row?.actorRole).toBe('work_caseworker');
  });
});
