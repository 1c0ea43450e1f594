import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { createDraft, fillDraft, sha256, signIn, upload, urls } from './support.ts';

const MiB = 1024 * 1024;

/** A PDF of `size` bytes that does not compress (so throttling measures real bytes). */
async function writeBigPdf(path: string, size: number): Promise<{ sha: string; size: number }> {
  const content = randomBytes(size);
  content.write('%PDF-1.7\n', 0, 'latin1');
  await writeFile(path, content);
  return { sha: sha256(content), size };
}

/** What the tus traffic of a page says: offsets the server reported and the bytes each PATCH sent. */
function recordTus(page: Page) {
  const heads: number[] = [];
  const patches: { offset: number; bytes: number }[] = [];
  page.on('response', (res) => {
    if (res.request().method() === 'HEAD' && res.url().includes('/v1/uploads/') && res.status() === 200) {
      heads.push(Number(res.headers()['upload-offset']));
    }
  });
  page.on('requestfinished', async (req) => {
    if (req.method() !== 'PATCH' || !req.url().includes('/v1/uploads/')) return;
    const offset = Number(await req.headerValue('upload-offset'));
    patches.push({ offset, bytes: (await req.sizes()).requestBodySize });
  });
  return { heads, patches };
}

test('a big file shows its progress, survives a cut connection and resumes where the server stopped', async ({
  browser,
}, testInfo) => {
  const path = testInfo.outputPath('big-contract.pdf');
  const file = await writeBigPdf(path, 36 * MiB);

  const anna = await signIn(browser, urls.portal, 'anna');
  await createDraft(anna);
  await fillDraft(anna);
  // The limit is on the page before anything is sent.
  await expect(anna.getByText(/PDF, JPEG or PNG, up to \d+ MB\./)).toBeVisible();

  const tus = recordTus(anna);
  // The connection goes away once the first chunk is on the server: the next request never leaves.
  let cut = false;
  await anna.route('**/v1/uploads/*', async (route) => {
    const req = route.request();
    if (!cut && req.method() === 'PATCH' && Number(await req.headerValue('upload-offset')) > 0) {
      cut = true;
      await anna.context().setOffline(true);
      await route.abort('internetdisconnected');
      return;
    }
    await route.fallback();
  });

  await upload(anna, 'employment_contract', path);
  const progress = anna.getByRole('progressbar', { name: 'Uploading big-contract.pdf' });
  await expect(progress).toBeVisible();
  await expect(anna.getByText(/^\d+%$/).first()).toBeVisible();

  // The upload stops, says where, and offers to retry.
  await expect(anna.getByRole('button', { name: 'Retry' })).toBeVisible({ timeout: 30_000 });
  const stoppedAt = Number(await progress.getAttribute('value'));
  expect(stoppedAt).toBeGreaterThan(0);
  expect(stoppedAt).toBeLessThan(100);
  await expect(anna.getByText(`Stopped at ${stoppedAt}%. Retry continues from there.`)).toBeVisible();
  const sentBeforeCut = tus.patches.reduce((n, p) => n + p.bytes, 0);
  expect(sentBeforeCut).toBeGreaterThan(0);

  // Back online, Retry asks the server where it stands (HEAD) and sends only the rest.
  await anna.context().setOffline(false);
  const patchesBefore = tus.patches.length;
  await anna.getByRole('button', { name: 'Retry' }).click();
  await expect(anna.getByText('big-contract.pdf was uploaded as employment contract.')).toBeVisible({
    timeout: 60_000,
  });

  const resumedAt = tus.heads.at(-1) ?? -1;
  // The server kept everything that arrived before the cut.
  expect(resumedAt).toBe(sentBeforeCut);
  expect(resumedAt).toBeLessThan(file.size);
  const afterResume = tus.patches.slice(patchesBefore);
  expect(afterResume[0]?.offset).toBe(resumedAt);
  expect(afterResume.reduce((n, p) => n + p.bytes, 0)).toBe(file.size - resumedAt);
  testInfo.annotations.push({
    type: 'resume',
    description: `cut at ${stoppedAt}% shown, server had ${resumedAt} of ${file.size} bytes, resent ${afterResume.reduce((n, p) => n + p.bytes, 0) - (file.size - resumedAt)}`,
  });

  // The version is the whole file, byte for byte.
  const row = anna.getByRole('row', { name: /Employment contract/ });
  await expect(row).toContainText('big-contract.pdf');
  await expect(row.locator('code.hash')).toHaveAttribute('title', file.sha);
});

