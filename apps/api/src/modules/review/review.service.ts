import type { Actor } from '@loket/auth';
import type {
  AdmissibilityBody,
  AnswerSupplementBody,
  ApplicationDetail,
  DecideBody,
  RequestSupplementBody,
} from '@loket/contracts';
import type { Db } from '@loket/db';
import { type DecisionGround, groundsFor, type Part } from '@loket/domain';
import { AppError } from '../../errors.ts';
import type { ApplicationService } from '../applications/applications.service.ts';
import { transition } from '../applications/procedure.ts';

export interface ReviewServiceDeps {
  db: Db;
  applications: Pick<ApplicationService, 'getDetail'>;
  today?: () => Date;
}

/** The authorities' work on a file: supplement requests, admissibility, and the two decisions. */
export function createReviewService({ db, applications, today = () => new Date() }: ReviewServiceDeps) {
  return {
    async requestSupplement(
      actor: Actor,
      id: string,
      body: RequestSupplementBody,
      expectedVersion?: number,
    ): Promise<ApplicationDetail> {
      const questions = body.questions ?? [];
      if (body.documentTypes.length === 0 && questions.length === 0) {
        throw new AppError('validation_failed', 'Ask for at least one document or one question.', [
          { pointer: '/documentTypes', message: 'Choose a document or add a question.' },
        ]);
      }
      if (body.dueDate <= today().toISOString().slice(0, 10)) {
        throw new AppError('validation_failed', 'The answer deadline must be a date after today.', [
          { pointer: '/dueDate', message: 'Choose a date after today.' },
        ]);
      }
      await transition(db, {
        actor,
        applicationId: id,
        action: 'request_supplement',
        expectedVersion,
        reason: body.message,
        details: { documentTypes: body.documentTypes, questions: questions.length, dueDate: body.dueDate },
        effect: async (tx, app, allowed) => {
          await tx.supplementRequest.create({
            data: {
              applicationId: app.id,
              requestedBy: actor.id,
              part: allowed.role === 'residence_officer' ? 'residence' : 'work',
              documentTypes: body.documentTypes,
              questions,
              message: body.message,
              dueDate: new Date(`${body.dueDate}T00:00:00Z`),
            },
          });
        },
      });
      return applications.getDetail(actor, id);
    },

    async answerSupplement(
      actor: Actor,
      id: string,
      requestId: string,
      body: AnswerSupplementBody,
      expectedVersion?: number,
    ): Promise<ApplicationDetail> {
      await transition(db, {
        actor,
        applicationId: id,
        action: 'answer_supplement',
        expectedVersion,
        ...(body.message ? { reason: body.message } : {}),
        precondition: async (tx, app) => {
          const request = await tx.supplementRequest.findFirst({
            where: { id: requestId, applicationId: app.id, status: 'open' },
          });
          if (!request) throw new AppError('not_found', 'There is no open supplement request with this id.');
          if ((body.answers ?? []).length !== request.questions.length) {
            throw new AppError(
              'validation_failed',
              `Answer each of the ${request.questions.length} question(s), in order.`,
              request.questions.map((_q, i) => ({
                pointer: `/answers/${i}`,
                message: 'Answer this question.',
              })),
            );
          }
          const uploaded = await tx.document.findMany({
            where: {
              applicationId: app.id,
              type: { in: request.documentTypes },
              versions: { some: { createdAt: { gt: request.createdAt } } },
            },
            select: { type: true },
          });
          const missing = request.documentTypes.filter((t) => !uploaded.some((d) => d.type === t));
          if (missing.length > 0) {
            throw new AppError(
              'application_incomplete',
              'Upload every requested document before you answer.',
              missing.map((t) => ({
                pointer: `/documents/${t}`,
                message: `Upload a new ${t.replaceAll('_', ' ')}.`,
              })),
            );
          }
        },
        effect: async (tx) => {
          await tx.supplementRequest.update({
            where: { id: requestId },
            data: {
              status: 'answered',
              answerMessage: body.message ?? null,
              answers: body.answers ?? [],
              answeredBy: actor.id,
              answeredAt: new Date(),
            },
          });
        },
      });
      return applications.getDetail(actor, id);
    },

    async decideAdmissibility(
      actor: Actor,
      id: string,
      body: AdmissibilityBody,
      expectedVersion?: number,
    ): Promise<ApplicationDetail> {
      if (!body.admissible) requireGrounds(body.grounds, 'admissibility');
      await transition(db, {
        actor,
        applicationId: id,
        action: body.admissible ? 'declare_admissible' : 'declare_inadmissible',
        expectedVersion,
        ...(body.motivation ? { reason: body.motivation } : {}),
        data: (_app, now) =>
          body.admissible ? { admissibleAt: now } : { workDecidedAt: now, closedAt: now },
        effect: async (tx, app, _allowed, now) => {
          if (body.admissible) return;
          await tx.decision.create({
            data: {
              applicationId: app.id,
              part: 'work',
              outcome: 'inadmissible',
              grounds: body.grounds,
              motivation: body.motivation,
              decidedBy: actor.id,
              decidedAt: now,
            },
          });
        },
      });
      return applications.getDetail(actor, id);
    },

    decideWorkPart: (actor: Actor, id: string, body: DecideBody, expectedVersion?: number) =>
      decidePart(actor, id, 'work', body, expectedVersion),
    decideResidencePart: (actor: Actor, id: string, body: DecideBody, expectedVersion?: number) =>
      decidePart(actor, id, 'residence', body, expectedVersion),
  };

  async function decidePart(
    actor: Actor,
    id: string,
    part: Part,
    body: DecideBody,
    expectedVersion?: number,
  ): Promise<ApplicationDetail> {
    const granted = body.outcome === 'granted';
    if (granted && body.grounds.length > 0) {
      throw new AppError('validation_failed', 'A grant takes no refusal grounds.', [
        { pointer: '/grounds', message: 'Remove the grounds, or refuse.' },
      ]);
    }
    if (!granted) requireGrounds(body.grounds, part);
    const action = `${granted ? 'grant' : 'refuse'}_${part}_part` as const;
    const decidedAt = part === 'work' ? 'workDecidedAt' : 'residenceDecidedAt';
    await transition(db, {
      actor,
      applicationId: id,
      action,
      expectedVersion,
      ...(body.motivation ? { reason: body.motivation } : {}),
      data: (_app, now) => ({
        [decidedAt]: now,
        ...(granted && part === 'work' ? {} : { closedAt: now }),
      }),
      effect: async (tx, app, _allowed, now) => {
        await tx.decision.create({
          data: {
            applicationId: app.id,
            part,
            outcome: body.outcome,
            grounds: body.grounds,
            motivation: body.motivation,
            decidedBy: actor.id,
            decidedAt: now,
          },
        });
      },
    });
    return applications.getDetail(actor, id);
  }
}

function requireGrounds(grounds: DecisionGround[], stage: 'admissibility' | Part) {
  const allowed = groundsFor(stage);
  if (grounds.length === 0) {
    throw new AppError('validation_failed', 'A refusal needs at least one coded ground.', [
      { pointer: '/grounds', message: 'Choose at least one ground.' },
    ]);
  }
  const foreign = grounds.filter((g) => !allowed.includes(g));
  if (foreign.length > 0) {
    throw new AppError('validation_failed', `Not a ground for this decision: ${foreign.join(', ')}.`, [
      { pointer: '/grounds', message: `Choose from: ${allowed.join(', ')}.` },
    ]);
  }
}

export type ReviewService = ReturnType<typeof createReviewService>;
