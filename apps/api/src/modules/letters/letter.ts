import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import {
  appealText,
  type DecisionGround,
  formatDate,
  groundSentence,
  type Language,
  localeOf,
  type Part,
  type Region,
} from '@loket/domain';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import { footer, labels, letterheads, letterKindOf, outcomes, subjects } from './letter-texts.ts';

/** Everything a decision letter states. */
export interface DecisionLetterInput {
  language: Language;
  part: Part;
  outcome: 'granted' | 'refused' | 'inadmissible';
  /** The region of the place of employment: whose work service decided. */
  region: Region | null;
  reference: string;
  decidedAt: Date;
  employer: { name: string; enterpriseNumber: string | null };
  place: { street: string; postalCode: string; municipality: string } | null;
  worker: {
    givenName: string | null;
    familyName: string | null;
    birthDate: string | null;
    nationality: string | null;
  };
  jobTitle: string | null;
  grounds: readonly DecisionGround[];
  motivation: string;
}

export interface LetterBlock {
  heading?: string;
  paragraphs: string[];
  bullets?: boolean;
}

/** The letter as text: what the PDF shows, in order. Pure, so tests and previews can read it too. */
export interface LetterContent {
  letterhead: string;
  title: string;
  facts: [label: string, value: string][];
  subject: string;
  blocks: LetterBlock[];
  footer: string;
  /** For the PDF's metadata. */
  locale: string;
}

