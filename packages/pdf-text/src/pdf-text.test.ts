import { describe, expect, it } from 'vitest';
import { pdfText, textPdf } from './index.ts';

describe('a PDF with text, written and read back', () => {
  it('reads the words of every line, the lines joined so a sentence is found whole', async () => {
    const text = await pdfText(textPdf('The work part is', 'refused on two grounds.'));
    expect(text).toContain('The work part is refused on two grounds.');
  });

  it('writes what would end a PDF string early as a space', async () => {
    expect(await pdfText(textPdf('Letter (draft) a\\b'))).toContain('Letter draft a b');
  });

  it('fails to read bytes that are not a PDF', async () => {
    await expect(pdfText(new TextEncoder().encode('not a pdf'))).rejects.toThrow();
  });
});
