import type { StatisticsColumn, StatisticsTable } from '@loket/contracts';
import { cellText, isSuppressed } from '../cells.ts';
import { domId } from '../report.ts';

interface HeaderRun {
  group: string | null;
  columns: StatisticsColumn[];
}

/** Consecutive columns under the same heading; a column without one is a run of its own. */
function runsOf(columns: readonly StatisticsColumn[]): HeaderRun[] {
  const runs: HeaderRun[] = [];
  for (const column of columns) {
    const last = runs[runs.length - 1];
    if (last && column.group !== null && last.group === column.group) last.columns.push(column);
    else runs.push({ group: column.group, columns: [column] });
  }
  return runs;
}

/**
 * One statistics table as an HTML table: a caption, the rows' and columns' headings with their
 * scope (and a heading over grouped columns), withheld cells as their marks ("<5", "x") and the
 * table's own notes tied to it. Cells are plain text: no figure leads to a file.
 */
export function DataTable({ table, partialNote }: { table: StatisticsTable; partialNote?: string }) {
  const captionId = domId('caption', table.id);
  const notesId = domId('notes', table.id);
  const runs = runsOf(table.columns);
  const grouped = runs.some((r) => r.group !== null);
  return (
    <>
      {/* A wide table scrolls on its own; the named region lets a keyboard user scroll it. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="table-wrap" aria-labelledby={captionId} tabIndex={0}>
        <table
          className="statistics-table"
          data-table-id={table.id}
          aria-describedby={table.footnotes.length > 0 ? notesId : undefined}
        >
          <caption id={captionId}>
            {table.title}
            {partialNote && <span className="caption-note"> {partialNote}</span>}
          </caption>
          <colgroup span={1} />
          {runs.map((run) => (
            <colgroup key={run.columns[0]?.key} span={run.columns.length} />
          ))}
          <thead>
            <tr>
              <th scope="col" rowSpan={grouped ? 2 : undefined}>
                {table.rowHeading}
              </th>
              {runs.map((run) =>
                run.group === null ? (
                  <th
                    key={run.columns[0]?.key}
                    scope="col"
                    rowSpan={grouped ? 2 : undefined}
                    className={run.columns[0]?.kind === 'total' ? 'num total' : 'num'}
                  >
                    {run.columns[0]?.label}
                  </th>
                ) : (
                  <th
                    key={run.columns[0]?.key}
                    scope="colgroup"
                    colSpan={run.columns.length}
                    className="group"
                  >
                    {run.group}
                  </th>
                ),
              )}
            </tr>
            {grouped && (
              <tr>
                {runs
                  .filter((run) => run.group !== null)
                  .flatMap((run) => run.columns)
                  .map((column) => (
                    <th
                      key={column.key}
                      scope="col"
                      className={column.kind === 'total' ? 'num total' : 'num'}
                    >
                      {column.label}
                    </th>
                  ))}
              </tr>
            )}
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key} className={row.kind === 'total' ? 'total' : undefined}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, i) => (
                  <td
                    key={i}
                    className={isSuppressed(cell) ? 'num suppressed' : 'num'}
                    data-suppressed={isSuppressed(cell) ? cell.suppressed : undefined}
                  >
                    {cellText(cell, table.unit)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {table.footnotes.length > 0 && (
        <ul className="table-notes" id={notesId} aria-label={`Notes on ${table.title}`}>
          {table.footnotes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </>
  );
}
