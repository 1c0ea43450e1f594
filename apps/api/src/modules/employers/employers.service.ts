import type { Actor } from '@loket/auth';
import type { Employer, EmployerList, EstablishmentUnit } from '@loket/contracts';
import type { Db, EstablishmentUnit as EstablishmentUnitRow } from '@loket/db';
import { type ApplicationState, partStates, terminalStates } from '@loket/domain';
import { notFound } from '../../errors.ts';
import { actsForEmployer } from '../access/access.policy.ts';

const waiting: readonly ApplicationState[] = [...partStates.work.waiting, ...partStates.residence.waiting];

/** The employers a user acts for (the `employers` claim), with their places of employment. */
export function createEmployerService({ db }: { db: Db }) {
  async function employers(actor: Actor, id?: string): Promise<Employer[]> {
    if (!actor.roles.includes('applicant')) return [];
    const rows = await db.organisation.findMany({
      where: { AND: [actsForEmployer(actor), id ? { id } : {}] },
      include: { establishmentUnits: { orderBy: { name: 'asc' } } },
      orderBy: { name: 'asc' },
    });
    const counts = await db.application.groupBy({
      by: ['employerId', 'state'],
      where: { employerId: { in: rows.map((e) => e.id) } },
      _count: { _all: true },
    });
    const count = (employerId: string, states: (s: ApplicationState) => boolean) =>
      counts
        .filter((c) => c.employerId === employerId && states(c.state))
        .reduce((sum, c) => sum + c._count._all, 0);
    return rows.map((e) => ({
      id: e.id,
      name: e.name,
      enterpriseNumber: e.enterpriseNumber ?? '',
      establishmentUnits: e.establishmentUnits.map(toEstablishmentUnit),
      applications: {
        drafts: count(e.id, (s) => s === 'draft'),
        open: count(e.id, (s) => s !== 'draft' && !terminalStates.includes(s)),
        waitingForApplicant: count(e.id, (s) => waiting.includes(s)),
      },
    }));
  }

  return {
    async listEmployers(actor: Actor): Promise<EmployerList> {
      return { items: await employers(actor) };
    },

    /** One employer the user acts for; any other is not found, whether it exists or not. */
    async getEmployer(actor: Actor, id: string): Promise<Employer> {
      const [employer] = await employers(actor, id);
      if (!employer) throw notFound('employer');
      return employer;
    },
  };
}

export type EmployerService = ReturnType<typeof createEmployerService>;

export function toEstablishmentUnit(unit: EstablishmentUnitRow): EstablishmentUnit {
  const { id, name, street, postalCode, municipality, region, province } = unit;
  return { id, name, street, postalCode, municipality, region, province };
}
