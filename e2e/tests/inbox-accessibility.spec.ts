import { expect, type Page, type TestInfo, test } from '@playwright/test';
import {
  applicantApi,
  authorityApi,
  axeViolations,
  pdfBytes,
  tinyPng,
  waitForScans,
} from './inbox-support.ts';
import { signIn, urls } from './support.ts';

/**
 * axe reports no WCAG 2.1 A/AA violation on any inbox page: the queue in every filter, the case
 * page in every state that shows other forms, the document viewer, the notes, the shortcuts help
 * and the no-access page, in both inboxes. Each page's full axe result is attached to the report.
 */
test.describe.configure({ mode: 'serial' });

type Violations = Awaited<ReturnType<typeof axeViolations>>;

interface Cases {
  submitted: string;
  workWaiting: string;
  workReview: string;
  residenceReview: string;
  residenceWaiting: string;
  granted: string;
}

let cases: Cases;
let wout: Page;
let rita: Page;

const caseUrl = (base: string, id: string) => `${base}/applications/${id}`;

test.beforeAll(async ({ browser }, testInfo) => {
  testInfo.setTimeout(120_000);
  const anna = await signIn(browser, urls.portal, 'anna');
  await expect(anna.getByRole('heading', { level: 1, name: 'My applications' })).toBeVisible();
  const applicant = await applicantApi(anna);
  const pdf = {
    name: 'document.pdf',
    mimeType: 'application/pdf',
    buffer: pdfBytes('Passport of Asha Verma'),
  };
  const ids = [];
  for (let i = 0; i < 6; i++) ids.push((await applicant.submitted(pdf)).id);
  const [submitted, workWaiting, workReview, residenceReview, residenceWaiting, granted] = ids as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];

  wout = await signIn(browser, urls.workInbox, 'wout');
  await expect(wout.getByRole('heading', { level: 1, name: /Work permit cases/ })).toBeVisible();
  const work = await authorityApi(wout);
  await work.requestSupplement(workWaiting, 'Please tell us the start date.');
  for (const id of [workReview, residenceReview, residenceWaiting, granted]) await work.declareAdmissible(id);
  for (const id of [residenceReview, residenceWaiting, granted]) await work.grant(id, 'work');

  rita = await signIn(browser, urls.residenceInbox, 'rita');
  await expect(rita.getByRole('heading', { level: 1, name: 'Residence permit cases' })).toBeVisible();
  const residence = await authorityApi(rita);
  await residence.requestSupplement(residenceWaiting, 'Please tell us the address in Belgium.');
  await residence.grant(granted, 'residence');

  // One note per service, so the notes section shows a list in both inboxes.
  await work.post(`/v1/applications/${workReview}/notes`, {
    text: 'Called the employer about the start date.',
  });
  await residence.post(`/v1/applications/${residenceReview}/notes`, { text: 'Checked the address.' });

  cases = { submitted, workWaiting, workReview, residenceReview, residenceWaiting, granted };
});

/** The queue's list (or its empty state) is on screen. */
async function listShown(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /cases? shown|No cases/ })).toBeVisible();
}

/**
 * Every list the queue offers, as the page offers them: the worklists' links when the inbox has
 * worklists, else each choice of its "State" filter. Each is opened and checked with axe.
 */
async function queueStates(page: Page, base: string, testInfo: TestInfo) {
  await page.goto(`${base}/`);
  await listShown(page);
  const worklists = page.getByRole('navigation', { name: 'Worklists' }).getByRole('link');
  const views: { name: string; url: string }[] = [{ name: 'default', url: `${base}/` }];
  if ((await worklists.count()) > 0) {
    for (const link of await worklists.all()) {
      const url = new URL((await link.getAttribute('href')) ?? '/', base);
      const name =
        (await link.getAttribute('data-worklist')) ?? url.searchParams.get('worklist') ?? 'worklist';
      views.push({ name, url: url.href });
    }
  } else {
    const states = await page
      .getByLabel('State', { exact: true })
      .locator('option')
      .evaluateAll((options) => options.map((o) => o.getAttribute('value') ?? ''));
    for (const state of states.filter((v) => v && v !== 'all'))
      views.push({ name: state, url: `${base}/?state=${state}` });
  }
  const found: Violations = [];
  for (const view of views) {
    await page.goto(view.url);
    await listShown(page);
    found.push(...(await axeViolations(page, testInfo, `queue-${view.name}`)));
  }
  expect(views.length).toBeGreaterThan(4);
  return found;
}

