import type { Db } from '@loket/db';
import { type Category, type Part, type Region, type Throughput, throughputSettings } from '@loket/domain';

export interface ThroughputServiceDeps {
  db: Db;
  /** How long a figure is reused: throughput moves over weeks, and the query reads a year of files. */
  ttlMs?: number;
  now?: () => Date;
}

/**
 * How long a part has recently taken (docs/architecture.md, "expected decision"): the median
 * handling days of that part's decisions within the window, for one category and, for the work
 * part, one region. Handling days run from the part's start (submission; the work grant for the
 * residence part) to its decision, less the time the part's supplement requests were open.
 */
export function createThroughputService({
  db,
  ttlMs = 10 * 60_000,
  now = () => new Date(),
}: ThroughputServiceDeps) {
  const cache = new Map<string, { at: number; value: Promise<Throughput> }>();

  async function measure(part: Part, category: Category, region: Region | null): Promise<Throughput> {
    const since = new Date(now().getTime() - throughputSettings.windowDays * 86_400_000);
    const rows =
      part === 'work'
        ? await db.$queryRaw<{ cases: number; median_days: number | null }[]>`
            SELECT count(*)::int AS cases,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY d.days) AS median_days
            FROM (
              SELECT (EXTRACT(EPOCH FROM (a.work_decided_at - a.submitted_at)) - COALESCE((
                       SELECT SUM(EXTRACT(EPOCH FROM (LEAST(COALESCE(s.answered_at, a.work_decided_at), a.work_decided_at) - s.created_at)))
                       FROM supplement_request s WHERE s.application_id = a.id AND s.part = 'work'), 0)) / 86400 AS days
              FROM application a
              WHERE a.category = ${category}::"Category" AND a.region = ${region}::"Region"
                AND a.work_decided_at >= ${since} AND a.submitted_at IS NOT NULL
            ) d`
        : await db.$queryRaw<{ cases: number; median_days: number | null }[]>`
            SELECT count(*)::int AS cases,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY d.days) AS median_days
            FROM (
              SELECT (EXTRACT(EPOCH FROM (a.residence_decided_at - a.work_decided_at)) - COALESCE((
                       SELECT SUM(EXTRACT(EPOCH FROM (LEAST(COALESCE(s.answered_at, a.residence_decided_at), a.residence_decided_at) - s.created_at)))
                       FROM supplement_request s WHERE s.application_id = a.id AND s.part = 'residence'), 0)) / 86400 AS days
              FROM application a
              WHERE a.category = ${category}::"Category"
                AND a.residence_decided_at >= ${since} AND a.work_decided_at IS NOT NULL
            ) d`;
    const row = rows[0];
    const median = row?.median_days === null || row?.median_days === undefined ? 0 : Number(row.median_days);
    return { cases: row?.cases ?? 0, medianDays: Math.round(Math.max(0, median) * 10) / 10 };
  }

  return {
    /** The part's recent throughput for a category (and the work service's region). */
    forPart(part: Part, category: Category, region: Region | null): Promise<Throughput> {
      const key = `${part}:${category}:${part === 'work' ? region : ''}`;
      const hit = cache.get(key);
      const at = now().getTime();
      if (hit && at - hit.at < ttlMs) return hit.value;
      const value = measure(part, category, part === 'work' ? region : null);
      cache.set(key, { at, value });
      // A failed query is not kept: the next reader tries again.
      value.catch(() => cache.delete(key));
      return value;
    },
  };
}

export type ThroughputService = ReturnType<typeof createThroughputService>;
