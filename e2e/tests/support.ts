import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import type { Browser, Download, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export { urls } from '../ports.ts';

import { urls } from '../ports.ts';

/** Opens an app in a fresh browser context and signs in on the identity provider's login form. */
export async function signIn(browser: Browser, url: string, username: string): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(url);
  // Keycloak's field names: the same steps work against the real Keycloak.
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('demo');
  await page.locator('#kc-login').click();
  return page;
}

/** A small valid PDF whose bytes depend on `label`, written to `path`. Returns its SHA-256. */
export async function writePdf(path: string, label: string, padding = 20_000): Promise<string> {
  const content = Buffer.concat([
    Buffer.from(`%PDF-1.4\n% ${label}\n`),
    Buffer.alloc(padding, label),
    Buffer.from('\n%%EOF\n'),
  ]);
  await writeFile(path, content);
  return sha256(content);
}

export const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

export async function downloadedSha256(download: Download): Promise<string> {
  const path = await download.path();
  expect(path).toBeTruthy();
  return sha256(await readFile(path as string));
}

/**
 * Starts a new application for the signed-in applicant at the n-th place of employment (step 1 of
 * the guided application creates the draft), then opens the draft's own page, whose address the
 * tests keep. Returns the reference.
 */
export async function createDraft(page: Page, placeIndex = 1): Promise<string> {
  await page.goto(urls.portal);
  await page.getByRole('link', { name: 'New application' }).first().click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Employer and place of employment' }),
  ).toBeVisible();
  const employer = page.getByLabel('Employer', { exact: true });
  if ((await employer.count()) > 0 && (await employer.evaluate((e) => e.tagName)) === 'SELECT') {
    await employer.selectOption({ index: 1 }).catch(() => undefined);
  }
  await page.getByLabel('Place of employment').selectOption({ index: placeIndex });
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Category' })).toBeVisible();
  const caption = (await page.getByText(/^Application LKT-/).textContent()) ?? '';
  const reference = /LKT-[A-Z0-9-]+/.exec(caption)?.[0] ?? '';
  const id = /\/applications\/([^/]+)\//.exec(page.url())?.[1] ?? '';
  await page.goto(`${urls.portal}/applications/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Application ${reference}` })).toBeVisible();
  return reference;
}

/** Opens a step of the draft on screen from its list of steps (the draft's page or any step). */
export async function openStep(page: Page, step: string) {
  await page.getByRole('link', { name: step, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: step })).toBeVisible();
}

/** Saves the step on screen and waits for the next one. */
export async function saveAndContinue(page: Page, next: string) {
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: next })).toBeVisible();
}

/**
 * Fills in a highly qualified worker abroad, step by step (category, worker, job), saving each
 * step, and ends on the documents step.
 */
export async function fillDraft(page: Page) {
  await openStep(page, 'Category');
  await page.getByLabel('Highly qualified worker', { exact: true }).check();
  await saveAndContinue(page, 'Worker');
  await page.getByLabel('Given name').fill('Asha');
  await page.getByLabel('Family name').fill('Verma');
  await page.getByLabel('Date of birth').fill('1990-05-01');
  await page.getByLabel('Sex (as on the passport)').selectOption('female');
  await page.getByLabel('Nationality').fill('IN');
  await page.getByLabel('Situation of the worker').selectOption('abroad');
  await saveAndContinue(page, 'Job and salary');
  await page.getByLabel('Job title').fill('Process engineer');
  await page.getByLabel('Gross annual salary (EUR)').fill('61000');
  await saveAndContinue(page, 'Documents');
}

/** Changes one step of the draft (`change` fills it in), saves it and comes back to the documents step. */
export async function changeStep(page: Page, step: string, change: () => Promise<unknown>) {
  await openStep(page, step);
  await change();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: step })).toHaveCount(0);
  await openStep(page, 'Documents');
}

/** From the documents step to the review, where the application is submitted. */
export async function openReview(page: Page) {
  await page.getByRole('link', { name: 'Continue to check your answers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check and submit' })).toBeVisible();
}

export async function upload(page: Page, type: string, file: string) {
  await page.getByLabel('Document type').selectOption(type);
  await page.getByLabel('File to upload').setInputFiles(file);
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
}

/** What the checklist asks of a highly qualified worker living abroad (see fillDraft). */
export const mandatoryDocuments = [
  'passport',
  'employment_contract',
  'medical_certificate',
  'criminal_record',
  'fee_payment',
  'diploma',
] as const;

/** Uploads `file` as each of the given document types, waiting for each row to appear. */
export async function uploadAll(page: Page, types: readonly string[], file: string) {
  for (const type of types) {
    await upload(page, type, file);
    await expect(
      page.locator('tr', { hasText: new RegExp(type.replaceAll('_', '.'), 'i') }).first(),
    ).toBeVisible();
  }
}

/** A line of the documents step's "Documents for this category" checklist, by the document's label. */
export function checklistItem(page: Page, label: string) {
  return page.locator('.category-checklist > li', { hasText: label });
}

/** Submits the draft on screen with everything a highly qualified worker abroad needs (see fillDraft). */
export async function submitCompleteDraft(page: Page, file: string) {
  await fillDraft(page);
  await uploadAll(page, mandatoryDocuments, file);
  await openReview(page);
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(page.getByText('Your application was submitted.')).toBeVisible();
}

/** An authority adds its own document on the case page ("Add a document"). */
export async function addAuthorityDocument(
  page: Page,
  {
    type,
    audience,
    share,
    file,
  }: { type: string; audience: 'Only our service' | 'Both services'; share: boolean; file: string },
) {
  const form = page.getByRole('form', { name: 'Add a document' });
  await form.getByLabel('Document type').selectOption(type);
  await form.getByLabel(audience).check();
  await form.getByLabel('Share with the applicant').setChecked(share);
  await form.getByLabel('File to upload').setInputFiles(file);
  await form.getByRole('button', { name: 'Add document' }).click();
}

/**
 * Opens an inbox's queue narrowed to one file by its reference: the default list orders by
 * deadline, so a new file may be past its first page once the suite has filed many.
 */
export async function showInQueue(page: Page, inboxUrl: string, reference: string) {
  // `all`: a service's default list leaves out files it cannot act on yet (work review, for the residence service).
  await page.goto(`${inboxUrl}/?worklist=all&q=${encodeURIComponent(reference)}`);
}
