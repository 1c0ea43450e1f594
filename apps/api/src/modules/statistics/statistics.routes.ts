import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  StatisticsCatalogSchema,
  StatisticsExportQuery,
  StatisticsQuery,
  StatisticsReportSchema,
  StatisticsTableKeyParams,
  statisticsExportMediaTypes,
} from '@loket/contracts';
import { Type } from 'typebox';
import { problemResponses } from '../../http/problem-responses.ts';
import { exportFileName, toCsv, toXlsx } from './statistics.export.ts';
import type { StatisticsService } from './statistics.service.ts';

const tags = ['statistics'];

/** The export's answer per media type (parameters such as charset are not part of the key). */
const exportContent = Object.fromEntries(
  Object.values(statisticsExportMediaTypes).map((type) => [
    type.split(';')[0] as string,
    { schema: Type.Unsafe<string | Uint8Array>({ type: 'string', format: 'binary' }) },
  ]),
);

export const statisticsRoutes: FastifyPluginAsyncTypebox<{ statistics: StatisticsService }> = async (
  app,
  { statistics },
) => {
  app.get(
    '/statistics',
    {
      schema: {
        tags,
        summary: 'What statistics there are: the tables, the years, the export formats, the definitions',
        response: { 200: StatisticsCatalogSchema, ...problemResponses(401, 403) },
      },
    },
    (request) => statistics.catalog(request.actor),
  );

  app.get(
    '/statistics/:table',
    {
      schema: {
        tags,
        summary:
          'One table of the parliamentary question, per year and region, small counts withheld; analysts and team leads',
        params: StatisticsTableKeyParams,
        querystring: StatisticsQuery,
        response: { 200: StatisticsReportSchema, ...problemResponses(400, 401, 403) },
      },
    },
    (request) => statistics.report(request.actor, request.params.table, request.query),
  );

  app.get(
    '/statistics/:table/export',
    {
      schema: {
        tags,
        summary: 'The same table as a CSV or XLSX file, with its footnotes and definitions',
        params: StatisticsTableKeyParams,
        querystring: StatisticsExportQuery,
        response: {
          200: { description: 'The table as a file in the format asked for', content: exportContent },
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const report = await statistics.report(request.actor, request.params.table, query);
      const body = format === 'csv' ? toCsv(report) : toXlsx(report);
      return reply
        .header('Content-Type', statisticsExportMediaTypes[format])
        .header('Content-Disposition', `attachment; filename="${exportFileName(report, format)}"`)
        .header('Cache-Control', 'private, no-store')
        .send(body);
    },
  );
};
