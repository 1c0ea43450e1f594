import type { Actor } from '@loket/auth';
import type { ApplicationDetail, DeadlineExtensionBody } from '@loket/contracts';
import type { Db } from '@loket/db';
import { extensionDaysFor } from '@loket/domain';
import { AppError } from '../../errors.ts';
import type { ApplicationService } from '../applications/applications.service.ts';
import { transition } from '../applications/procedure.ts';

export interface DeadlineServiceDeps {
  db: Db;
  applications: Pick<ApplicationService, 'getDetail'>;
}

const day = 86_400_000;

/**
 * The one extension of the legal decision period (Directive 2024/1233 art. 11(2): "in exceptional
 * and duly justified cases"): by the service that holds the open part, once per application, with
 * a reason. It adds the `extensionDays` of the period in force on the filing date; the stored
 * deadline is rewritten by `transition()` in the same transaction.
 */
export function createDeadlineService({ db, applications }: DeadlineServiceDeps) {
  return {
    async extend(
      actor: Actor,
      id: string,
      body: DeadlineExtensionBody,
      expectedVersion?: number,
    ): Promise<ApplicationDetail> {
      await transition(db, {
        actor,
        applicationId: id,
        action: 'extend_deadline',
        expectedVersion,
        reason: body.reason,
        precondition: async (_tx, app) => {
          if (app.deadlineExtendedAt) {
            throw new AppError(
              'illegal_transition',
              `The decision period was already extended on ${app.deadlineExtendedAt.toISOString().slice(0, 10)}; it can be extended only once.`,
            );
          }
          if (!app.submittedAt) throw new AppError('illegal_transition', 'The legal clock has not started.');
        },
        data: (app, now) => ({
          deadlineExtensionDays: extensionDaysFor(app.submittedAt as Date),
          deadlineExtendedAt: now,
        }),
        details: (app) => {
          const days = extensionDaysFor(app.submittedAt as Date);
          return {
            days,
            previousDeadline: app.decisionDeadline?.toISOString() ?? null,
            newDeadline: app.decisionDeadline
              ? new Date(app.decisionDeadline.getTime() + days * day).toISOString()
              : null,
          };
        },
      });
      return applications.getDetail(actor, id);
    },
  };
}

export type DeadlineService = ReturnType<typeof createDeadlineService>;
