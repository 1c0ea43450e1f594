import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { expect, type JSHandle, type Page, test } from '@playwright/test';
import { apiOf } from './inbox-api.ts';
import { checklistItem, createDraft, fillDraft, sha256, signIn, upload, urls, writePdf } from './support.ts';

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

/** An upload's PATCH held in the browser until the test releases it: the upload is surely still in flight. */
interface HeldChunk {
  /** The upload's own address, /v1/uploads/<id>. */
  path: string;
  release(): void;
}

/**
 * Holds the first PATCH of every upload that continues past its first chunk, so the first chunk is
 * on the server (the progress bar shows it) and the rest waits. `next()` gives the held uploads in
 * the order they were caught.
 */
async function holdAfterFirstChunk(page: Page) {
  const seen = new Set<string>();
  const caught: HeldChunk[] = [];
  const waiting: ((held: HeldChunk) => void)[] = [];
  await page.route('**/v1/uploads/*', async (route) => {
    const req = route.request();
    const path = new URL(req.url()).pathname;
    if (req.method() !== 'PATCH' || seen.has(path) || Number(await req.headerValue('upload-offset')) === 0) {
      await route.fallback();
      return;
    }
    seen.add(path);
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const held = { path, release };
    const waiter = waiting.shift();
    if (waiter) waiter(held);
    else caught.push(held);
    await released;
    // A cancelled upload's request is gone by now; there is nothing left to send then.
    await route.fallback().catch(() => undefined);
  });
  return {
    next: () =>
      new Promise<HeldChunk>((resolve) => {
        const held = caught.shift();
        if (held) resolve(held);
        else waiting.push(resolve);
      }),
  };
}

/** A DataTransfer in the page holding the given files, for dispatching drag and drop events. */
function dataTransferOf(page: Page, files: { name: string; content: Buffer }[]): Promise<JSHandle> {
  return page.evaluateHandle(
    (list) => {
      // Runs in the page (this package has no DOM types).
      const page = globalThis as unknown as {
        atob(s: string): string;
        DataTransfer: new () => { items: { add(file: unknown): void } };
        File: new (parts: unknown[], name: string, options: { type: string }) => unknown;
      };
      const transfer = new page.DataTransfer();
      for (const { name, base64 } of list) {
        const bytes = Uint8Array.from(page.atob(base64), (c) => c.charCodeAt(0));
        transfer.items.add(new page.File([bytes], name, { type: 'application/pdf' }));
      }
      return transfer;
    },
    files.map((f) => ({ name: f.name, base64: f.content.toString('base64') })),
  );
}

