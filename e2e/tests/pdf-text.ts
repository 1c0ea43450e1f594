import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';

/**
 * The text of a PDF as a reader would extract it (pdf.js, Mozilla's PDF engine), to check what a
 * downloaded decision letter says. Same approach as the API's tests (apps/api/src/testing/pdf-text.ts):
 * pdfjs-dist 6 expects Promise.withResolvers (Node 22), which Node 20 lacks, so it is provided here.
 * Lines the PDF wraps are joined again, so a sentence can be looked for whole.
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  if (!('withResolvers' in Promise)) {
    Object.assign(Promise, {
      withResolvers<T>() {
        let resolve!: (value: T) => void;
        let reject!: (reason?: unknown) => void;
        const promise = new Promise<T>((res, rej) => {
          resolve = res;
          reject = rej;
        });
        return { promise, resolve, reject };
      },
    });
  }
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(
      content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join(''),
    );
  }
  await doc.cleanup();
  return pages.join('\n').replace(/[ \n]+/g, ' ');
}

/** A downloaded file's bytes: a PDF's, checked by its signature, and the text pdf.js reads from them. */
export async function downloadedPdfText(download: Download): Promise<string> {
  const path = await download.path();
  const bytes = await readFile(path);
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') {
    throw new Error(`${download.suggestedFilename()} is not a PDF.`);
  }
  return pdfText(bytes);
}
