import { locatePlaceOfEmployment } from '@loket/domain';
import type { Db } from '../client.ts';
import { demoIds } from './ids.ts';

interface DemoUnit {
  id: string;
  name: string;
  street: string;
  postalCode: string;
  municipality: string;
}

interface DemoEmployer {
  id: string;
  enterpriseNumber: string;
  name: string;
  units: DemoUnit[];
}

/** Fictitious employers for the demo and the end-to-end tests (valid KBO check digits). */
export const demoEmployers: readonly DemoEmployer[] = [
  {
    id: demoIds.brouwerij,
    enterpriseNumber: '0417097129',
    name: 'Brouwerij De Klok NV',
    units: [
      {
        id: demoIds.brouwerijAntwerpen,
        name: 'Antwerpen',
        street: 'Meir 1',
        postalCode: '2000',
        municipality: 'Antwerpen',
      },
      {
        id: demoIds.brouwerijGent,
        name: 'Gent',
        street: 'Korenmarkt 2',
        postalCode: '9000',
        municipality: 'Gent',
      },
    ],
  },
  {
    id: demoIds.zorggroep,
    enterpriseNumber: '0812345603',
    name: 'Zorggroep Horizon VZW',
    units: [
      {
        id: demoIds.zorggroepBrussel,
        name: 'Brussel',
        street: 'Wetstraat 10',
        postalCode: '1000',
        municipality: 'Brussel',
      },
      {
        id: demoIds.zorggroepLeuven,
        name: 'Leuven',
        street: 'Bondgenotenlaan 5',
        postalCode: '3000',
        municipality: 'Leuven',
      },
    ],
  },
];

/** Idempotent: employers are matched on their enterprise number, units on their fixed id. */
export async function seedDemoData(db: Db): Promise<void> {
  for (const employer of demoEmployers) {
    await db.$transaction(async (tx) => {
      const organisation = await tx.organisation.upsert({
        where: { enterpriseNumber: employer.enterpriseNumber },
        create: {
          id: employer.id,
          kind: 'employer',
          name: employer.name,
          enterpriseNumber: employer.enterpriseNumber,
        },
        update: { kind: 'employer', name: employer.name },
      });
      for (const unit of employer.units) {
        const place = locatePlaceOfEmployment(unit.postalCode);
        if (!place) throw new Error(`Demo unit ${unit.id} has a non-Belgian postal code`);
        const data = { ...unit, employerId: organisation.id, region: place.region, province: place.province };
        await tx.establishmentUnit.upsert({ where: { id: unit.id }, create: data, update: data });
      }
    });
  }
}
