import { inflateRawSync } from 'node:zlib';

/**
 * A small XLSX reader for checking the statistics export: the ZIP's central directory, then the
 * workbook's sheets in order with their cells as text (shared strings, inline strings, numbers).
 * Written here rather than taken from the library that may write the file, so a quirk of that
 * library cannot read back what it wrote wrongly.
 */
export interface Sheet {
  name: string;
  /** Rows by their number (1-based), each a map of column letters to the cell's text or number. */
  rows: Map<number, Map<string, string | number>>;
}

/** The ZIP's entries by name, inflated (stored or deflated; nothing else occurs in an XLSX). */
export function unzip(zip: Buffer): Map<string, Buffer> {
  // The end of central directory record: its signature within the last 64 KiB + 22 bytes.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('Not a ZIP file: no end of central directory.');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('Broken ZIP central directory.');
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + compressed);
    if (method === 0) entries.set(name, Buffer.from(data));
    else if (method === 8) entries.set(name, inflateRawSync(data));
    else throw new Error(`ZIP entry ${name}: compression method ${method} is not supported.`);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e.startsWith('#x')
      ? String.fromCodePoint(Number.parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(Number(e.slice(1)))
        : (entities[e] as string),
  );
}

/** The text of every <t> in a fragment (a rich-text string has several runs). */
function textOf(xml: string): string {
  return [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)]
    .map((m) => unescapeXml(m[1] ?? ''))
    .join('');
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

export function readXlsx(file: Buffer): Sheet[] {
  const entries = unzip(file);
  const text = (name: string) => {
    const entry = entries.get(name);
    if (!entry) throw new Error(`The workbook has no ${name}.`);
    return entry.toString('utf8');
  };
  const shared = entries.has('xl/sharedStrings.xml')
    ? [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1] ?? ''))
    : [];
  const targets = new Map(
    [...text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\s[^>]*>/g)].map((m) => [
      attr(m[0], 'Id'),
      attr(m[0], 'Target'),
    ]),
  );
  return [...text('xl/workbook.xml').matchAll(/<sheet\s[^>]*>/g)].map((m) => {
    const name = unescapeXml(attr(m[0], 'name') ?? '');
    const target = targets.get(attr(m[0], 'r:id')) ?? '';
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    const rows = new Map<number, Map<string, string | number>>();
    for (const row of text(path).matchAll(/<row\s[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g)) {
      const cells = new Map<string, string | number>();
      for (const c of (row[1] ?? '').matchAll(/<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const tag = ` ${c[1]}`;
        const ref = attr(tag, 'r') ?? '';
        const type = attr(tag, 't') ?? 'n';
        const body = c[2] ?? '';
        const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
        const column = ref.replace(/\d+$/, '');
        if (type === 's' && v !== undefined) cells.set(column, shared[Number(v)] ?? '');
        else if (type === 'inlineStr') cells.set(column, textOf(body));
        else if (type === 'str' && v !== undefined) cells.set(column, unescapeXml(v));
        else if (v !== undefined) cells.set(column, type === 'n' ? Number(v) : unescapeXml(v));
      }
      rows.set(Number(attr(row[0], 'r')), cells);
    }
    return { name, rows };
  });
}

/** A sheet's rows in order as arrays of cells, empty cells as '' (columns A, B, ... without gaps). */
export function rowsOf(sheet: Sheet): (string | number)[][] {
  const index = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [...sheet.rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, cells]) => {
      const row: (string | number)[] = [];
      for (const [column, value] of cells) row[index(column)] = value;
      return Array.from(row, (v) => v ?? '');
    });
}
