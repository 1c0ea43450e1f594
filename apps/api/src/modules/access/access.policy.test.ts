import type { Actor } from '@loket/auth';
import { type Db, Prisma } from '@loket/db';
import { createApplication, createDocument, createEmployer } from '@loket/db/seed';
import { createTestDatabase, type TestDatabase } from '@loket/db/testing';
import { type ApplicationState, type Region, regions } from '@loket/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationScope, applicationScopeSql, documentScope, documentScopeSql } from './access.policy.ts';

/**
 * The policy's two renderings, the Prisma filters and the SQL conditions, select the same rows:
 * for every kind of actor, over applications of every region and milestone and documents of every
 * audience, the ids each one finds are the same set.
 */
let t: TestDatabase;
let db: Db;
/** Three employers' enterprise numbers, and their ids. */
const employers = { a: '', b: '', c: '' };
const employerIds = { a: '', b: '', c: '' };

const actors: Record<string, Actor> = {
  'applicant of A': { id: 'u1', name: 'u1', roles: ['applicant'], employers: [] },
  'applicant of A and B': { id: 'u2', name: 'u2', roles: ['applicant'], employers: [] },
  'applicant of no employer': { id: 'u3', name: 'u3', roles: ['applicant'], employers: [] },
  'applicant of an unknown employer': {
    id: 'u4',
    name: 'u4',
    roles: ['applicant'],
    employers: ['0000000097'],
  },
  ...Object.fromEntries(
    regions.map((region) => [
      `work caseworker of ${region}`,
      {
        id: `w-${region}`,
        name: 'w',
        roles: ['work_caseworker'],
        employers: [],
        authority: { kind: 'work', region },
      },
    ]),
  ),
  'work caseworker without authority': { id: 'w0', name: 'w', roles: ['work_caseworker'], employers: [] },
  'work caseworker of the residence service': {
    id: 'w1',
    name: 'w',
    roles: ['work_caseworker'],
    employers: [],
    authority: { kind: 'residence' },
  },
  'residence officer': {
    id: 'r1',
    name: 'r',
    roles: ['residence_officer'],
    employers: [],
    authority: { kind: 'residence' },
  },
  'residence officer of a work service': {
    id: 'r2',
    name: 'r',
    roles: ['residence_officer'],
    employers: [],
    authority: { kind: 'work', region: 'flanders' },
  },
  'residence officer without authority': { id: 'r3', name: 'r', roles: ['residence_officer'], employers: [] },
  analyst: { id: 'x1', name: 'x', roles: ['analyst'], employers: [] },
  'analyst of a work service': {
    id: 'x2',
    name: 'x',
    roles: ['analyst'],
    employers: [],
    authority: { kind: 'work', region: 'brussels' },
  },
  'applicant and Flemish work caseworker': {
    id: 'm1',
    name: 'm',
    roles: ['applicant', 'work_caseworker'],
    employers: [],
    authority: { kind: 'work', region: 'flanders' },
  },
  'work caseworker and residence officer of the residence service': {
    id: 'm2',
    name: 'm',
    roles: ['work_caseworker', 'residence_officer'],
    employers: [],
    authority: { kind: 'residence' },
  },
  'team lead of a work service, by that role alone': {
    id: 't1',
    name: 't',
    roles: ['team_lead'],
    employers: [],
    authority: { kind: 'work', region: 'flanders' },
  },
  'team lead and residence officer': {
    id: 't2',
    name: 't',
    roles: ['team_lead', 'residence_officer'],
    employers: [],
    authority: { kind: 'residence' },
  },
  'nobody in particular': { id: 'n1', name: 'n', roles: [], employers: [] },
};

