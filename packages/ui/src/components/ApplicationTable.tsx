import type { ApplicationSummary } from '@loket/contracts';
import { formatDateTime } from '../format.ts';
import { categoryLabels, provinceLabels, regionLabels } from '../labels.ts';
import { Link } from '../router.tsx';
import { StateBadge } from './StateBadge.tsx';

export type ApplicationColumn =
  | 'worker'
  | 'employer'
  | 'category'
  | 'place'
  | 'state'
  | 'submitted'
  | 'updated';

const headers: Record<ApplicationColumn, string> = {
  worker: 'Worker',
  employer: 'Employer',
  category: 'Category',
  place: 'Place of employment',
  state: 'State',
  submitted: 'Submitted',
  updated: 'Last change',
};

function cell(a: ApplicationSummary, column: ApplicationColumn) {
  switch (column) {
    case 'worker':
      return a.workerName ?? <span className="muted">Not given yet</span>;
    case 'employer':
      return a.employer.name;
    case 'category':
      return a.category ? categoryLabels[a.category] : <span className="muted">Not chosen yet</span>;
    case 'place':
      if (a.province) return provinceLabels[a.province];
      return a.region ? regionLabels[a.region] : <span className="muted">Not chosen yet</span>;
    case 'state':
      return <StateBadge state={a.state} />;
    case 'submitted':
      return a.submittedAt ? formatDateTime(a.submittedAt) : <span className="muted">Not submitted</span>;
    case 'updated':
      return formatDateTime(a.updatedAt);
  }
}

/** Applications as a table whose first cell, the reference, links to the application. */
export function ApplicationTable({
  items,
  caption,
  columns,
  hrefFor = (a) => `/applications/${encodeURIComponent(a.id)}`,
}: {
  items: readonly ApplicationSummary[];
  caption: string;
  columns: readonly ApplicationColumn[];
  hrefFor?: (a: ApplicationSummary) => string;
}) {
  return (
    <div className="table-wrap">
      <table className="applications">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            {columns.map((c) => (
              <th scope="col" key={c}>
                {headers[c]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                <Link to={hrefFor(a)}>{a.reference}</Link>
              </th>
              {columns.map((c) => (
                <td key={c}>{cell(a, c)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
