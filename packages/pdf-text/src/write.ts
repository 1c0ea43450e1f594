/**
 * A one-page PDF that viewers open (Helvetica, with a cross-reference table), showing each line
 * below the previous one: a document to upload, or a letter to read back. Latin-1 text; the
 * characters that would end a PDF string early (parentheses, backslash) are written as spaces.
 */
export function textPdf(...lines: string[]): Buffer {
  const text = lines
    .map((line, i) => `${i === 0 ? '' : 'T* '}(${line.replace(/[()\\]/g, ' ')}) Tj`)
    .join(' ');
  const stream = `BT /F1 24 Tf 28 TL 72 720 Td ${text} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = out.length;
    out += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
