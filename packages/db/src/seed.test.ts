import { isValidEnterpriseNumber } from '@loket/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorityIds, demoIds, seedDemoData, seedReferenceData } from './index.ts';
import { randomEnterpriseNumber } from './seed/index.ts';
import { createTestDatabase, type TestDatabase } from './testing.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.drop());

async function snapshot() {
  return {
    organisations: await t.db.organisation.findMany({ orderBy: { id: 'asc' } }),
    units: await t.db.establishmentUnit.findMany({ orderBy: { id: 'asc' } }),
  };
}

describe('seeding', () => {
  it('is idempotent: seeding twice yields the same rows', async () => {
    await seedReferenceData(t.db);
    await seedDemoData(t.db);
    const first = await snapshot();
    await seedReferenceData(t.db);
    await seedDemoData(t.db);
    expect(await snapshot()).toEqual(first);
    expect(first.organisations).toHaveLength(7);
    expect(first.units).toHaveLength(4);
  });

  it('creates one work service per region and the federal residence service', async () => {
    await seedReferenceData(t.db);
    const work = await t.db.organisation.findMany({
      where: { kind: 'work_service' },
      orderBy: { id: 'asc' },
    });
    expect(work.map((o) => o.region)).toEqual(['flanders', 'brussels', 'wallonia', 'german_speaking']);
    expect(work[0]).toMatchObject({
      id: authorityIds.workFlanders,
      name: 'Departement Werk en Sociale Economie – Economische Migratie',
    });
    const residence = await t.db.organisation.findMany({ where: { kind: 'residence_service' } });
    expect(residence).toEqual([
      expect.objectContaining({ name: 'Dienst Vreemdelingenzaken / Office des Étrangers', region: null }),
    ]);
  });

  it('places the demo units in the right region and province', async () => {
    await seedDemoData(t.db);
    const employer = await t.db.organisation.findUniqueOrThrow({
      where: { enterpriseNumber: '0812345603' },
      include: { establishmentUnits: { orderBy: { postalCode: 'asc' } } },
    });
    expect(employer.name).toBe('Zorggroep Horizon VZW');
    expect(employer.establishmentUnits.map((u) => [u.postalCode, u.street, u.province, u.region])).toEqual([
      ['1000', 'Wetstraat 10', 'brussels_capital', 'brussels'],
      ['3000', 'Bondgenotenlaan 5', 'flemish_brabant', 'flanders'],
    ]);
    const gent = await t.db.establishmentUnit.findUniqueOrThrow({ where: { id: demoIds.brouwerijGent } });
    expect(gent).toMatchObject({
      postalCode: '9000',
      street: 'Korenmarkt 2',
      province: 'east_flanders',
      region: 'flanders',
    });
  });

  it('generates valid enterprise numbers for factory employers', () => {
    for (let i = 0; i < 200; i++) expect(isValidEnterpriseNumber(randomEnterpriseNumber())).toBe(true);
  });
});
