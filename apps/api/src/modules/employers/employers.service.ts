import type { Actor } from '@loket/auth';
import type { EmployerList, EstablishmentUnit } from '@loket/contracts';
import type { Db, EstablishmentUnit as EstablishmentUnitRow } from '@loket/db';

/** The employers a user acts for (the `employers` claim), with their places of employment. */
export function createEmployerService({ db }: { db: Db }) {
  return {
    async listEmployers(actor: Actor): Promise<EmployerList> {
      if (!actor.roles.includes('applicant')) return { items: [] };
      const rows = await db.organisation.findMany({
        where: { kind: 'employer', enterpriseNumber: { in: actor.employers } },
        include: { establishmentUnits: { orderBy: { name: 'asc' } } },
        orderBy: { name: 'asc' },
      });
      return {
        items: rows.map((e) => ({
          id: e.id,
          name: e.name,
          enterpriseNumber: e.enterpriseNumber ?? '',
          establishmentUnits: e.establishmentUnits.map(toEstablishmentUnit),
        })),
      };
    },
  };
}

export type EmployerService = ReturnType<typeof createEmployerService>;

export function toEstablishmentUnit(unit: EstablishmentUnitRow): EstablishmentUnit {
  const { id, name, street, postalCode, municipality, region, province } = unit;
  return { id, name, street, postalCode, municipality, region, province };
}
