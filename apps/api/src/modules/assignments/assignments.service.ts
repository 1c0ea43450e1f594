import type { Actor } from '@loket/auth';
import type { AssignBody, Assignment, BulkAssignBody, BulkAssignResult, Problem } from '@loket/contracts';
import { problemType } from '@loket/contracts';
import { type Db, Prisma } from '@loket/db';
import { AppError } from '../../errors.ts';
import { titles } from '../../plugins/app/problems.ts';
import { findVisible, transition } from '../applications/procedure.ts';
import { requireService, type TeamService } from '../team/team.service.ts';

export interface AssignmentServiceDeps {
  db: Db;
  team: Pick<TeamService, 'teamMember'>;
  log?: { error(obj: object, msg: string): void };
}

/** The assignment did not change anything (the file already sits with that person). */
class Unchanged extends Error {}

/**
 * Who holds a file within a service. One holder per part: the work service's and the residence
 * service's teams assign independently. Every change is an application event (take, assign,
 * reassign, release: who, when, role, reason) made through `transition()`, so it is checked
 * against the version the client saw and refused with 409 when someone else was quicker.
 */
export function createAssignmentService({ db, team, log }: AssignmentServiceDeps) {
  async function assign(
    actor: Actor,
    applicationId: string,
    body: AssignBody,
    expectedVersion?: number,
  ): Promise<Assignment> {
    const { part } = requireService(actor);
    const column = part === 'work' ? 'workAssigneeId' : 'residenceAssigneeId';
    const assignee = body.assigneeId === null ? null : await team.teamMember(actor, body.assigneeId);
    const to = assignee?.id ?? null;
    try {
      const result = await transition(db, {
        actor,
        applicationId,
        action: 'assign',
        expectedVersion,
        ...(body.reason ? { reason: body.reason } : {}),
        precondition: async (_tx, app) => {
          const from = app[column];
          if (from === to) throw new Unchanged();
          if (from !== null && from !== actor.id && !body.reason) {
            throw new AppError(
              'validation_failed',
              'Someone else holds this file: say why you reassign or release it.',
              [{ pointer: '/reason', code: 'required', message: 'Give a reason for the reassignment.' }],
            );
          }
        },
        eventAction: (app) => {
          const from = app[column];
          if (to === null) return 'release';
          if (from === null) return to === actor.id ? 'take' : 'assign';
          return 'reassign';
        },
        details: (app) => ({ part, from: app[column], to }),
        data: () => ({ [column]: to }),
      });
      return { applicationId, version: result.version, part, assignee };
    } catch (error) {
      if (!(error instanceof Unchanged)) throw error;
      const app = await findVisible(db, actor, applicationId);
      return { applicationId, version: app.version, part, assignee };
    }
  }

  return {
    assign,

    /**
     * The same change for many files, each in its own transaction: one file's problem (gone,
     * decided meanwhile, changed by someone else) never stops the others. The answer has one
     * result per requested file, in order.
     */
    async bulkAssign(actor: Actor, body: BulkAssignBody): Promise<BulkAssignResult> {
      requireService(actor);
      // A person who is not on the team is wrong for every file: refuse the whole request (400).
      if (body.assigneeId !== null) await team.teamMember(actor, body.assigneeId);
      const results: BulkAssignResult['results'] = [];
      for (const item of body.items) {
        try {
          const assignment = await assign(
            actor,
            item.id,
            { assigneeId: body.assigneeId, ...(body.reason ? { reason: body.reason } : {}) },
            item.version,
          );
          results.push({ id: item.id, ok: true, assignment });
        } catch (error) {
          results.push({ id: item.id, ok: false, problem: asProblem(error, log) });
        }
      }
      return { results };
    },
  };
}

function asProblem(error: unknown, log: AssignmentServiceDeps['log']): Problem {
  if (error instanceof AppError) {
    return {
      type: problemType(error.code),
      title: titles[error.code],
      status: error.status,
      code: error.code,
      detail: error.detail,
      ...(error.errors ? { errors: error.errors } : {}),
      ...(error.current ? { current: error.current } : {}),
    };
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    log?.error({ err: { code: error.code } }, 'bulk assignment: database error on one item');
  } else {
    log?.error({ err: { type: (error as Error)?.name } }, 'bulk assignment: unexpected error on one item');
  }
  return {
    type: problemType('internal'),
    title: titles.internal,
    status: 500,
    code: 'internal',
    detail: 'Something went wrong on our side with this file.',
  };
}

export type AssignmentService = ReturnType<typeof createAssignmentService>;
