import { readLegalClock } from '@loket/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing.ts';
import {
  seedSynthetic,
  syntheticApplications,
  syntheticCountFor,
  syntheticEmployers,
  syntheticMembers,
} from './synthetic.ts';

const now = new Date('2026-11-28T12:00:00Z');
const options = { count: 3_000, seed: 42, now };

describe('synthetic applications', () => {
  it('are the same for the same seed and differ for another', () => {
    const first = (seed: number) => {
      const o = { ...options, seed };
      const list = [
        ...syntheticApplications({ ...o, count: 50 }, syntheticEmployers(o), syntheticMembers(seed)),
      ];
      return list.map((a) => [a.id, a.reference, a.state, a.familyName, a.submittedAt?.toISOString()]);
    };
    expect(first(42)).toEqual(first(42));
    expect(first(43)).not.toEqual(first(42));
  });

  it('spread over the years, regions, categories and states as in practice', () => {
    const apps = [...syntheticApplications(options, syntheticEmployers(options), syntheticMembers(42))];
    const share = (f: (a: (typeof apps)[number]) => boolean) => apps.filter(f).length / apps.length;
    expect(share((a) => a.region === 'flanders')).toBeGreaterThan(0.55);
    expect(share((a) => a.region === 'flanders')).toBeLessThan(0.65);
    expect(share((a) => a.region === 'german_speaking')).toBeGreaterThan(0);
    expect(share((a) => a.category === 'highly_qualified')).toBeGreaterThan(0.25);
    const years = new Set(apps.map((a) => a.createdAt.getUTCFullYear()));
    for (const y of [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]) expect(years).toContain(y);
    // Old files have ended; recent ones are open, in every open state.
    const old = apps.filter((a) => a.submittedAt && a.submittedAt < new Date('2025-01-01'));
    expect(
      old.every((a) =>
        ['inadmissible', 'work_refused', 'residence_refused', 'permit_granted', 'withdrawn'].includes(
          a.state,
        ),
      ),
    ).toBe(true);
    const states = new Set(apps.map((a) => a.state));
    for (const s of [
      'submitted',
      'work_supplement_requested',
      'work_review',
      'residence_review',
      'permit_granted',
    ]) {
      expect(states).toContain(s);
    }
    expect(share((a) => a.state === 'permit_granted')).toBeGreaterThan(0.6);
    // Regions and provinces come from the postal code of the place of employment.
    expect(apps.every((a) => a.province !== 'brussels_capital' || a.region === 'brussels')).toBe(true);
  });
});

describe('for the statistics', () => {
  it('give about 12,000 Flemish files a year at the seed volume', () => {
    const count = syntheticCountFor({ flandersPerYear: 12_000, now });
    const o = { count, seed: 5, now };
    const apps = [...syntheticApplications(o, syntheticEmployers(o), syntheticMembers(5))];
    const flemish2024 = apps.filter(
      (a) => a.region === 'flanders' && a.submittedAt && a.submittedAt.getUTCFullYear() === 2024,
    ).length;
    expect(flemish2024).toBeGreaterThan(11_000);
    expect(flemish2024).toBeLessThan(15_500);
  });

  it('shape the workers by category, decide both parts with dates and code every refusal', () => {
    const apps = [...syntheticApplications(options, syntheticEmployers(options), syntheticMembers(42))];
    const ages = (category: string) =>
      apps
        .filter((a) => a.category === category)
        .map((a) => (a.createdAt.getTime() - a.birthDate.getTime()) / (365.25 * 86_400_000));
    expect(Math.min(...ages('au_pair'))).toBeGreaterThanOrEqual(17.9);
    expect(Math.max(...ages('au_pair'))).toBeLessThan(27.5);
    const auPairs = apps.filter((a) => a.category === 'au_pair');
    expect(auPairs.filter((a) => a.sex === 'female').length / auPairs.length).toBeGreaterThan(0.75);
    for (const s of [
      'abroad',
      'student_in_belgium',
      'international_protection',
      'other_residence_in_belgium',
    ]) {
      expect(apps.some((a) => a.situation === s)).toBe(true);
    }
    expect(new Set(apps.map((a) => a.nationality)).size).toBeGreaterThan(25);
    const decisions = apps.flatMap((a) => a.decisions.map((d) => ({ a, d })));
    for (const { a, d } of decisions) {
      expect(d.grounds.length > 0).toBe(d.outcome !== 'granted');
      expect(d.decidedAt).toEqual(d.part === 'work' ? a.workDecidedAt : a.residenceDecidedAt);
    }
    const outcomes = new Set(decisions.map(({ d }) => `${d.part}:${d.outcome}`));
    for (const o of [
      'work:granted',
      'work:refused',
      'work:inadmissible',
      'residence:granted',
      'residence:refused',
    ]) {
      expect(outcomes).toContain(o);
    }
  });
});

