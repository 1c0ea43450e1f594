/**
 * Aggregate statistics (docs/statistics.md): the tables the parliamentary question asks for, live
 * from the files, for analysts and team leads. Aggregates only: every count of 1 to 4 is withheld
 * ("<5"), and so are as many other cells as it takes that such a count cannot be worked out from
 * the totals (secondary suppression, packages/domain/src/statistics).
 *
 * One publication per data snapshot: every table is computed for one year and one region (the
 * regions' populations do not overlap, nor do the years'), with its own totals. The filters only
 * choose which of these tables, rows and columns are returned; they never change a number or what
 * is withheld, so two queries cannot be subtracted from each other to recover a hidden count.
 *
 * Endpoints (roles `analyst` and `team_lead`; everyone else 403):
 *   GET /v1/statistics                                      StatisticsCatalog
 *   GET /v1/statistics/:table?year=&region=&category=       StatisticsReport
 *   GET /v1/statistics/:table/export?format=csv|xlsx&...    the same tables as a file
 */
import { type Static, Type } from 'typebox';
import { CategorySchema, RegionSchema, TimestampSchema } from './common.ts';

/**
 * The tables, each answering part of the parliamentary question:
 * - `applications`: applications and work-part grants per category and province of employment (Annex 1);
 * - `refusal_grounds`: the grounds of refusals and inadmissibility decisions per category;
 * - `grant_profiles`: work-part grants by age band, sex, nationality and applicant kind, per category (Annex 2);
 * - `throughput`: median and 90th percentile of the days each part took, and between the parts.
 */
export const statisticsTableKeys = [
  'applications',
  'refusal_grounds',
  'grant_profiles',
  'throughput',
] as const;
export const StatisticsTableKeySchema = Type.Enum(statisticsTableKeys);
export type StatisticsTableKey = Static<typeof StatisticsTableKeySchema>;

/** What one table counts (a `StatisticsTableKey` returns one or more of these per year and region). */
export const statisticsMeasures = [
  'applications',
  'grants',
  'refusal_grounds',
  'grants_by_age_band',
  'grants_by_sex',
  'grants_by_nationality',
  'grants_by_applicant_kind',
  'throughput',
] as const;
export const StatisticsMeasureSchema = Type.Enum(statisticsMeasures);
export type StatisticsMeasure = Static<typeof StatisticsMeasureSchema>;

export const StatisticsTableKeyParams = Type.Object({ table: StatisticsTableKeySchema });
export type StatisticsTableKeyParams = Static<typeof StatisticsTableKeyParams>;

const Year = Type.Integer({ minimum: 2019, maximum: 2100 });

/**
 * Which tables, rows and columns to return. Each filter takes one or more values (repeat the
 * parameter: year=2020&year=2021). Absent: every year from 2019 to the current one (which is
 * counted up to today), every region, every category.
 */
const filterFields = {
  year: Type.Optional(Type.Array(Year, { maxItems: 100 })),
  /** The region of the place of employment. */
  region: Type.Optional(Type.Array(RegionSchema, { maxItems: 4 })),
  category: Type.Optional(Type.Array(CategorySchema, { maxItems: 12 })),
};

export const StatisticsQuery = Type.Object(filterFields, { additionalProperties: false });
export type StatisticsQuery = Static<typeof StatisticsQuery>;

export const statisticsExportFormats = ['csv', 'xlsx'] as const;
export const StatisticsExportFormatSchema = Type.Enum(statisticsExportFormats);
export type StatisticsExportFormat = Static<typeof StatisticsExportFormatSchema>;

/**
 * The same tables as a file: `csv` (UTF-8 with a byte order mark, comma-separated, one block per
 * table, the definitions below) or `xlsx` (one sheet per table, the definitions as its footnote).
 * Answered as an attachment (Content-Disposition) with the format's media type.
 */
export const StatisticsExportQuery = Type.Object(
  { ...filterFields, format: StatisticsExportFormatSchema },
  { additionalProperties: false },
);
export type StatisticsExportQuery = Static<typeof StatisticsExportQuery>;

export const statisticsExportMediaTypes: Record<StatisticsExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Why a cell is withheld: `small` is a count of 1 to 4 (shown as "<5"; in the throughput table:
 * fewer than 5 files, so no median is given); `complement` is a larger count withheld so that a
 * small one cannot be worked out from the totals (shown as "x").
 */
