/**
 * A statistics report as a file: CSV (one block per table) or XLSX (one sheet per table). Each
 * table carries its footnotes and the definitions underneath, so a table copied out of the file
 * keeps what its numbers mean. The XLSX is written as SpreadsheetML with inline strings and
 * zipped with fflate: no spreadsheet library, and the full Annex 1 takes milliseconds.
 */
import type { StatisticsCell, StatisticsReport, StatisticsTable } from '@loket/contracts';
import { strToU8, zipSync } from 'fflate';
import { measureNames, regionShortNames } from './statistics.labels.ts';

/** How a cell reads in a file: the number, "<5" for a small count, "x" for a complement. */
export function cellText(cell: StatisticsCell): string | number {
  if (typeof cell === 'number') return cell;
  return cell.suppressed === 'small' ? '<5' : 'x';
}

/** The lines of one table: title, the column groups (if any), the header, the rows, the notes. */
function tableLines(
  t: StatisticsTable,
  report: StatisticsReport,
): { kind: LineKind; cells: (string | number)[] }[] {
  const lines: { kind: LineKind; cells: (string | number)[] }[] = [{ kind: 'title', cells: [t.title] }];
  if (t.columns.some((c) => c.group !== null)) {
    lines.push({ kind: 'header', cells: ['', ...t.columns.map((c) => c.group ?? '')] });
  }
  lines.push({ kind: 'header', cells: [t.rowHeading, ...t.columns.map((c) => c.label)] });
  for (const row of t.rows) {
    lines.push({
      kind: row.kind === 'total' ? 'total' : 'row',
      cells: [row.label, ...row.cells.map(cellText)],
    });
  }
  lines.push({ kind: 'blank', cells: [] });
  for (const note of t.footnotes) lines.push({ kind: 'note', cells: [note] });
  lines.push({ kind: 'note', cells: [`As of ${report.asOf}. Unit: ${t.unit}.`] });
  for (const d of report.definitions) lines.push({ kind: 'note', cells: [`${d.term}: ${d.text}`] });
  return lines;
}

type LineKind = 'title' | 'header' | 'row' | 'total' | 'blank' | 'note';

// ---------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------

const csvField = (v: string | number) => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** UTF-8 with a byte order mark (spreadsheets then read the accents), CRLF line ends (RFC 4180). */
export function toCsv(report: StatisticsReport): Buffer {
  const out: string[] = [];
  report.tables.forEach((t, i) => {
    if (i > 0) out.push('');
    for (const line of tableLines(t, { ...report, definitions: [] }))
      out.push(line.cells.map(csvField).join(','));
  });
  out.push('', 'Definitions');
  for (const d of report.definitions) out.push([d.term, d.text].map(csvField).join(','));
  return Buffer.from(`\uFEFF${out.join('\r\n')}\r\n`, 'utf8');
}

// ---------------------------------------------------------------------------------------------
// XLSX
// ---------------------------------------------------------------------------------------------

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to remove
const xmlForbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

const xml = (s: string) =>
  s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    // Characters XML 1.0 cannot carry (control characters but tab, line feed, carriage return).
    .replace(xmlForbidden, '');

function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** Style indexes in styles.xml: 0 number, 1 bold, 2 bold right, 3 small italic, 4 text. */
const style: Record<LineKind, number> = { title: 1, header: 2, row: 0, total: 2, blank: 0, note: 3 };
const labelStyle = { row: 4, total: 1 } as const;

function sheetXml(t: StatisticsTable, report: StatisticsReport): string {
  const rows = tableLines(t, report).map((line, r) => {
    const cells = line.cells.map((v, c) => {
      const ref = `${columnName(c)}${r + 1}`;
      const s =
        c === 0 && (line.kind === 'row' || line.kind === 'total') ? labelStyle[line.kind] : style[line.kind];
      if (typeof v === 'number') return `<c r="${ref}" s="${s}"><v>${v}</v></c>`;
      if (v === '') return '';
      return `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${xml(v)}</t></is></c>`;
    });
    return `<row r="${r + 1}">${cells.join('')}</row>`;
  });
  const width = t.columns.length;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<sheetViews><sheetView workbookViewId="0"><pane xSplit="1" topLeftCell="B1" activePane="topRight" state="frozen"/></sheetView></sheetViews>' +
    `<cols><col min="1" max="1" width="42" customWidth="1"/><col min="2" max="${width + 1}" width="14" customWidth="1"/></cols>` +
    `<sheetData>${rows.join('')}</sheetData></worksheet>`
  );
}

/** A tab name: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetNames(tables: StatisticsTable[]): string[] {
  const used = new Set<string>();
  return tables.map((t) => {
    const base = `${t.year} ${t.region ? regionShortNames[t.region] : 'BE'} ${measureNames[t.measure].short}`
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 27)} (${n})`;
    used.add(name.toLowerCase());
    return name;
  });
}

const stylesXml =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font>' +
  '<font><i/><sz val="9"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="5">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="right"/></xf>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="right" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '</cellXfs></styleSheet>';

export function toXlsx(report: StatisticsReport): Buffer {
  const names = sheetNames(report.tables);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        names
          .map(
            (_n, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
        '</Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
        names.map((n, i) => `<sheet name="${xml(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        '</sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        names
          .map(
            (_n, i) =>
              `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join('') +
        `<Relationship Id="rId${names.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
        '</Relationships>',
    ),
    'xl/styles.xml': strToU8(stylesXml),
  };
  report.tables.forEach((t, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(t, report));
  });
  return Buffer.from(zipSync(files, { level: 6, mtime: new Date(report.asOf) }));
}

/** The download's file name: the table, the years, the date of the numbers. */
export function exportFileName(report: StatisticsReport, format: 'csv' | 'xlsx'): string {
  const years = report.query.year;
  const span = years.length === 1 ? `${years[0]}` : `${years[0]}-${years.at(-1)}`;
  return `loket-statistics-${report.table.replaceAll('_', '-')}-${span}-${report.asOf.slice(0, 10)}.${format}`;
}
