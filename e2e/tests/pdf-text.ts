import { readFile } from 'node:fs/promises';
import { pdfText } from '@loket/pdf-text';
import type { Download } from '@playwright/test';

/**
 * A downloaded file's bytes: a PDF's, checked by its signature, and the text pdf.js reads from them
 * (the same reading as the API's tests of the letters).
 */
export async function downloadedPdfText(download: Download): Promise<string> {
  const path = await download.path();
  const bytes = await readFile(path);
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') {
    throw new Error(`${download.suggestedFilename()} is not a PDF.`);
  }
  return pdfText(bytes);
}
