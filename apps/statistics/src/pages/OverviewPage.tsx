import { formatDateTime, Link, Loading, ProblemAlert, useApi, useAsync, usePageTitle } from '@loket/ui';
import { Definitions, SuppressionNote } from '../components/Notes.tsx';
import { pageOf } from '../tables.ts';

/** The start page: which tables answer which part of the question, and the rules they follow. */
export function OverviewPage() {
  const api = useApi();
  usePageTitle('Statistics');
  const catalog = useAsync(() => api.statisticsCatalog(), 'catalog');
  return (
    <>
      <h1>Statistics</h1>
      <p className="lead">
        The tables of the parliamentary question on economic migration (Flemish Parliament, written question
        354 of 2021), counted live from the files: every year since 2019, the running year so far.
      </p>
      {catalog.loading && <Loading />}
      {catalog.error !== undefined && (
        <ProblemAlert error={catalog.error} onRetry={() => void catalog.reload()} />
      )}
      {catalog.data && (
        <>
          <p>
            Years: {catalog.data.years[0]} to {catalog.data.currentYear} (so far). Figures as of{' '}
            <time dateTime={catalog.data.asOf}>{formatDateTime(catalog.data.asOf)}</time>.
          </p>
          <ul className="table-list">
            {catalog.data.tables.map((t) => (
              <li key={t.key}>
                <h2>
                  <Link to={pageOf(t.key).path}>{t.title}</Link>
                </h2>
                <p>{t.description}</p>
                <p className="muted">{pageOf(t.key).question}</p>
              </li>
            ))}
          </ul>
          <SuppressionNote />
          <Definitions definitions={catalog.data.definitions} />
        </>
      )}
    </>
  );
}