export const statisticsSuppressionReasons = ['small', 'complement'] as const;
export const StatisticsSuppressedCellSchema = Type.Object({
  suppressed: Type.Enum(statisticsSuppressionReasons),
});
export type StatisticsSuppressedCell = Static<typeof StatisticsSuppressedCellSchema>;

/** A number (a count, or days with one decimal in the throughput table), or a withheld cell. */
export const StatisticsCellSchema = Type.Union([Type.Number({ minimum: 0 }), StatisticsSuppressedCellSchema]);
export type StatisticsCell = Static<typeof StatisticsCellSchema>;

/** `value`: an ordinary row or column; `total`: the sum over the table's value rows or columns. */
export const StatisticsLineKindSchema = Type.Enum(['value', 'total']);

export const StatisticsColumnSchema = Type.Object({
  /** A code: a province, a category, a decision ground, `total`, or a throughput measure. */
  key: Type.String(),
  label: Type.String(),
  kind: StatisticsLineKindSchema,
  /** A heading over several columns (e.g. 'Inadmissible', 'Work part: median'); null when none. */
  group: Type.Union([Type.String(), Type.Null()]),
});
export type StatisticsColumn = Static<typeof StatisticsColumnSchema>;

export const StatisticsRowSchema = Type.Object({
  /** A code: a category, an age band, a sex, an ISO 3166 country code, an applicant kind, or `total`. */
  key: Type.String(),
  label: Type.String(),
  kind: StatisticsLineKindSchema,
  /** One per column, in the columns' order. */
  cells: Type.Array(StatisticsCellSchema),
});
export type StatisticsRow = Static<typeof StatisticsRowSchema>;

export const StatisticsTableSchema = Type.Object({
  /** Unique within the report, stable across requests, e.g. `grants/flanders/2024`. */
  id: Type.String(),
  measure: StatisticsMeasureSchema,
  title: Type.String(),
  year: Year,
  /** The running year: counted up to the report's `asOf`, not a full year. */
  partialYear: Type.Boolean(),
  /** The region of the place of employment; null: all of Belgium (throughput only, not a count). */
  region: Type.Union([RegionSchema, Type.Null()]),
  /** What a number counts: files (applications), decisions, or days (throughput). */
  unit: Type.Enum(['files', 'decisions', 'days']),
  /** The heading of the first column (what the rows are). */
  rowHeading: Type.String(),
  columns: Type.Array(StatisticsColumnSchema),
  rows: Type.Array(StatisticsRowSchema),
  /** Notes on this table only (the running year, a row that does not add up, ...). */
  footnotes: Type.Array(Type.String()),
});
export type StatisticsTable = Static<typeof StatisticsTableSchema>;

/** One definition: what a term in the tables means (which date makes the year, what a grant is, ...). */
export const StatisticsDefinitionSchema = Type.Object({ term: Type.String(), text: Type.String() });
export type StatisticsDefinition = Static<typeof StatisticsDefinitionSchema>;

export const StatisticsReportSchema = Type.Object({
  table: StatisticsTableKeySchema,
  title: Type.String(),
  /** The filters as applied (defaults filled in, sorted). */
  query: Type.Object({
    year: Type.Array(Year),
    region: Type.Array(RegionSchema),
    category: Type.Array(CategorySchema),
  }),
  /** The moment the numbers were read: the running year counts up to here. */
  asOf: TimestampSchema,
  /** In order: by year, then region, then measure. */
  tables: Type.Array(StatisticsTableSchema),
  /** The definitions, to print under the tables (the exports' footnote). */
  definitions: Type.Array(StatisticsDefinitionSchema),
});
export type StatisticsReport = Static<typeof StatisticsReportSchema>;

export const StatisticsTableInfoSchema = Type.Object({
  key: StatisticsTableKeySchema,
  title: Type.String(),
  description: Type.String(),
  measures: Type.Array(StatisticsMeasureSchema),
});
export type StatisticsTableInfo = Static<typeof StatisticsTableInfoSchema>;

/** What can be asked: the tables, the years with data (2019 to the current one), the export formats. */
export const StatisticsCatalogSchema = Type.Object({
  tables: Type.Array(StatisticsTableInfoSchema),
  years: Type.Array(Year),
  currentYear: Year,
  asOf: TimestampSchema,
  formats: Type.Array(StatisticsExportFormatSchema),
  definitions: Type.Array(StatisticsDefinitionSchema),
});
export type StatisticsCatalog = Static<typeof StatisticsCatalogSchema>;