const states: ApplicationState[] = ['draft', 'submitted', 'work_review', 'residence_review', 'withdrawn'];
/** What the fixture holds, to count independently of both renderings. */
const fixture: {
  id: string;
  employer: keyof typeof employers;
  region: Region | null;
  state: ApplicationState;
}[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  db = t.db;
  for (const key of Object.keys(employers) as (keyof typeof employers)[]) {
    const employer = await createEmployer(db);
    employers[key] = employer.enterpriseNumber as string;
    employerIds[key] = employer.id;
  }
  (actors['applicant of A'] as Actor).employers = [employers.a];
  (actors['applicant of A and B'] as Actor).employers = [employers.a, employers.b];
  (actors['applicant and Flemish work caseworker'] as Actor).employers = [employers.c];
  for (const employer of Object.keys(employers) as (keyof typeof employers)[]) {
    for (const region of [...regions, null]) {
      for (const state of states) {
        const app = await createApplication(db, {
          employerId: employerIds[employer],
          state,
          region,
        });
        fixture.push({ id: app.id, employer, region, state });
        if (state === 'draft') continue;
        // Each audience, shared with the applicant or not.
        await createDocument(db, { applicationId: app.id, type: 'passport' });
        const work = await createDocument(db, { applicationId: app.id, type: 'note' });
        await db.document.update({
          where: { id: work.id },
          data: { audience: 'work', visibleToApplicant: false },
        });
        const residence = await createDocument(db, { applicationId: app.id, type: 'medical_certificate' });
        await db.document.update({ where: { id: residence.id }, data: { audience: 'residence' } });
      }
    }
  }
});

afterAll(() => t?.drop());

const sorted = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe('applicationScope and applicationScopeSql', () => {
  it.each(Object.keys(actors))('select the same applications for: %s', async (name) => {
    const actor = actors[name] as Actor;
    const viaPrisma = await db.application.findMany({ where: applicationScope(actor), select: { id: true } });
    const viaSql = await db.$queryRaw<{ id: string }[]>(
      Prisma.sql`SELECT app.id::text AS id FROM application app WHERE ${applicationScopeSql(actor, 'app')}`,
    );
    expect(sorted(viaSql)).toEqual(sorted(viaPrisma));
  });

  it('is a real selection: each service sees its own files and only those', async () => {
    const count = async (actor: Actor) =>
      (
        await db.$queryRaw<{ id: string }[]>(
          Prisma.sql`SELECT a.id::text AS id FROM application a WHERE ${applicationScopeSql(actor)}`,
        )
      ).length;
    const submitted = (s: ApplicationState) => s !== 'draft';
    const admissible = (s: ApplicationState) => s === 'work_review' || s === 'residence_review';
    expect(await count(actors['work caseworker of flanders'] as Actor)).toBe(
      fixture.filter((f) => f.region === 'flanders' && submitted(f.state)).length,
    );
    expect(await count(actors['residence officer'] as Actor)).toBe(
      fixture.filter((f) => admissible(f.state)).length,
    );
    expect(await count(actors['applicant of A and B'] as Actor)).toBe(
      fixture.filter((f) => f.employer !== 'c').length,
    );
    expect(await count(actors['applicant and Flemish work caseworker'] as Actor)).toBe(
      fixture.filter((f) => f.employer === 'c' || (f.region === 'flanders' && submitted(f.state))).length,
    );
    expect(await count(actors.analyst as Actor)).toBe(0);
  });
});

describe('documentScope and documentScopeSql', () => {
  it.each(Object.keys(actors))('select the same documents for: %s', async (name) => {
    const actor = actors[name] as Actor;
    const viaPrisma = await db.document.findMany({ where: documentScope(actor), select: { id: true } });
    const viaSql = await db.$queryRaw<{ id: string }[]>(
      Prisma.sql`SELECT doc.id::text AS id FROM document doc WHERE ${documentScopeSql(actor, 'doc')}`,
    );
    expect(sorted(viaSql)).toEqual(sorted(viaPrisma));
    expect(viaPrisma.length).toBeLessThan(await db.document.count());
  });

  it('is a real selection: the residence service sees shared and residence documents, not the region’s notes', async () => {
    const seen = await db.$queryRaw<{ audience: string }[]>(
      Prisma.sql`SELECT d.audience::text AS audience FROM document d
        WHERE ${documentScopeSql(actors['residence officer'] as Actor)}`,
    );
    expect(new Set(seen.map((d) => d.audience))).toEqual(new Set(['both', 'residence']));
  });
});

it('accepts only plain identifiers as the table alias', () => {
  expect(() => applicationScopeSql(actors.analyst as Actor, 'a; DROP TABLE application')).toThrow();
  expect(() => documentScopeSql(actors.analyst as Actor, 'd"')).toThrow();
});