describe('loading them', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t?.drop());

  it('writes consistent rows, the stored clock by the domain rule, and rebuilds every index', async () => {
    const indexes = async () =>
      (
        await t.db.$queryRaw<
          { n: bigint }[]
        >`SELECT count(*) AS n FROM pg_indexes WHERE schemaname = 'public'`
      )[0]?.n;
    const before = await indexes();
    const result = await seedSynthetic(t.databaseUrl, { ...options, batchSize: 700 });
    expect(result.applications).toBe(3_000);
    expect(await indexes()).toBe(before);
    expect(await t.db.application.count()).toBe(3_000);
    expect(await t.db.decision.count()).toBe(result.decisions);
    expect(await t.db.applicationEvent.count()).toBe(result.events);

    // Foreign keys were not checked during the load: check them now.
    const orphans = await t.db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM application a
       WHERE NOT EXISTS (SELECT 1 FROM organisation o WHERE o.id = a.employer_id)
          OR NOT EXISTS (SELECT 1 FROM establishment_unit u WHERE u.id = a.establishment_unit_id AND u.employer_id = a.employer_id)
          OR (a.work_assignee_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM member m WHERE m.id = a.work_assignee_id))`;
    expect(Number(orphans[0]?.n)).toBe(0);

    const sample = await t.db.application.findMany({
      where: { submittedAt: { not: null } },
      include: { supplementRequests: true },
      take: 300,
    });
    for (const a of sample) {
      const pauses = a.supplementRequests.map((r) => ({ from: r.createdAt, to: r.answeredAt }));
      const open = pauses.find((p) => p.to === null);
      const reading = readLegalClock({ startedAt: a.submittedAt as Date, pauses }, open ? open.from : now);
      expect(a.decisionDeadline).toEqual(reading.deadline);
      expect(a.clockPausedSince).toEqual(open?.from ?? null);
    }
    // The search text written without triggers is what the database's own function makes.
    const differing = await t.db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM application
       WHERE search_text IS DISTINCT FROM
             loket_search_text(reference, employer_id, worker_given_name, worker_family_name)`;
    expect(Number(differing[0]?.n)).toBe(0);
    // An employer's new name reaches the search text of its applications (a trigger).
    const one = await t.db.application.findFirstOrThrow({ select: { employerId: true } });
    await t.db.organisation.update({ where: { id: one.employerId }, data: { name: 'Željko Test Société' } });
    const renamed = await t.db.application.findMany({
      where: { employerId: one.employerId },
      select: { searchText: true },
    });
    expect(renamed.every((r) => r.searchText?.includes('zeljko test societe'))).toBe(true);
    // The inbox reads the parts' states as milestones (docs/inbox.md): the same files.
    const mismatched = await t.db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM application
       WHERE (state IN ('submitted', 'work_supplement_requested', 'work_review'))
               IS DISTINCT FROM (submitted_at IS NOT NULL AND work_decided_at IS NULL AND closed_at IS NULL)
          OR (state IN ('residence_review', 'residence_supplement_requested'))
               IS DISTINCT FROM (work_decided_at IS NOT NULL AND closed_at IS NULL)`;
    expect(Number(mismatched[0]?.n)).toBe(0);
    const waiting = await t.db.application.count({ where: { state: 'work_supplement_requested' } });
    // (A file withdrawn while a request was open keeps its request open: ended, it is in no list.)
    const paused = await t.db.application.count({
      where: { clockPausedSince: { not: null }, state: { notIn: ['withdrawn'] } },
    });
    expect(paused).toBe(
      waiting + (await t.db.application.count({ where: { state: 'residence_supplement_requested' } })),
    );
  });
});