async function casePage(page: Page, base: string, id: string) {
  await page.goto(caseUrl(base, id));
  await expect(page.getByRole('heading', { level: 1, name: /^Case LKT-/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
  await expect(page.getByText('Loading', { exact: false })).toHaveCount(0);
}

/** A full-page screenshot, kept in the test's output folder and attached to the report. */
async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

test('work inbox: the queue in every filter', async ({ browser: _browser }, testInfo) => {
  // Eight lists, each a full page now that the platform seeds synthetic files for the statistics.
  test.setTimeout(180_000);
  const found = await queueStates(wout, urls.workInbox, testInfo);
  await wout.goto(`${urls.workInbox}/`);
  await listShown(wout);
  await screenshot(wout, testInfo, 'work-queue');
  expect(found).toEqual([]);
});

test('work inbox: the case page in each state, the viewer, the notes and the shortcuts help', async ({
  browser: _browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const found: Violations = [];
  for (const [name, id] of [
    ['case-submitted', cases.submitted],
    ['case-waiting-for-applicant', cases.workWaiting],
    ['case-work-review', cases.workReview],
    ['case-residence-review', cases.residenceReview],
    ['case-decided', cases.granted],
  ] as const) {
    await casePage(wout, urls.workInbox, id);
    found.push(...(await axeViolations(wout, testInfo, `work-${name}`)));
    if (name === 'case-work-review') {
      await expect(wout.getByRole('region', { name: 'Internal notes' })).toContainText('Called the employer');
      await screenshot(wout, testInfo, 'work-case-work-review');
    }
  }

  // The document viewer, open on a PDF once the scan found it clean.
  await casePage(wout, urls.workInbox, cases.submitted);
  await waitForScans(wout);
  await wout.getByRole('button', { name: 'View document.pdf' }).first().click();
  const viewer = wout.getByRole('dialog', { name: /version 1/ });
  await expect(viewer.locator('object[type="application/pdf"]')).toBeVisible();
  found.push(...(await axeViolations(wout, testInfo, 'work-viewer-pdf')));
  await screenshot(wout, testInfo, 'work-viewer-pdf');
  await wout.keyboard.press('Escape');
  await expect(viewer).toHaveCount(0);

  // The shortcuts help.
  await wout.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(wout.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  found.push(...(await axeViolations(wout, testInfo, 'work-shortcuts-help')));
  await wout.keyboard.press('Escape');

  // A note that failed validation: the error summary and the invalid field.
  await wout.getByRole('button', { name: 'Add note' }).click();
  await expect(wout.getByText('Write the note before you add it.').first()).toBeVisible();
  found.push(...(await axeViolations(wout, testInfo, 'work-note-error')));
  expect(found).toEqual([]);
});

test('residence inbox: the queue in every filter', async ({ browser: _browser }, testInfo) => {
  // Eight lists, each a full page now that the platform seeds synthetic files for the statistics.
  test.setTimeout(180_000);
  const found = await queueStates(rita, urls.residenceInbox, testInfo);
  expect(found).toEqual([]);
});

test('residence inbox: the case page in each state, the viewer with an image and the notes', async ({
  browser: _browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const found: Violations = [];
  for (const [name, id] of [
    ['case-work-review', cases.workReview],
    ['case-residence-review', cases.residenceReview],
    ['case-waiting-for-applicant', cases.residenceWaiting],
    ['case-decided', cases.granted],
  ] as const) {
    await casePage(rita, urls.residenceInbox, id);
    found.push(...(await axeViolations(rita, testInfo, `residence-${name}`)));
  }

  // An image the residence service adds itself, then opened in the viewer.
  await casePage(rita, urls.residenceInbox, cases.residenceReview);
  await expect(rita.getByRole('region', { name: 'Internal notes' })).toContainText('Checked the address.');
  const form = rita.getByRole('form', { name: 'Add a document' });
  await form.getByLabel('Document type').selectOption('other');
  await form.getByLabel('Only our service').check();
  await form
    .getByLabel('File to upload')
    .setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: tinyPng() });
  await form.getByRole('button', { name: 'Add document' }).click();
  await expect(rita.getByRole('row', { name: /photo\.png/ })).toBeVisible();
  await waitForScans(rita);
  await rita.getByRole('button', { name: 'View photo.png' }).click();
  await expect(
    rita.getByRole('dialog').getByRole('img', { name: 'Other document, version 1' }),
  ).toBeVisible();
  found.push(...(await axeViolations(rita, testInfo, 'residence-viewer-image')));
  await screenshot(rita, testInfo, 'residence-viewer-image');
  await rita.keyboard.press('Escape');
  expect(found).toEqual([]);
});

test('the no-access page of both inboxes', async ({ browser }, testInfo) => {
  const found: Violations = [];
  for (const [name, url] of [
    ['work', urls.workInbox],
    ['residence', urls.residenceInbox],
  ] as const) {
    const anna = await signIn(browser, url, 'anna');
    await expect(
      anna.getByRole('heading', { level: 1, name: 'You do not have access to this application' }),
    ).toBeVisible();
    found.push(...(await axeViolations(anna, testInfo, `${name}-no-access`)));
    await anna.context().close();
  }
  expect(found).toEqual([]);
});
