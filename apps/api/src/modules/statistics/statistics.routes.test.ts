import { statisticsExportMediaTypes } from '@loket/contracts';
import { describe, expect, it } from 'vitest';
import { useHarness } from '../../testing/use-harness.ts';

const { h } = useHarness();

describe('the statistics export in the OpenAPI document', () => {
  it('names the media types the export answers with (CSV, XLSX), not JSON', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    const ok = doc.paths['/v1/statistics/{table}/export'].get.responses['200'];
    expect(Object.keys(ok.content).sort()).toEqual([
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'text/csv',
    ]);
    for (const format of ['csv', 'xlsx'] as const) {
      const res = await h.app.inject({
        method: 'GET',
        url: `/v1/statistics/applications/export?format=${format}&year=2024`,
        headers: await h.as('ada'),
      });
      expect(res.statusCode, format).toBe(200);
      expect(res.headers['content-type'], format).toBe(statisticsExportMediaTypes[format]);
      // The file itself, not the file as a JSON string.
      if (format === 'csv') expect(res.body).toMatch(/^\uFEFF"Applications, /);
      else expect(res.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(Object.keys(ok.content), format).toContain(statisticsExportMediaTypes[format].split(';')[0]);
    }
  });
});
