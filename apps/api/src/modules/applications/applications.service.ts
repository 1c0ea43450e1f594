import { randomInt } from 'node:crypto';
import type { Actor } from '@loket/auth';
import type {
  ApplicationDetail,
  ApplicationList,
  ApplicationListQuery,
  CreateDraftBody,
  History,
  UpdateDraftBody,
  WithdrawBody,
  Worker,
} from '@loket/contracts';
import type { Db, Prisma } from '@loket/db';
import { availableActions, missingForSubmission, openPartOf } from '@loket/domain';
import { AppError, notFound } from '../../errors.ts';
import {
  actsForEmployer,
  applicationScope,
  authorityKindOf,
  procedureRoles,
} from '../access/access.policy.ts';
import type { Notifier } from '../notifications/notifier.ts';
import type { ThroughputService } from '../throughput/throughput.service.ts';
import { summaryInclude, toDetail, toSummary } from './applications.mapper.ts';
import { loadDetail } from './detail-query.ts';
import { authorize, findVisible, transition, versionConflict } from './procedure.ts';

export interface ApplicationServiceDeps {
  db: Db;
  /** Queues the receipt mail in the submission's transaction. */
  notifier?: Pick<Notifier, 'submitted' | 'committed'>;
  /** Recent handling times, for the open part's expected decision date (else the legal deadline). */
  throughput?: Pick<ThroughputService, 'forPart'>;
}

/** Drafts, lists, the detail view, submission and withdrawal. */
export function createApplicationService({ db, notifier, throughput }: ApplicationServiceDeps) {
  async function getDetail(actor: Actor, id: string): Promise<ApplicationDetail> {
    // The file, its documents and the access-log row in one statement (the busiest read).
    const loaded = await loadDetail(db, actor, id);
    if (!loaded) throw notFound();
    const { row, documents } = loaded;
    const actions = [
      ...new Set(procedureRoles(actor).flatMap((role) => availableActions(row.state, role))),
    ].filter((a) => !(a === 'extend_deadline' && row.deadlineExtendedAt)); // only once
    const openPart = openPartOf(row.state);
    const recent =
      openPart && row.category && throughput
        ? await throughput.forPart(openPart, row.category, row.region)
        : undefined;
    return toDetail(
      row,
      documents,
      actions,
      actor.roles.includes('applicant') ? undefined : authorityKindOf(actor),
      recent,
    );
  }

  async function employerOfActor(actor: Actor, employerId: string) {
    const employer = await db.organisation.findFirst({
      where: { AND: [{ id: employerId }, actsForEmployer(actor)] },
    });
    if (!employer) throw notFound('employer');
    return employer;
  }

  async function placeOfEmployment(employerId: string, unitId: string | null | undefined) {
    if (unitId === undefined) return {};
    if (unitId === null) return { establishmentUnitId: null, region: null, province: null };
    const unit = await db.establishmentUnit.findFirst({ where: { id: unitId, employerId } });
    if (!unit) {
      throw new AppError('validation_failed', 'This place of employment does not belong to the employer.', [
        {
          pointer: '/establishmentUnitId',
          code: 'not_of_employer',
          message: 'Choose one of the employer’s establishment units.',
        },
      ]);
    }
    return { establishmentUnitId: unit.id, region: unit.region, province: unit.province };
  }

  return {
    async createDraft(actor: Actor, body: CreateDraftBody): Promise<ApplicationDetail> {
      authorize(actor, 'draft', 'edit_draft');
      const employer = await employerOfActor(actor, body.employerId);
      const place = await placeOfEmployment(employer.id, body.establishmentUnitId);
      const created = await db.$transaction(async (tx) => {
        const app = await tx.application.create({
          data: {
            reference: newReference(),
            employerId: employer.id,
            createdBy: actor.id,
            // Mails go to the applicant user who created the draft (until someone else submits it).
            contactEmail: actor.email ?? null,
            contactUserId: actor.id,
            ...place,
            ...draftColumns(body),
          },
        });
        await tx.applicationEvent.create({
          data: {
            applicationId: app.id,
            action: 'create_draft',
            fromState: null,
            toState: 'draft',
            actorId: actor.id,
            actorName: actor.name,
            actorRole: 'applicant',
          },
        });
        return app;
      });
      return getDetail(actor, created.id);
    },

    async updateDraft(actor: Actor, id: string, body: UpdateDraftBody): Promise<ApplicationDetail> {
      const app = await findVisible(db, actor, id);
      authorize(actor, app.state, 'edit_draft');
      const place = await placeOfEmployment(app.employerId, body.establishmentUnitId);
      const updated = await db.application.updateMany({
        where: { id, version: body.version, state: 'draft' },
        data: { ...place, ...draftColumns(body), version: { increment: 1 } },
      });
      if (updated.count !== 1) throw versionConflict(app.version);
      return getDetail(actor, id);
    },

    getDetail,

    async list(actor: Actor, query: ApplicationListQuery): Promise<ApplicationList> {
      // An applicant asking for an employer they do not act for learns nothing of it: 404, as for
      // an application they may not see. (Authorities filter within their own scope.)
      if (query.employerId && actor.roles.includes('applicant') && !actor.authority) {
        await employerOfActor(actor, query.employerId);
      }
      const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
      const where: Prisma.ApplicationWhereInput = {
        AND: [
          applicationScope(actor),
          query.state?.length ? { state: { in: query.state } } : {},
          query.employerId ? { employerId: query.employerId } : {},
          cursor
            ? {
                OR: [
                  { updatedAt: { lt: cursor.updatedAt } },
                  { updatedAt: cursor.updatedAt, id: { lt: cursor.id } },
                ],
              }
            : {},
        ],
      };
      const rows = await db.application.findMany({
        where,
        include: summaryInclude,
        orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
        take: query.limit + 1,
      });
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: page.map(toSummary),
        nextCursor: rows.length > query.limit && last ? encodeCursor(last.updatedAt, last.id) : null,
      };
    },

    async submit(actor: Actor, id: string, expectedVersion?: number): Promise<ApplicationDetail> {
      await transition(db, {
        actor,
        applicationId: id,
        action: 'submit',
        expectedVersion,
        precondition: async (tx, app) => {
          const documents = await tx.document.findMany({
            where: { applicationId: app.id },
            select: { type: true },
          });
          const missing = missingForSubmission({
            establishmentUnitId: app.establishmentUnitId,
            category: app.category,
            jobTitle: app.jobTitle,
            grossAnnualSalaryEur: app.grossAnnualSalaryEur,
            worker: {
              givenName: app.workerGivenName,
              familyName: app.workerFamilyName,
              birthDate: app.workerBirthDate?.toISOString().slice(0, 10) ?? null,
              sex: app.workerSex,
              nationality: app.workerNationality,
              situation: app.workerSituation,
            },
            documentTypes: documents.map((d) => d.type),
            date: new Date().toISOString().slice(0, 10),
          });
          if (missing.length > 0) {
            throw new AppError(
              'application_incomplete',
              `The application cannot be submitted yet: ${missing.length} item(s) missing.`,
              missing,
            );
          }
        },
        // The submitter becomes the contact for mails, if their token says where to write.
        data: (_app, now) => ({
          submittedAt: now,
          ...(actor.email ? { contactEmail: actor.email, contactUserId: actor.id } : {}),
        }),
        effect: async (tx, app) => {
          await notifier?.submitted(tx, app, {
            email: actor.email ?? app.contactEmail,
            userId: actor.email ? actor.id : app.contactUserId,
          });
        },
      });
      notifier?.committed();
      return getDetail(actor, id);
    },

    async withdraw(
      actor: Actor,
      id: string,
      body: WithdrawBody,
      expectedVersion?: number,
    ): Promise<ApplicationDetail> {
      await transition(db, {
        actor,
        applicationId: id,
        action: 'withdraw',
        expectedVersion,
        ...(body.reason ? { reason: body.reason } : {}),
        data: (_app, now) => ({ closedAt: now }),
        // An open request dies with the file: nobody will answer it, and it must not read as a task.
        effect: async (tx, app) => {
          await tx.supplementRequest.updateMany({
            where: { applicationId: app.id, status: 'open' },
            data: { status: 'withdrawn' },
          });
        },
      });
      return getDetail(actor, id);
    },

    async history(actor: Actor, id: string): Promise<History> {
      await findVisible(db, actor, id);
      const events = await db.applicationEvent.findMany({
        where: { applicationId: id },
        orderBy: { id: 'asc' },
      });
      return {
        items: events.map((e) => ({
          at: e.at.toISOString(),
          action: e.action,
          fromState: e.fromState,
          toState: e.toState,
          actorName: e.actorName,
          actorRole: e.actorRole,
          reason: e.reason,
        })),
      };
    },
  };
}