/** The application's id, from the address of its page or one of its steps. */
const applicationIdOf = (page: Page) => /\/applications\/([^/?#]+)/.exec(page.url())?.[1] ?? '';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The form's confirmation, which names the type in the middle of a sentence (lower case). */
const uploadedAs = (file: string, typeLabel: string) =>
  new RegExp(`${escaped(file)} was uploaded as ${escaped(typeLabel)}\\.`, 'i');

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
  const dataTransfer = await dataTransferOf(anna, [{ name: 'dropped-diploma.pdf', content }]);

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

test('Cancel stops a big upload in flight, says so, records nothing, and the same file uploads afterwards', async ({
  browser,
}, testInfo) => {
  const path = testInfo.outputPath('cancelled-contract.pdf');
  const file = await writeBigPdf(path, 60 * MiB);
  const anna = await signIn(browser, urls.portal, 'anna');
  await createDraft(anna);
  await fillDraft(anna);
  const applicationId = applicationIdOf(anna);
  const applicant = await apiOf(anna);
  const tus = recordTus(anna);
  const held = await holdAfterFirstChunk(anna);

  await upload(anna, 'employment_contract', path);
  const inFlight = await held.next();
  const uploads = anna.getByRole('list', { name: 'Uploads in progress' });
  const progress = uploads.getByRole('progressbar', { name: 'Uploading cancelled-contract.pdf' });
  // The first chunk is on the server, the rest still to come.
  await expect(progress).not.toHaveAttribute('value', '0');
  const shownAt = Number(await progress.getAttribute('value'));
  expect(shownAt).toBeGreaterThan(0);
  expect(shownAt).toBeLessThan(100);
  await expect(uploads.getByRole('status')).toHaveText('Employment contract, 60.0 MB.');

  const terminated = anna.waitForResponse(
    (res) => res.request().method() === 'DELETE' && new URL(res.url()).pathname === inFlight.path,
  );
  await uploads.getByRole('button', { name: 'Cancel upload' }).click();
  await expect(
    anna.getByRole('status').filter({
      hasText:
        'The upload of cancelled-contract.pdf was cancelled; no document was added. Choose the file again to upload it.',
    }),
  ).toBeVisible();
  await expect(uploads).toHaveCount(0);
  // Focus waits on the file button, where the file is chosen again.
  await expect(anna.getByLabel('File to upload')).toBeFocused();
  expect((await terminated).status()).toBe(204);
  inFlight.release();

  // Nothing of it is kept: no document on the page or in the API, and the server forgot the bytes.
  await expect(checklistItem(anna, 'Employment contract')).toContainText('Not uploaded yet');
  await expect(anna.getByRole('row', { name: /Employment contract/ })).toHaveCount(0);
  const detail = await applicant.call<{ documents: { type: string }[] }>(
    'GET',
    `/v1/applications/${applicationId}`,
  );
  expect(detail.documents.map((d) => d.type)).not.toContain('employment_contract');
  expect((await applicant.fail('HEAD', inFlight.path, undefined, { 'tus-resumable': '1.0.0' })).status).toBe(
    404,
  );

  // The same file again: a new upload from the first byte (nothing to resume), recorded whole.
  const headsBefore = tus.heads.length;
  const patchesBefore = tus.patches.length;
  await upload(anna, 'employment_contract', path);
  const again = await held.next();
  expect(again.path).not.toBe(inFlight.path);
  again.release();
  await expect(anna.getByText('cancelled-contract.pdf was uploaded as employment contract.')).toBeVisible({
    timeout: 60_000,
  });
  expect(tus.heads.length).toBe(headsBefore);
  const second = tus.patches.slice(patchesBefore);
  expect(second[0]?.offset).toBe(0);
  expect(second.reduce((n, p) => n + p.bytes, 0)).toBe(file.size);
  const row = anna.getByRole('row', { name: /Employment contract/ });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('cancelled-contract.pdf');
  await expect(row.locator('code.hash')).toHaveAttribute('title', file.sha);
  const after = await applicant.call<{ documents: { type: string; versions: { sha256: string }[] }[] }>(
    'GET',
    `/v1/applications/${applicationId}`,
  );
  expect(
    after.documents.find((d) => d.type === 'employment_contract')?.versions.map((v) => v.sha256),
  ).toEqual([file.sha]);
});

test('files for several document types upload side by side, each with its own progress and result', async ({
  browser,
}, testInfo) => {
  const anna = await signIn(browser, urls.portal, 'anna');
  await createDraft(anna);
  await fillDraft(anna);
  const typeSelect = anna.getByLabel('Document type');

  // Several files dropped at once are refused in words: each file is one document of the chosen type.
  const two = [
    { name: 'first.pdf', content: Buffer.from('%PDF-1.4\n% first\n') },
    { name: 'second.pdf', content: Buffer.from('%PDF-1.4\n% second\n') },
  ];
  const dataTransfer = await dataTransferOf(anna, two);
  const zone = anna.getByTestId('upload-dropzone');
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
  await expect(
    anna.getByRole('link', {
      name: 'Drop one file at a time: each file is uploaded as the document type chosen above.',
    }),
  ).toBeVisible();
  await expect(anna.getByText(/^Selected:/)).toHaveCount(0);

  // The form suggests the first missing document; the first file goes there, the second elsewhere.
  const suggested = await typeSelect.inputValue();
  const suggestedLabel = (await typeSelect.locator('option:checked').textContent()) ?? '';
  expect(suggested).not.toBe('diploma');
  const first = { path: testInfo.outputPath('side-a.pdf'), name: 'side-a.pdf' };
  const second = { path: testInfo.outputPath('side-b.pdf'), name: 'side-b.pdf' };
  const third = { path: testInfo.outputPath('side-c.pdf'), name: 'side-c.pdf' };
  const firstFile = await writeBigPdf(first.path, 30 * MiB);
  const secondFile = await writeBigPdf(second.path, 24 * MiB);
  const thirdSha = await writePdf(third.path, 'criminal record extract');
  const held = await holdAfterFirstChunk(anna);

  await upload(anna, suggested, first.path);
  const firstInFlight = await held.next();
  await upload(anna, 'diploma', second.path);
  const secondInFlight = await held.next();

  // Both are on their way at once, each in its own row with its own bar, words and Cancel.
  const uploads = anna.getByRole('list', { name: 'Uploads in progress' });
  await expect(uploads.getByRole('listitem')).toHaveCount(2);
  const rowOf = (name: string) => uploads.getByRole('listitem').filter({ hasText: `Uploading ${name}` });
  for (const [file, words] of [
    [first, `${suggestedLabel}, 30.0 MB.`],
    [second, 'Diploma, 24.0 MB.'],
  ] as const) {
    const row = rowOf(file.name);
    const bar = row.getByRole('progressbar', { name: `Uploading ${file.name}` });
    await expect(bar).not.toHaveAttribute('value', '0');
    const value = Number(await bar.getAttribute('value'));
    expect(value).toBeLessThan(100);
    await expect(row.locator('.progress-text')).toHaveText(`${value}%`);
    await expect(row.getByRole('status')).toHaveText(words);
    await expect(row.getByRole('button', { name: 'Cancel upload' })).toBeVisible();
  }

  // A third one is chosen while those run; the first finishing moves the suggestion on, but the
  // type the person chose stays chosen.
  await typeSelect.selectOption('criminal_record');
  await anna.getByLabel('File to upload').setInputFiles(third.path);
  firstInFlight.release();
  await expect(anna.getByText(uploadedAs('side-a.pdf', suggestedLabel))).toBeVisible({
    timeout: 60_000,
  });
  await expect(checklistItem(anna, suggestedLabel)).toContainText('Uploaded');
  await expect(rowOf(first.name)).toHaveCount(0);
  await expect(rowOf(second.name)).toBeVisible();
  await expect(typeSelect).toHaveValue('criminal_record');
  await anna.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(anna.getByText('side-c.pdf was uploaded as criminal record extract.')).toBeVisible();

  secondInFlight.release();
  await expect(anna.getByText('side-b.pdf was uploaded as diploma.')).toBeVisible({ timeout: 60_000 });
  // Both endings are still said, one line each.
  await expect(anna.getByText('side-c.pdf was uploaded as criminal record extract.')).toBeVisible();
  await expect(uploads).toHaveCount(0);

  // Each file became its own type's document, byte for byte.
  for (const [label, sha] of [
    [suggestedLabel, firstFile.sha],
    ['Diploma', secondFile.sha],
    ['Criminal record extract', thirdSha],
  ] as const) {
    const row = anna.getByRole('row', { name: new RegExp(`^${escaped(label)} `) });
    await expect(row).toHaveCount(1);
    await expect(row.locator('code.hash')).toHaveAttribute('title', sha);
  }
});
