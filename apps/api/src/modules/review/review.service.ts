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
import type { DecisionLetters, LetterDecision, PreparedLetter } from '../letters/decision-letters.ts';
import type { Notifier } from '../notifications/notifier.ts';

export interface ReviewServiceDeps {
  db: Db;
  applications: Pick<ApplicationService, 'getDetail'>;
  today?: () => Date;
  /** Renders and stores each decision's letter (without it, decisions have no letter). */
  letters?: DecisionLetters;
  /** Mails to the applicant and notices to caseworkers, queued in the same transaction. */
  notifier?: Notifier;
}

/** The authorities' work on a file: supplement requests, admissibility, and the two decisions. */
export function createReviewService({
  db,
  applications,
  today = () => new Date(),
  letters,
  notifier,
}: ReviewServiceDeps) {
  /**
   * Runs a decision's transition with its letter: rendered and stored before, recorded inside the
   * transition's transaction, removed again if the transition fails (docs/adr/0007).
   */
  async function withLetter(
    actor: Actor,
    id: string,
    decision: LetterDecision,
    run: (letter: PreparedLetter | undefined) => Promise<unknown>,
  ) {
    const letter = letters ? await letters.prepare(actor, id, decision) : undefined;
    try {
      await run(letter);
    } catch (error) {
      await letter?.discard();
      throw error;
    }
    letter?.committed();
    notifier?.committed();
  }

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
          {
            pointer: '/documentTypes',
            code: 'too_few',
            params: { limit: 1 },
            message: 'Choose a document or add a question.',
          },
        ]);
      }
      if (body.dueDate <= today().toISOString().slice(0, 10)) {
        throw new AppError('validation_failed', 'The answer deadline must be a date after today.', [
          {
            pointer: '/dueDate',
            code: 'date_too_early',
            params: { after: today().toISOString().slice(0, 10) },
            message: 'Choose a date after today.',
          },
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
          const request = await tx.supplementRequest.create({
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
          await notifier?.supplementRequested(tx, app, request);
        },
      });
      notifier?.committed();
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
                code: 'required' as const,
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
                code: 'document_missing' as const,
                params: { documentType: t },
                message: `Upload a new ${t.replaceAll('_', ' ')}.`,
              })),
            );
          }
        },
        effect: async (tx, app) => {
          const answered = await tx.supplementRequest.update({
            where: { id: requestId },
            data: {
              status: 'answered',
              answerMessage: body.message ?? null,
              answers: body.answers ?? [],
              answeredBy: actor.id,
              answeredAt: new Date(),
            },
          });
          await notifier?.supplementAnswered(tx, app, answered);
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
      const action = body.admissible ? 'declare_admissible' : 'declare_inadmissible';
      const decide = (letter?: PreparedLetter) =>
        transition(db, {
          actor,
          applicationId: id,
          action,
          expectedVersion,
          ...(body.motivation ? { reason: body.motivation } : {}),
          data: (_app, now) =>
            body.admissible ? { admissibleAt: now } : { workDecidedAt: now, closedAt: now },
          effect: async (tx, app, allowed, now) => {
            if (body.admissible) return;
            const created = await tx.decision.create({
              data: {
                applicationId: app.id,
                part: 'work',
                outcome: 'inadmissible',
                grounds: body.grounds,
                motivation: body.motivation,
                decidedBy: actor.id,
                decidedAt: letter?.decidedAt ?? now,
                letterVersionId: (await letter?.record(tx, allowed.to)) ?? null,
              },
            });
            await notifier?.decided(tx, app, { id: created.id, part: 'work' });
          },
        });
      if (body.admissible) await decide();
      else {
        await withLetter(
          actor,
          id,
          {
            action,
            part: 'work',
            outcome: 'inadmissible',
            grounds: body.grounds,
            motivation: body.motivation,
          },
          decide,
        );
      }
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
        {
          pointer: '/grounds',
          code: 'not_allowed',
          params: { allowed: [] },
          message: 'Remove the grounds, or refuse.',
        },
      ]);
    }
    if (!granted) requireGrounds(body.grounds, part);
    const action = `${granted ? 'grant' : 'refuse'}_${part}_part` as const;
    const decidedAt = part === 'work' ? 'workDecidedAt' : 'residenceDecidedAt';
    const decision = {
      action,
      part,
      outcome: body.outcome,
      grounds: body.grounds,
      motivation: body.motivation,
    };
    await withLetter(actor, id, decision, (letter) =>
      transition(db, {
        actor,
        applicationId: id,
        action,
        expectedVersion,
        ...(body.motivation ? { reason: body.motivation } : {}),
        data: (_app, now) => ({
          [decidedAt]: now,
          ...(granted && part === 'work' ? {} : { closedAt: now }),
        }),
        effect: async (tx, app, allowed, now) => {
          const created = await tx.decision.create({
            data: {
              applicationId: app.id,
              part,
              outcome: body.outcome,
              grounds: body.grounds,
              motivation: body.motivation,
              decidedBy: actor.id,
              decidedAt: letter?.decidedAt ?? now,
              letterVersionId: (await letter?.record(tx, allowed.to)) ?? null,
            },
          });
          await notifier?.decided(tx, app, { id: created.id, part });
        },
      }),
    );
    return applications.getDetail(actor, id);
  }
}

function requireGrounds(grounds: DecisionGround[], stage: 'admissibility' | Part) {
  const allowed = groundsFor(stage);
  if (grounds.length === 0) {
    throw new AppError('validation_failed', 'A refusal needs at least one coded ground.', [
      { pointer: '/grounds', code: 'too_few', params: { limit: 1 }, message: 'Choose at least one ground.' },
    ]);
  }
  const foreign = grounds.filter((g) => !allowed.includes(g));
  if (foreign.length > 0) {
    throw new AppError('validation_failed', `Not a ground for this decision: ${foreign.join(', ')}.`, [
      {
        pointer: '/grounds',
        code: 'not_allowed',
        params: { allowed },
        message: `Choose from: ${allowed.join(', ')}.`,
      },
    ]);
  }
}

export type ReviewService = ReturnType<typeof createReviewService>;
