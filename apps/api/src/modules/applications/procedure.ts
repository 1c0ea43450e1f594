import type { Actor } from '@loket/auth';
import type { Db, Prisma } from '@loket/db';
import { type Action, type ApplicationState, attempt, type Role } from '@loket/domain';
import { AppError, notFound } from '../../errors.ts';
import { applicationScope, procedureRoles } from '../access/access.policy.ts';

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
  let stateRefusal: string | undefined;
  for (const role of procedureRoles(actor)) {
    const result = attempt(state, action, role);
    if (result.allowed) return { role, to: result.to };
    if (result.refusal === 'state') stateRefusal ??= result.reason;
  }
  if (stateRefusal) throw new AppError('illegal_transition', stateRefusal);
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
  /** The version the client saw; defaults to the one just read (no client-side check). */
  expectedVersion?: number;
  reason?: string;
  details?: Prisma.InputJsonValue;
  /** Extra columns set together with the new state (dates of the procedure). */
  data?: (app: ApplicationRow, now: Date) => Prisma.ApplicationUpdateManyMutationInput;
  /** Work done in the same transaction (a decision row, a supplement request...). */
  effect?: (tx: Tx, app: ApplicationRow, allowed: Allowed, now: Date) => Promise<void>;
  /** A business check after authorization and before the change (e.g. completeness). */
  precondition?: (tx: Tx, app: ApplicationRow) => Promise<void>;
}

/**
 * The one way an application changes state: checks visibility (404), the procedure (403/409) and
 * the version (409), then changes the state, records the event and runs the effect, all in one
 * transaction, so a refused or conflicting change leaves nothing half-applied.
 */
export async function transition(db: Db, req: TransitionRequest): Promise<void> {
  await db.$transaction(async (tx) => {
    const app = await findVisible(tx, req.actor, req.applicationId);
    const allowed = authorize(req.actor, app.state, req.action);
    const version = req.expectedVersion ?? app.version;
    if (version !== app.version) throw versionConflict(app.version);
    await req.precondition?.(tx, app);
    const now = new Date();
    const updated = await tx.application.updateMany({
      where: { id: app.id, version },
      data: { ...req.data?.(app, now), state: allowed.to, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw versionConflict(app.version);
    await tx.applicationEvent.create({
      data: {
        applicationId: app.id,
        action: req.action,
        fromState: app.state,
        toState: allowed.to,
        actorId: req.actor.id,
        actorName: req.actor.name,
        actorRole: allowed.role,
        reason: req.reason ?? null,
        ...(req.details === undefined ? {} : { details: req.details }),
        at: now,
      },
    });
    await req.effect?.(tx, app, allowed, now);
  });
}

export const versionConflict = (current: number) =>
  new AppError(
    'version_conflict',
    `Someone else changed this application meanwhile (it is now at version ${current}). Reload it and try again.`,
  );
