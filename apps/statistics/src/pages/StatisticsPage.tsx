import type { StatisticsExportFormat, StatisticsReport, StatisticsTableKey } from '@loket/contracts';
import {
  categoryLabels,
  formatDateTime,
  Loading,
  ProblemAlert,
  regionLabels,
  useApi,
  useAsync,
  useLocation,
  usePageTitle,
} from '@loket/ui';
import { useState } from 'react';
import { suppressionsIn } from '../cells.ts';
import { annexCharts, throughputPlaces, throughputTrend } from '../charts.ts';
import { BarChart } from '../components/BarChart.tsx';
import { DataTable } from '../components/DataTable.tsx';
import { FiltersForm } from '../components/FiltersForm.tsx';
import { Definitions, SuppressionNote } from '../components/Notes.tsx';
import { TrendChart } from '../components/TrendChart.tsx';
import { filtersFromSearch, queryOfFilters, searchOfFilters } from '../filters.ts';
import { domId, type ReportSection, sectionsOf } from '../report.ts';
import { pageOf } from '../tables.ts';

const placeOf = (section: Pick<ReportSection, 'region'>) =>
  section.region === null ? 'Belgium' : regionLabels[section.region];

/**
 * One table of the parliamentary question: the filters, the figures as of now (with the running
 * year so far), the charts that go with them, the downloads and a print view of the tables alone.
 */
export function StatisticsPage({ table }: { table: StatisticsTableKey }) {
  const page = pageOf(table);
  const api = useApi();
  const { search } = useLocation();
  const filters = filtersFromSearch(search);
  const filterKey = searchOfFilters(filters);
  const catalog = useAsync(() => api.statisticsCatalog(), 'catalog');
  const report = useAsync(() => api.statisticsReport(table, queryOfFilters(filters)), `${table}${filterKey}`);
  const title = catalog.data?.tables.find((t) => t.key === table)?.title ?? page.navLabel;
  usePageTitle(title);

  return (
    <>
      <h1>{title}</h1>
      <p className="lead">{page.question}</p>
      {catalog.error !== undefined && (
        <ProblemAlert error={catalog.error} onRetry={() => void catalog.reload()} />
      )}
      {catalog.data && (
        <section aria-labelledby="filters-heading" className="no-print">
          <h2 id="filters-heading">Filters</h2>
          <FiltersForm key={filterKey} path={page.path} catalog={catalog.data} filters={filters} />
        </section>
      )}
      {report.error !== undefined && (
        <ProblemAlert error={report.error} onRetry={() => void report.reload()} />
      )}
      {report.loading && <Loading label="Counting the figures…" />}
      {report.data && !report.loading && <Report report={report.data} table={table} />}
    </>
  );
}

function Report({ report, table }: { report: StatisticsReport; table: StatisticsTableKey }) {
  const sections = sectionsOf(report);
  const withheld = suppressionsIn(report);
  const extracted = formatDateTime(report.asOf);
  return (
    <>
      <section aria-labelledby="applied-heading" className="applied">
        <h2 id="applied-heading">Figures shown</h2>
        <dl className="summary">
          <div>
            <dt>Years</dt>
            <dd>{report.query.year.join(', ') || 'none'}</dd>
          </div>
          <div>
            <dt>Regions</dt>
            <dd>{report.query.region.map((r) => regionLabels[r]).join(', ') || 'none'}</dd>
          </div>
          <div>
            <dt>Categories</dt>
            <dd>
              {report.query.category.length === Object.keys(categoryLabels).length
                ? 'All categories'
                : report.query.category.map((c) => categoryLabels[c]).join(', ')}
            </dd>
          </div>
          <div>
            <dt>Extracted</dt>
            <dd>
              <time dateTime={report.asOf}>{extracted}</time> (live data; the running year counts up to this
              moment)
            </dd>
          </div>
        </dl>
        <Downloads table={table} report={report} />
      </section>
      <SuppressionNote reasons={withheld} />
      {sections.length === 0 && <p>No table matches these filters.</p>}
      {table === 'throughput' && <ThroughputTrend report={report} />}
      {sections.map((section) => {
        const heading = `${section.year}, ${placeOf(section)}${section.partialYear ? ' (running year, so far)' : ''}`;
        const headingId = domId('section', section.key);
        return (
          <section key={section.key} aria-labelledby={headingId} className="report-section">
            <h2 id={headingId}>{heading}</h2>
            {table === 'applications' && (
              <div className="charts no-print">
                {annexCharts(section, placeOf(section)).map((chart) => (
                  <BarChart key={chart.id} chart={chart} />
                ))}
              </div>
            )}
            {section.tables.map((t) => (
              <DataTable
                key={t.id}
                table={t}
                partialNote={t.partialYear ? `(up to ${extracted})` : undefined}
              />
            ))}
          </section>
        );
      })}
      <Definitions definitions={report.definitions} />
    </>
  );
}

function ThroughputTrend({ report }: { report: StatisticsReport }) {
  const charts = throughputPlaces(report.tables).flatMap((region) => {
    const chart = throughputTrend(report.tables, region, placeOf({ region }));
    return chart ? [{ region, chart }] : [];
  });
  if (charts.length === 0) return null;
  return (
    <section aria-labelledby="trend-heading" className="no-print">
      <h2 id="trend-heading">Trend</h2>
      <div className="charts">
        {charts.map(({ region, chart }) => (
          <TrendChart key={region ?? 'belgium'} chart={chart} id={`chart-trend-${region ?? 'belgium'}`} />
        ))}
      </div>
    </section>
  );
}

/** The API's own exports of exactly what is shown, and the print view. */
function Downloads({ table, report }: { table: StatisticsTableKey; report: StatisticsReport }) {
  const api = useApi();
  const [busy, setBusy] = useState<StatisticsExportFormat>();
  const [error, setError] = useState<unknown>();
  const download = async (format: StatisticsExportFormat) => {
    setBusy(format);
    setError(undefined);
    try {
      await api.downloadStatistics(table, report.query, format);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <div className="no-print">
      <div className="button-row">
        {(['csv', 'xlsx'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button secondary"
            aria-disabled={busy !== undefined || undefined}
            onClick={() => busy === undefined && void download(format)}
          >
            {busy === format ? `Preparing ${format.toUpperCase()}…` : `Download ${format.toUpperCase()}`}
          </button>
        ))}
        <button type="button" className="button secondary" onClick={() => window.print()}>
          Print
        </button>
      </div>
      {error !== undefined && <ProblemAlert error={error} />}
    </div>
  );
}
