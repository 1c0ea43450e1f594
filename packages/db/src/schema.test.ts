import {
  applicationStates,
  audiences,
  authorityKinds,
  categories,
  decisionOutcomes,
  documentTypes,
  provinces,
  regions,
  sexes,
  workerSituations,
} from '@loket/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $Enums, Prisma } from './index.ts';
import {
  createApplication,
  createDecision,
  createDocument,
  createEmployer,
  createEstablishmentUnit,
  createSupplementRequest,
} from './seed/index.ts';
import { createTestDatabase, type TestDatabase } from './testing.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.drop());

async function fixture() {
  const employer = await createEmployer(t.db);
  const unit = await createEstablishmentUnit(t.db, { employerId: employer.id, postalCode: '9000' });
  const application = await createApplication(t.db, {
    employerId: employer.id,
    establishmentUnitId: unit.id,
    state: 'work_review',
  });
  return { employer, unit, application };
}

describe('the migrated schema', () => {
  it('has every table, each queryable through its model', async () => {
    const { application } = await fixture();
    await createDocument(t.db, { applicationId: application.id });
    await createSupplementRequest(t.db, { applicationId: application.id });
    await createDecision(t.db, { applicationId: application.id });
    await t.db.applicationEvent.create({
      data: {
        applicationId: application.id,
        action: 'submit',
        fromState: 'draft',
        toState: 'submitted',
        actorId: 'seed-applicant',
        actorName: 'Test Applicant',
        actorRole: 'applicant',
        details: { channel: 'web' },
      },
    });
    await t.db.accessLog.create({
      data: {
        actorId: 'seed-caseworker',
        actorRole: 'work_caseworker',
        action: 'open_file',
        applicationId: application.id,
      },
    });

    await t.db.uploadSession.create({
      data: {
        applicationId: application.id,
        documentType: 'passport',
        createdBy: 'seed-applicant',
        sizeBytes: BigInt(10 * 1024 * 1024),
        versionId: '00000000-0000-4000-8000-00000000abcd',
        objectKey: `applications/${application.id}/documents/00000000-0000-4000-8000-00000000abcd`,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });

    await t.db.member.create({
      data: { id: 'seed-caseworker', name: 'Seed Caseworker', authority: 'work', region: 'flanders' },
    });
    await t.db.application.update({
      where: { id: application.id },
      data: { workAssigneeId: 'seed-caseworker', decisionDeadline: new Date() },
    });
    await t.db.savedView.create({
      data: { ownerId: 'seed-caseworker', name: 'Overdue in Antwerp', query: { worklist: 'overdue' } },
    });

    await t.db.caseNote.create({
      data: {
        applicationId: application.id,
        part: 'work',
        authorId: 'seed-caseworker',
        authorName: 'Seed Caseworker',
        text: 'Check the diploma.',
      },
    });
    await t.db.mailOutbox.create({
      data: {
        dedupeKey: `submission_received:${application.id}`,
        kind: 'submission_received',
        applicationId: application.id,
        recipient: 'applicant@example.com',
        language: 'nl',
        subject: 'Ontvangen',
        body: 'Uw aanvraag is ontvangen.',
      },
    });
    await t.db.notificationPreference.create({ data: { userId: 'seed-applicant', nonEssential: false } });
    const notice = await t.db.notice.create({
      data: { kind: 'supplement_answered', applicationId: application.id, part: 'work', region: 'flanders' },
    });
    await t.db.noticeRead.create({ data: { noticeId: notice.id, userId: 'seed-caseworker' } });
    await t.db.messageRead.create({ data: { userId: 'seed-applicant', messageId: notice.id } });

    const counts = {
      organisation: await t.db.organisation.count(),
      establishment_unit: await t.db.establishmentUnit.count(),
      application: await t.db.application.count(),
      document: await t.db.document.count(),
      document_version: await t.db.documentVersion.count(),
      supplement_request: await t.db.supplementRequest.count(),
      decision: await t.db.decision.count(),
      application_event: await t.db.applicationEvent.count(),
      access_log: await t.db.accessLog.count(),
      upload_session: await t.db.uploadSession.count(),
      member: await t.db.member.count(),
      saved_view: await t.db.savedView.count(),
      case_note: await t.db.caseNote.count(),
      mail_outbox: await t.db.mailOutbox.count(),
      notification_preference: await t.db.notificationPreference.count(),
      notice: await t.db.notice.count(),
      notice_read: await t.db.noticeRead.count(),
      message_read: await t.db.messageRead.count(),
      // Kept by the database's triggers from the submitted and decided file above.
      statistics_fact: await t.db.statisticsFact.count(),
      statistics_tally: await t.db.statisticsTally.count(),
    };
    for (const [table, count] of Object.entries(counts)) expect(count, table).toBeGreaterThan(0);

    const tables = await t.db.$queryRaw<{ table_name: string }[]>`
      SELECT table_name::text FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
    expect(tables.map((r) => r.table_name)).toEqual(
      [...Object.keys(counts), '_prisma_migrations'].sort((a, b) => a.localeCompare(b, 'en')),
    );
  });

  it('stores the domain codes in its enum columns', async () => {
    const { application } = await fixture();
    const rows = await t.db.$queryRaw<{ state: string; region: string; province: string }[]>`
      SELECT state::text, region::text, province::text FROM application WHERE id = ${application.id}::uuid`;
    expect(rows).toEqual([{ state: 'work_review', region: 'flanders', province: 'east_flanders' }]);
  });

  it('declares exactly the domain code lists as enums, in the client and in the database', async () => {
    const expected: Record<string, readonly string[]> = {
      Region: regions,
      Province: provinces,
      ApplicationState: applicationStates,
      Category: categories,
      Sex: sexes,
      WorkerSituation: workerSituations,
      DocumentType: documentTypes,
      Audience: audiences,
      Part: authorityKinds,
      DecisionOutcome: decisionOutcomes,
    };
    const rows = await t.db.$queryRaw<{ name: string; labels: string[] }[]>`
      SELECT t.typname::text AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`;
    const inDatabase = Object.fromEntries(rows.map((r) => [r.name, r.labels]));
    for (const [name, codes] of Object.entries(expected)) {
      expect(Object.values($Enums[name as keyof typeof $Enums]), name).toEqual([...codes]);
      expect(inDatabase[name], name).toEqual([...codes]);
    }
  });

  it('allows one document per type and one decision per part of an application', async () => {
    const { application } = await fixture();
    await createDocument(t.db, { applicationId: application.id, type: 'diploma' });
    await expect(
      createDocument(t.db, { applicationId: application.id, type: 'diploma' }),
    ).rejects.toMatchObject({
      code: 'P2002',
    });
    await createDocument(t.db, { applicationId: application.id, type: 'cv' });

    await createDecision(t.db, { applicationId: application.id, part: 'work' });
    const duplicate = createDecision(t.db, {
      applicationId: application.id,
      part: 'work',
      outcome: 'refused',
    });
    await expect(duplicate).rejects.toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    await expect(duplicate).rejects.toMatchObject({ code: 'P2002' });
    await createDecision(t.db, { applicationId: application.id, part: 'residence' });
  });

  it('gives factory-made applications unique references and states their milestones', async () => {
    const employer = await createEmployer(t.db);
    const apps = await Promise.all(
      (['draft', 'submitted', 'permit_granted'] as const).map((state) =>
        createApplication(t.db, { employerId: employer.id, state }),
      ),
    );
    const references = apps.map((a) => a.reference);
    expect(new Set(references).size).toBe(3);
    for (const r of references) expect(r).toMatch(/^LKT-\d{4}-\d{6}$/);
    const [draft, submitted, granted] = apps;
    expect(draft?.submittedAt).toBeNull();
    expect(submitted?.submittedAt).toBeInstanceOf(Date);
    expect(submitted?.closedAt).toBeNull();
    expect(granted?.residenceDecidedAt).toBeInstanceOf(Date);
    expect(granted?.closedAt).toBeInstanceOf(Date);
  });
});