test('a file dropped on the upload area uploads like a chosen one', async ({ browser }) => {
  const anna = await signIn(browser, urls.portal, 'anna');
  await createDraft(anna);
  await fillDraft(anna);

  const content = Buffer.concat([Buffer.from('%PDF-1.4\n% dropped diploma\n'), Buffer.alloc(50_000, 'd')]);
  const dataTransfer = await anna.evaluateHandle((base64) => {
    // Runs in the page (this package has no DOM types).
    const page = globalThis as unknown as {
      atob(s: string): string;
      DataTransfer: new () => { items: { add(file: unknown): void } };
      File: new (parts: unknown[], name: string, options: { type: string }) => unknown;
    };
    const bytes = Uint8Array.from(page.atob(base64), (c) => c.charCodeAt(0));
    const transfer = new page.DataTransfer();
    transfer.items.add(new page.File([bytes], 'dropped-diploma.pdf', { type: 'application/pdf' }));
    return transfer;
  }, content.toString('base64'));

  await anna.getByLabel('Document type').selectOption('diploma');
  const zone = anna.getByTestId('upload-dropzone');
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
  await expect(anna.getByText('Selected: dropped-diploma.pdf')).toBeVisible();
  await anna.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(anna.getByText('dropped-diploma.pdf was uploaded as diploma.')).toBeVisible();
  const row = anna.getByRole('row', { name: /Diploma/ });
  await expect(row).toContainText('dropped-diploma.pdf');
  await expect(row.locator('code.hash')).toHaveAttribute('title', sha256(content));
});

test('after a reload, choosing the same file again continues the upload instead of starting over', async ({
  browser,
}, testInfo) => {
  const path = testInfo.outputPath('big-diploma.pdf');
  const file = await writeBigPdf(path, 26 * MiB);
  const anna = await signIn(browser, urls.portal, 'anna');
  await createDraft(anna);
  await fillDraft(anna);
  const tus = recordTus(anna);

  // The first chunk arrives, then the connection is gone and the person closes the page.
  let cut = false;
  await anna.route('**/v1/uploads/*', async (route) => {
    const req = route.request();
    if (!cut && req.method() === 'PATCH' && Number(await req.headerValue('upload-offset')) > 0) {
      cut = true;
      await anna.context().setOffline(true);
      await route.abort('internetdisconnected');
      return;
    }
    await route.fallback();
  });
  await upload(anna, 'diploma', path);
  await expect(anna.getByRole('button', { name: 'Retry' })).toBeVisible({ timeout: 30_000 });
  const kept = tus.patches.reduce((n, p) => n + p.bytes, 0);
  await anna.context().setOffline(false);
  await anna.reload();

  // Back on the page, the same file for the same document: it resumes from the server's offset.
  const patchesBefore = tus.patches.length;
  await upload(anna, 'diploma', path);
  await expect(anna.getByText(/Resumed at [\d.]+ MB of [\d.]+ MB\./).first()).toBeVisible();
  await expect(anna.getByText('big-diploma.pdf was uploaded as diploma.')).toBeVisible({ timeout: 60_000 });
  const resumedAt = tus.heads.at(-1) ?? -1;
  expect(resumedAt).toBe(kept);
  const afterReload = tus.patches.slice(patchesBefore);
  expect(afterReload.reduce((n, p) => n + p.bytes, 0)).toBe(file.size - resumedAt);
  await expect(anna.getByRole('row', { name: /Diploma/ }).locator('code.hash')).toHaveAttribute(
    'title',
    file.sha,
  );
});
