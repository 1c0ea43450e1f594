import { describe, expect, it } from 'vitest';
import { pdfText } from './index.ts';

/** A one-page PDF that writes each line below the previous one, in Helvetica. */
function pdfOf(lines: string[]): Uint8Array {
  const text = lines.map((l, i) => `${i === 0 ? '' : 'T* '}(${l}) Tj`).join(' ');
  const stream = `BT /F1 12 Tf 14 TL 72 720 Td ${text} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

describe('pdfText', () => {
  it('reads the words of every line, the lines joined so a sentence is found whole', async () => {
    const text = await pdfText(pdfOf(['The work part is', 'refused on two grounds.']));
    expect(text).toContain('The work part is refused on two grounds.');
  });

  it('fails on bytes that are not a PDF', async () => {
    await expect(pdfText(new TextEncoder().encode('not a pdf'))).rejects.toThrow();
  });
});
