import type { Actor } from '@loket/auth';
import type { ProblemCurrent } from '@loket/contracts';
import type { Db, Prisma } from '@loket/db';
import { type Action, type ApplicationState, actions, attempt, type Role } from '@loket/domain';
import { AppError, notFound } from '../../errors.ts';
import { applicationScope, procedureRoles } from '../access/access.policy.ts';
import { syncClock } from '../deadlines/clock-sync.ts';

type Tx = Prisma.TransactionClient;
type ApplicationRow = Prisma.ApplicationGetPayload<object>;

export interface Allowed {
  role: Role;
  to: ApplicationState;
}

/**
 * Asks the procedure table whether the actor, in any of their roles, may take `action` now.
 * A role that never may gets 403; a role that may, but not in this state, gets 409 with the reason.
 */
export function authorize(actor: Actor, state: ApplicationState, action: Action): Allowed {
  let stateRefusal: { reason: string; allowedFrom: ApplicationState[] } | undefined;
  for (const role of procedureRoles(actor)) {
    const result = attempt(state, action, role);
    if (result.allowed) return { role, to: result.to };
    if (result.refusal === 'state') stateRefusal ??= result;
  }
  if (stateRefusal) {
    throw new AppError('illegal_transition', stateRefusal.reason, undefined, undefined, {
      action,
      state,
      allowedFrom: [...new Set(stateRefusal.allowedFrom)],
    });
  }
  throw new AppError('forbidden', `Your role may not ${action.replaceAll('_', ' ')}.`);
}

/** Loads an application the actor may see, or answers 404 as if it did not exist. */
export async function findVisible(db: Db | Tx, actor: Actor, id: string): Promise<ApplicationRow> {
  const row = await db.application.findFirst({ where: { AND: [{ id }, applicationScope(actor)] } });
  if (!row) throw notFound();
  return row;
}

export interface TransitionRequest {
  actor: Actor;
  applicationId: string;
  action: Action;
  /**
   * The version the client saw (If-Match). A different current version is a conflict (409 with
   * the current state), checked before anything else. Without it, the version read here is used:
   * a change committed between that read and the update is still a conflict.
   */
  expectedVersion?: number | undefined;
  /** What the history records when it says more than the action (take, reassign, release). */
  eventAction?: string | ((app: ApplicationRow) => string);
  reason?: string;
  details?: Prisma.InputJsonValue | ((app: ApplicationRow) => Prisma.InputJsonValue);
  /** Extra columns set together with the new state (dates of the procedure, an assignee). */
  data?: (app: ApplicationRow, now: Date) => Prisma.ApplicationUncheckedUpdateManyInput;
  /** Work done in the same transaction (a decision row, a supplement request...). */
  effect?: (tx: Tx, app: ApplicationRow, allowed: Allowed, now: Date) => Promise<void>;
  /** A business check after authorization and before the change (e.g. completeness). */
  precondition?: (tx: Tx, app: ApplicationRow, allowed: Allowed) => Promise<void>;
}

export interface TransitionResult {
  /** The application's version after the change. */
  version: number;
  state: ApplicationState;
  role: Role;
}

/** Thrown inside the transaction, answered outside it once the winner's change can be read. */
class LostRace extends Error {}

/**
 * The one way an application changes: checks visibility (404), the client's version (409
 * version_conflict), the procedure (403/409), then changes the row, records the event, runs the
 * effect and brings the stored legal clock up to date, all in one transaction, so a refused or
 * conflicting change leaves nothing half-applied. Of two concurrent changes one wins; the other
 * gets 409 version_conflict with the application as it is now (version, state, last event).
 */
export async function transition(db: Db, req: TransitionRequest): Promise<TransitionResult> {
  try {
    return await db.$transaction(async (tx) => {
      const app = await findVisible(tx, req.actor, req.applicationId);
      if (req.expectedVersion !== undefined && req.expectedVersion !== app.version) throw new LostRace();
      const allowed = authorize(req.actor, app.state, req.action);
      await req.precondition?.(tx, app, allowed);
      const now = new Date();
      const updated = await tx.application.updateMany({
        where: { id: app.id, version: app.version },
        data: { ...req.data?.(app, now), state: allowed.to, version: { increment: 1 } },
      });
      if (updated.count !== 1) throw new LostRace();
      const details = typeof req.details === 'function' ? req.details(app) : req.details;
      await tx.applicationEvent.create({
        data: {
          applicationId: app.id,
          action:
            (typeof req.eventAction === 'function' ? req.eventAction(app) : req.eventAction) ?? req.action,
          fromState: app.state,
          toState: allowed.to,
          actorId: req.actor.id,
          actorName: req.actor.name,
          actorRole: allowed.role,
          reason: req.reason ?? null,
          ...(details === undefined ? {} : { details }),
          at: now,
        },
      });
      await req.effect?.(tx, app, allowed, now);
      await syncClock(tx, app.id);
      return { version: app.version + 1, state: allowed.to, role: allowed.role };
    });
  } catch (error) {
    if (error instanceof LostRace) throw await conflict(db, req.actor, req.applicationId);
    throw error;
  }
}

/**
 * The history entries of changes that move the version (what transition() records), as opposed
 * to documents added in between (an upload, a generated letter), which leave the version alone.
 */
const changeEvents = [
  ...actions.filter((a) => a !== 'upload_document' && a !== 'edit_draft'),
  'take',
  'reassign',
  'release',
  'create_draft',
];

/** 409 version_conflict with the application as it is now: its version, state and last change. */
export async function conflict(db: Db, actor: Actor, id: string): Promise<AppError> {
  const app = await findVisible(db, actor, id);
  const last = await db.applicationEvent.findFirst({
    where: { applicationId: id, action: { in: changeEvents } },
    orderBy: { id: 'desc' },
    select: { action: true, actorName: true, actorRole: true, at: true },
  });
  return versionConflict(app.version, {
    version: app.version,
    state: app.state,
    lastEvent: last ? { ...last, at: last.at.toISOString() } : null,
  });
}

export const versionConflict = (version: number, current?: ProblemCurrent) =>
  new AppError(
    'version_conflict',
    `Someone else changed this application meanwhile (it is now at version ${version}). Reload it and try again.`,
    undefined,
    current,
  );
