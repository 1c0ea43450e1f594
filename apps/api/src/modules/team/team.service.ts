import type { Actor } from '@loket/auth';
import type { Team } from '@loket/contracts';
import type { Db } from '@loket/db';
import type { Part, Region } from '@loket/domain';
import { AppError } from '../../errors.ts';
import { authorityKindOf } from '../access/access.policy.ts';

/** The service a caseworker works for: their part of the procedure and, for a work service, its region. */
export interface Service {
  part: Part;
  region: Region | null;
}

/** The caller's service, when they are a caseworker of one (the role and the authority claim agree). */
export function serviceOf(actor: Actor): Service | undefined {
  const part = authorityKindOf(actor);
  if (part === 'work' && actor.roles.includes('work_caseworker') && actor.authority?.kind === 'work') {
    return { part, region: actor.authority.region };
  }
  if (part === 'residence' && actor.roles.includes('residence_officer')) return { part, region: null };
  return undefined;
}

/** As serviceOf, or 403 for anyone who is not a caseworker of a service. */
export function requireService(actor: Actor): Service {
  const service = serviceOf(actor);
  if (!service)
    throw new AppError('forbidden', 'Only caseworkers of a work or residence service have an inbox.');
  return service;
}

export interface TeamServiceDeps {
  db: Db;
  /** How long a learned member is not written again (its name and service unchanged). */
  rememberMs?: number;
}

/**
 * Teams are learned, not administered: every caseworker whose verified token reaches the API is
 * upserted as a member of their service (id = the token's sub), at most once per `rememberMs`
 * for the same name and service, so the cost is one write per person per few minutes.
 */
export function createTeamService({ db, rememberMs = 10 * 60_000 }: TeamServiceDeps) {
  const remembered = new Map<string, number>();
  const inFlight = new Map<string, Promise<void>>();

  async function learn(actor: Actor): Promise<void> {
    const service = serviceOf(actor);
    if (!service) return;
    const key = JSON.stringify([actor.id, actor.name, service.part, service.region]);
    if ((remembered.get(key) ?? 0) > Date.now()) return;
    let pending = inFlight.get(key);
    if (!pending) {
      pending = db.member
        .upsert({
          where: { id: actor.id },
          create: { id: actor.id, name: actor.name, authority: service.part, region: service.region },
          update: {
            name: actor.name,
            authority: service.part,
            region: service.region,
            lastSeenAt: new Date(),
          },
        })
        .then(() => {
          if (remembered.size > 10_000) remembered.clear();
          remembered.set(key, Date.now() + rememberMs);
        })
        .finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    await pending;
  }

  return {
    learn,

    /** The members of the caller's service, by name. */
    async team(actor: Actor): Promise<Team> {
      const service = requireService(actor);
      const members = await db.member.findMany({
        where: { authority: service.part, region: service.region },
        select: { id: true, name: true },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      });
      return { part: service.part, region: service.region, items: members };
    },

    /** A member of the caller's service by id, or a 400 pointing at `pointer`. */
    async teamMember(actor: Actor, id: string, pointer = '/assigneeId') {
      const service = requireService(actor);
      const member = await db.member.findFirst({
        where: { id, authority: service.part, region: service.region },
        select: { id: true, name: true },
      });
      if (!member) {
        throw new AppError('validation_failed', 'This person is not a member of your team.', [
          { pointer, code: 'not_in_team', message: 'Choose someone from your team (GET /v1/team).' },
        ]);
      }
      return member;
    },
  };
}

export type TeamService = ReturnType<typeof createTeamService>;