export type ApplicationService = ReturnType<typeof createApplicationService>;

/** The columns a draft edit sets: only the fields the client sent, so a partial save keeps the rest. */
type DraftColumns = Partial<
  Pick<
    Prisma.ApplicationUncheckedCreateInput,
    | 'category'
    | 'jobTitle'
    | 'occupationCode'
    | 'grossAnnualSalaryEur'
    | 'workerGivenName'
    | 'workerFamilyName'
    | 'workerBirthDate'
    | 'workerSex'
    | 'workerNationality'
    | 'workerSituation'
    | 'language'
  >
>;

function draftColumns(body: Partial<CreateDraftBody>): DraftColumns {
  const w: Worker = body.worker ?? {};
  const columns: DraftColumns = {
    category: body.category,
    jobTitle: body.jobTitle,
    occupationCode: body.occupationCode,
    grossAnnualSalaryEur: body.grossAnnualSalaryEur,
    workerGivenName: w.givenName,
    workerFamilyName: w.familyName,
    workerBirthDate: w.birthDate ? new Date(`${w.birthDate}T00:00:00Z`) : w.birthDate,
    workerSex: w.sex,
    workerNationality: w.nationality,
    workerSituation: w.situation,
    language: body.language,
  };
  // Prisma skips undefined columns; spelled out so the intent survives a refactor.
  return Object.fromEntries(Object.entries(columns).filter(([, v]) => v !== undefined));
}

/** A reference a person can read out on the phone; random, so it reveals no volumes. */
function newReference(now = new Date()): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const code = Array.from({ length: 8 }, () => alphabet[randomInt(alphabet.length)]).join('');
  return `LKT-${now.getUTCFullYear()}-${code}`;
}

function encodeCursor(updatedAt: Date, id: string): string {
  return Buffer.from(JSON.stringify([updatedAt.toISOString(), id])).toString('base64url');
}

function decodeCursor(cursor: string): { updatedAt: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [string, string];
    const updatedAt = new Date(at);
    if (Number.isNaN(updatedAt.getTime()) || typeof id !== 'string') throw new Error('bad cursor');
    return { updatedAt, id };
  } catch {
    throw new AppError('validation_failed', 'The cursor is not valid; start again from the first page.');
  }
}