export function letterContent(l: DecisionLetterInput): LetterContent {
  const t = l.language;
  const kind = letterKindOf(l.part, l.outcome);
  const letterhead =
    l.part === 'residence' ? letterheads.residence[t] : letterheads.work[l.region ?? 'flanders'][t];
  const workerName = [l.worker.givenName, l.worker.familyName].filter(Boolean).join(' ');
  const workerFacts = [
    workerName,
    l.worker.birthDate
      ? `${labels.born[t]} ${formatDate(new Date(`${l.worker.birthDate}T12:00:00Z`), t)}`
      : '',
    l.worker.nationality ? `${labels.nationality[t]} ${countryName(l.worker.nationality, t)}` : '',
  ].filter(Boolean);
  const facts: [string, string][] = [
    [labels.reference[t], l.reference],
    [labels.date[t], formatDate(l.decidedAt, t)],
    [
      labels.employer[t],
      l.employer.enterpriseNumber
        ? `${l.employer.name} (${labels.enterpriseNumber[t]} ${formatEnterpriseNumber(l.employer.enterpriseNumber)})`
        : l.employer.name,
    ],
  ];
  if (l.place)
    facts.push([labels.place[t], `${l.place.street}, ${l.place.postalCode} ${l.place.municipality}`]);
  if (workerFacts.length > 0) facts.push([labels.worker[t], workerFacts.join(', ')]);
  if (l.jobTitle) facts.push([labels.function[t], l.jobTitle]);

  const blocks: LetterBlock[] = [{ heading: labels.decision[t], paragraphs: [outcomes[kind][t]] }];
  if (l.grounds.length > 0) {
    blocks.push({
      heading: labels.grounds[t],
      paragraphs: l.grounds.map((g) => groundSentence(g, t)),
      bullets: true,
    });
  }
  const motivation = l.motivation
    .split(/\r?\n\s*\r?\n|\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (motivation.length > 0) blocks.push({ heading: labels.motivation[t], paragraphs: motivation });
  const appeal = appealText(
    { part: l.part, outcome: l.outcome, region: l.region, date: l.decidedAt.toISOString().slice(0, 10) },
    t,
  );
  if (appeal) blocks.push({ heading: labels.appeal[t], paragraphs: [appeal] });

  return {
    letterhead,
    title: labels.title[t],
    facts,
    subject: subjects[kind][t],
    blocks,
    footer: footer[t].replace('{reference}', l.reference),
    locale: localeOf[t],
  };
}

/** The letter's file name: reference, part and language, nothing personal. */
export function letterFileName(l: Pick<DecisionLetterInput, 'reference' | 'part' | 'language'>): string {
  return `decision-${l.reference}-${l.part}-${l.language}.pdf`;
}

const require = createRequire(import.meta.url);
let fonts: Promise<{ regular: Uint8Array; bold: Uint8Array; characters: Set<number> }> | undefined;

/**
 * DejaVu Sans from npm (no download at run time): Latin with every accent, Greek and Cyrillic.
 * Read and parsed once per process: parsing a 750 kB font for every letter would cost more than
 * the rest of the letter.
 */
function loadFonts() {
  fonts ??= Promise.all([
    readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  ]).then(([regular, bold]) => ({
    regular,
    bold,
    characters: new Set(cachedFontkit.create(regular).characterSet),
  }));
  return fonts;
}

/** fontkit with its parsed fonts kept per font file (pdf-lib parses the bytes again on every embed). */
const parsed = new Map<Uint8Array, ReturnType<typeof fontkit.create>>();
const cachedFontkit: typeof fontkit = {
  ...fontkit,
  create(data: Uint8Array, postscriptName?: string) {
    let font = parsed.get(data);
    if (!font) {
      font = fontkit.create(data, postscriptName);
      parsed.set(data, font);
    }
    return font;
  },
};

const A4 = { width: 595.28, height: 841.89 };
const margin = 56;
const ink = rgb(0.1, 0.1, 0.12);
const muted = rgb(0.35, 0.35, 0.4);

/**
 * Renders the letter as an A4 PDF with an embedded (subset) TrueType font, so names and every
 * accent of nl/fr/de print as typed and the text can be extracted and searched. A character the
 * font lacks prints as "?" rather than failing the decision.
 */
export async function renderDecisionLetter(l: DecisionLetterInput): Promise<Uint8Array> {
  const content = letterContent(l);
  const { regular, bold, characters: known } = await loadFonts();
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(cachedFontkit);
  const font = await pdf.embedFont(regular, { subset: true });
  const boldFont = await pdf.embedFont(bold, { subset: true });
  const safe = (s: string) =>
    Array.from(s.normalize('NFC'))
      .map((c) => (c === '\t' ? ' ' : known.has(c.codePointAt(0) ?? 0) ? c : '?'))
      .join('');

  pdf.setTitle(`${content.subject} · ${l.reference}`);
  pdf.setSubject(content.subject);
  pdf.setAuthor(content.letterhead);
  pdf.setCreator('Loket');
  pdf.setProducer('Loket (pdf-lib)');
  pdf.setLanguage(content.locale);
  pdf.setCreationDate(l.decidedAt);
  pdf.setModificationDate(l.decidedAt);

  const width = A4.width - 2 * margin;
  let page: PDFPage = pdf.addPage([A4.width, A4.height]);
  let y = A4.height - margin;
  const newPageIfNeeded = (height: number) => {
    if (y - height < margin + 40) {
      page = pdf.addPage([A4.width, A4.height]);
      y = A4.height - margin;
    }
  };
  const write = (
    text: string,
    f: PDFFont,
    size: number,
    options: { indent?: number; color?: typeof ink; gap?: number } = {},
  ) => {
    const indent = options.indent ?? 0;
    for (const line of wrap(safe(text), f, size, width - indent)) {
      newPageIfNeeded(size * 1.4);
      page.drawText(line, { x: margin + indent, y: y - size, size, font: f, color: options.color ?? ink });
      y -= size * 1.4;
    }
    y -= options.gap ?? 0;
  };

  write(content.letterhead, boldFont, 9.5, { color: muted, gap: 2 });
  page.drawLine({
    start: { x: margin, y },
    end: { x: A4.width - margin, y },
    thickness: 0.6,
    color: muted,
  });
  y -= 18;
  write(content.title, boldFont, 15, { gap: 8 });
  for (const [label, value] of content.facts) write(`${label}: ${value}`, font, 10.5, { gap: 1 });
  y -= 10;
  write(content.subject, boldFont, 11.5, { gap: 8 });
  for (const block of content.blocks) {
    if (block.heading) {
      newPageIfNeeded(40);
      write(block.heading, boldFont, 11, { gap: 3 });
    }
    for (const paragraph of block.paragraphs) {
      if (block.bullets) {
        newPageIfNeeded(14);
        page.drawText('•', { x: margin, y: y - 10.5, size: 10.5, font, color: ink });
        write(paragraph, font, 10.5, { indent: 14, gap: 3 });
      } else {
        write(paragraph, font, 10.5, { gap: 5 });
      }
    }
    y -= 6;
  }
  y -= 8;
  write(content.footer, font, 8.5, { color: muted });

  const pages = pdf.getPages();
  pages.forEach((p, i) => {
    const text = safe(`${l.reference} · ${labels.page[l.language]} ${i + 1}/${pages.length}`);
    p.drawText(text, { x: margin, y: margin / 2, size: 8, font, color: muted });
  });
  return pdf.save();
}

/** Greedy line breaking on spaces; a word longer than the line is cut. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (font.widthOfTextAtSize(rest, size) > width) {
      let cut = rest.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

function formatEnterpriseNumber(n: string): string {
  return /^\d{10}$/.test(n) ? `${n.slice(0, 4)}.${n.slice(4, 7)}.${n.slice(7)}` : n;
}

function countryName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([localeOf[language]], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
