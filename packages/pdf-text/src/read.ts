/**
 * The text of a PDF as a reader would extract it (pdf.js, Mozilla's PDF engine), page by page, for
 * the tests that check what a decision letter says: the API's on the letter it generates, the
 * end-to-end ones on the letter downloaded from a screen. pdfjs-dist 6 expects
 * Promise.withResolvers (Node 22); Node 20 lacks it, so it is provided here.
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
  // Lines wrapped in the PDF are joined again, so a sentence can be looked for whole.
  return pages.join('\n').replace(/[ \n]+/g, ' ');
}
