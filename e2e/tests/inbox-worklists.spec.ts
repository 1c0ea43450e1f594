import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Locator, type Page, type TestInfo, test } from '@playwright/test';
import {
  type Api,
  declareAdmissible,
  grantPart,
  runTag,
  type SubmittedFile,
  signInInboxPeople,
  submitFile,
} from './inbox-api.ts';
import { signIn, urls } from './support.ts';

/**
 * The inboxes' worklists, filters, saved views, assignment (one by one and in bulk), deadlines,
 * notifications and the 409 of a lost race, in both inboxes, against the real platform. The
 * applicant's side and the other party's moves go through the API; the inbox on screen is what
 * is under test. Every file of this run carries one made-up family name, so searching for it
 * shows this run's files only.
 */
test.describe.configure({ mode: 'serial' });

const tag = runTag('Zq');
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const inAMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
const isoDay = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

let wout: Page;
let rita: Page;
let applicant: Api;
let work: Api;
let residence: Api;
const created: SubmittedFile[] = [];

async function newFile(file: Parameters<typeof submitFile>[1]): Promise<SubmittedFile> {
  const f = await submitFile(applicant, file);
  created.push(f);
  return f;
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  ({ wout, rita, applicant, work, residence } = await signInInboxPeople(browser));
});

// Files this run leaves open would crowd other specs' default lists: the applicant withdraws them.
test.afterAll(async () => {
  for (const f of created) {
    await applicant.fail('POST', `/v1/applications/${f.id}/withdraw`, { reason: 'End of the inbox test' });
  }
});

/** Opens the queue at a query and waits for the list (or its empty state) to be there. */
async function openQueue(page: Page, base: string, query = '') {
  await page.goto(query ? `${base}/?${query}` : `${base}/`);
  await expect(page.getByRole('status').filter({ hasText: /cases? shown|No cases/ })).toBeVisible();
}

const worklistNav = (page: Page) => page.getByRole('navigation', { name: 'Worklists' });
const worklistLink = (page: Page, label: string) =>
  worklistNav(page).getByRole('link', { name: new RegExp(`^${label} \\(\\d+\\)$`) });

/** The count a worklist link shows in its text, "New (3)". */
async function countOf(page: Page, label: string): Promise<number> {
  const text = (await worklistLink(page, label).textContent()) ?? '';
  const m = /\((\d+)\)/.exec(text);
  if (!m) throw new Error(`No count in "${text}"`);
  return Number(m[1]);
}

async function counts(page: Page, labels: readonly string[]) {
  await expect(worklistLink(page, labels[0] as string)).toBeVisible();
  const found = new Map(await Promise.all(labels.map(async (l) => [l, await countOf(page, l)] as const)));
  return (label: string): number => {
    const n = found.get(label);
    if (n === undefined) throw new Error(`No count for ${label}`);
    return n;
  };
}

const row = (page: Page, reference: string): Locator =>
  page.getByRole('row', { name: new RegExp(reference) });

/** Goes to a worklist through its link and checks it is marked as the current one. */
async function showWorklist(page: Page, label: string) {
  await worklistLink(page, label).click();
  await expect(worklistLink(page, label)).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('status').filter({ hasText: /cases? shown|No cases/ })).toBeVisible();
}

async function axe(page: Page, testInfo: TestInfo, name: string) {
  const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
  await testInfo.attach(`axe-${name}.json`, {
    body: JSON.stringify({ url: page.url(), violations: results.violations }, null, 2),
    contentType: 'application/json',
  });
  return results.violations.map((v) => ({
    page: name,
    id: v.id,
    nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`.slice(0, 300)),
  }));
}

const workLists = [
  'New',
  'Assigned to me',
  'My team',
  'Waiting for the applicant',
  'Due soon',
  'Overdue',
  'Decided',
];

test('work inbox: each worklist takes its file after the action, with its count; the notice of an answer', async () => {
  test.setTimeout(120_000);
  await openQueue(wout, urls.workInbox, `q=${tag}`);
  const before = await counts(wout, workLists);

  // Submitted: new and in the team's queue, nobody holds it.
  const file = await newFile({ givenName: 'Alpha', familyName: tag });
  await openQueue(wout, urls.workInbox, `q=${tag}`);
  await expect(worklistLink(wout, 'New')).toHaveText(`New (${before('New') + 1})`);
  await expect(worklistLink(wout, 'My team')).toHaveText(`My team (${before('My team') + 1})`);
  await showWorklist(wout, 'New');
  await expect(row(wout, file.reference)).toContainText('Nobody');
  await showWorklist(wout, 'My team');
  await expect(row(wout, file.reference)).toBeVisible();

  // Taken: assigned to me, no longer new.
  await showWorklist(wout, 'New');
  await row(wout, file.reference)
    .getByRole('button', { name: `Take ${file.reference}` })
    .click();
  await expect(
    wout.getByRole('status').filter({ hasText: `${file.reference} is now assigned to you.` }),
  ).toBeVisible();
  await expect(worklistLink(wout, 'Assigned to me')).toHaveText(
    `Assigned to me (${before('Assigned to me') + 1})`,
  );
  await expect(worklistLink(wout, 'New')).toHaveText(`New (${before('New')})`);
  await expect(row(wout, file.reference)).toHaveCount(0);
  await showWorklist(wout, 'Assigned to me');
  await expect(row(wout, file.reference)).toContainText('Wout Maes (you)');

  // A supplement request: waiting for the applicant, the clock paused.
  await work.call('POST', `/v1/applications/${file.id}/supplement-requests`, {
    documentTypes: [],
    questions: ['When does the worker start?'],
    message: 'Please tell us the start date.',
    dueDate: inAMonth(),
  });
  await openQueue(wout, urls.workInbox, `q=${tag}&worklist=waiting`);
  await expect(worklistLink(wout, 'Waiting for the applicant')).toHaveAttribute('aria-current', 'page');
  await expect(worklistLink(wout, 'Waiting for the applicant')).toHaveText(
    `Waiting for the applicant (${before('Waiting for the applicant') + 1})`,
  );
  await expect(row(wout, file.reference)).toContainText('Paused: waiting for the applicant');

  // The applicant answers: a notice in the header, unread, linking to the case.
  const header = wout.getByRole('banner');
  const unreadBefore = Number(
    /\((\d+) unread\)/.exec(
      (await header.getByRole('button', { name: /^Notifications/ }).textContent()) ?? '',
    )?.[1],
  );
  const detail = await applicant.call<{ supplementRequests: { id: string; status: string }[] }>(
    'GET',
    `/v1/applications/${file.id}`,
  );
  const open = detail.supplementRequests.find((r) => r.status === 'open');
  await applicant.call('POST', `/v1/applications/${file.id}/supplement-requests/${open?.id}/answer`, {
    message: 'The worker starts in March.',
    answers: ['In March.'],
  });
  await openQueue(wout, urls.workInbox, `q=${tag}`);
  const bell = header.getByRole('button', { name: /^Notifications \(\d+ unread\)$/ });
  const unreadOf = async () => Number(/\((\d+) unread\)/.exec((await bell.textContent()) ?? '')?.[1]);
  await expect.poll(unreadOf).toBeGreaterThan(unreadBefore);
  const unreadAfter = await unreadOf();
  // Keyboard: Tab reaches the button, Enter opens the list, Escape closes it again.
  await bell.focus();
  await wout.keyboard.press('Enter');
  await expect(bell).toHaveAttribute('aria-expanded', 'true');
  const panel = wout.getByRole('region', { name: 'Notifications' });
  await expect(panel.getByRole('link', { name: file.reference })).toBeVisible();
  await expect(panel).toContainText('The applicant answered the supplement request');
  await wout.keyboard.press('Escape');
  await expect(bell).toHaveAttribute('aria-expanded', 'false');
  await expect(bell).toBeFocused();
  await bell.click();
  await panel
    .getByRole('button', { name: `Mark as read ${file.reference}` })
    .first()
    .click();
  await expect(
    header.getByRole('button', { name: `Notifications (${unreadAfter - 1} unread)` }),
  ).toBeVisible();
  await panel.getByRole('link', { name: file.reference }).first().click();
  await expect(wout.getByRole('heading', { level: 1, name: `Case ${file.reference}` })).toBeVisible();

  // Decided: the work part granted.
  await declareAdmissible(work, file);
  await grantPart(work, file, 'work');
  await openQueue(wout, urls.workInbox, `q=${tag}&worklist=decided`);
  await expect(worklistLink(wout, 'Decided')).toHaveText(`Decided (${before('Decided') + 1})`);
  await expect(row(wout, file.reference)).toContainText(/Decided on/);

  // Due soon and overdue: every file listed says so in words, and the count matches the list.
  for (const [label, word] of [
    ['Due soon', 'Due soon:'],
    ['Overdue', 'Overdue:'],
  ] as const) {
    await openQueue(wout, urls.workInbox);
    await showWorklist(wout, label);
    const n = await countOf(wout, label);
    const rows = wout.locator('table.inbox-table tbody tr');
    if (n <= 25) await expect(rows).toHaveCount(n);
    for (const r of await rows.all()) await expect(r).toContainText(word);
  }
});

test('residence inbox: new, mine, team, waiting and decided after each action', async () => {
  test.setTimeout(90_000);
  const file = await newFile({ givenName: 'Echo', familyName: tag, nationality: 'BR' });
  await declareAdmissible(work, file);
  const labels = ['New', 'Assigned to me', 'My team', 'Waiting for the applicant', 'Decided'];
  await openQueue(rita, urls.residenceInbox, `q=${tag}`);
  const before = await counts(rita, labels);
  await grantPart(work, file, 'work');
  await openQueue(rita, urls.residenceInbox, `q=${tag}&worklist=new`);
  await expect(worklistLink(rita, 'New')).toHaveText(`New (${before('New') + 1})`);
  await expect(worklistLink(rita, 'My team')).toHaveText(`My team (${before('My team') + 1})`);
  await row(rita, file.reference)
    .getByRole('button', { name: `Take ${file.reference}` })
    .click();
  await expect(
    rita.getByRole('status').filter({ hasText: `${file.reference} is now assigned to you.` }),
  ).toBeVisible();
  await showWorklist(rita, 'Assigned to me');
  await expect(row(rita, file.reference)).toContainText('Rita Wouters (you)');
  await expect(worklistLink(rita, 'Assigned to me')).toHaveText(
    `Assigned to me (${before('Assigned to me') + 1})`,
  );

  await residence.call('POST', `/v1/applications/${file.id}/supplement-requests`, {
    documentTypes: [],
    questions: ['Where will the worker live?'],
    message: 'Please tell us the address.',
    dueDate: inAMonth(),
  });
  await openQueue(rita, urls.residenceInbox, `q=${tag}&worklist=waiting`);
  await expect(worklistLink(rita, 'Waiting for the applicant')).toHaveText(
    `Waiting for the applicant (${before('Waiting for the applicant') + 1})`,
  );
  await expect(row(rita, file.reference)).toContainText('Paused: waiting for the applicant');

  const detail = await applicant.call<{ supplementRequests: { id: string; status: string }[] }>(
    'GET',
    `/v1/applications/${file.id}`,
  );
  const open = detail.supplementRequests.find((r) => r.status === 'open');
  await applicant.call('POST', `/v1/applications/${file.id}/supplement-requests/${open?.id}/answer`, {
    message: 'Kerkstraat 1, Antwerpen.',
    answers: ['Kerkstraat 1, Antwerpen.'],
  });
  await grantPart(residence, file, 'residence');
  await openQueue(rita, urls.residenceInbox, `q=${tag}&worklist=decided`);
  await expect(worklistLink(rita, 'Decided')).toHaveText(`Decided (${before('Decided') + 1})`);
  await expect(row(rita, file.reference)).toBeVisible();
});

let filterFiles: { alpha: SubmittedFile; bravo: SubmittedFile; charlie: SubmittedFile };

async function applyFilters(page: Page, fill: (form: Locator) => Promise<unknown>) {
  const details = page.locator('details.inbox-filters');
  if (!(await details.evaluate((d) => (d as unknown as { open: boolean }).open))) {
    await page.getByText('Filters and order', { exact: false }).click();
  }
  const form = page.getByRole('form', { name: 'Filters' });
  await form.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('status').filter({ hasText: /cases? shown|No cases/ })).toBeVisible();
  if (!(await details.evaluate((d) => (d as unknown as { open: boolean }).open))) {
    await page.getByText('Filters and order', { exact: false }).click();
  }
  await form.getByLabel('Search').fill(tag);
  await fill(form);
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('status').filter({ hasText: /cases? shown|No cases/ })).toBeVisible();
}

async function shownReferences(page: Page): Promise<string[]> {
  return page.locator('table.inbox-table tbody th[scope="row"]').allTextContents();
}

test('work inbox: every filter and the order, in the address bar; keyset "Load more"', async () => {
  test.setTimeout(120_000);
  const alpha = await newFile({
    givenName: 'Foxtrot',
    familyName: tag,
    nationality: 'IN',
    place: 'Antwerpen',
  });
  const bravo = await newFile({
    givenName: 'Golf',
    familyName: tag,
    nationality: 'MA',
    category: 'executive',
    place: 'Gent',
  });
  const charlie = await newFile({
    givenName: 'Hotel',
    familyName: tag,
    nationality: 'BR',
    place: 'Antwerpen',
  });
  filterFiles = { alpha, bravo, charlie };
  await work.call('POST', `/v1/applications/${charlie.id}/supplement-requests`, {
    documentTypes: [],
    questions: ['When does the worker start?'],
    message: 'Please tell us the start date.',
    dueDate: inAMonth(),
  });
  await work.call('PUT', `/v1/applications/${alpha.id}/assignee`, {
    assigneeId: (await work.call<{ id: string }>('GET', '/v1/me')).id,
  });

  await openQueue(wout, urls.workInbox);
  const all = [alpha.reference, bravo.reference, charlie.reference].sort();

  // Text search: the family name of this run (and the worker's given name, and the reference).
  await applyFilters(wout, async () => {});
  await expect(wout).toHaveURL(new RegExp(`q=${tag}`));
  await expect.poll(async () => (await shownReferences(wout)).sort()).toEqual(expect.arrayContaining(all));
  await applyFilters(wout, async (form) => form.getByLabel('Search').fill(`golf ${tag}`));
  await expect.poll(() => shownReferences(wout)).toEqual([bravo.reference]);
  await applyFilters(wout, async (form) => form.getByLabel('Search').fill(charlie.reference));
  await expect.poll(() => shownReferences(wout)).toEqual([charlie.reference]);

  await applyFilters(wout, (form) => form.getByLabel('Category').selectOption('executive'));
  await expect(wout).toHaveURL(/category=executive/);
  await expect.poll(() => shownReferences(wout)).toEqual([bravo.reference]);

  await applyFilters(wout, (form) => form.getByLabel('Province').selectOption('east_flanders'));
  await expect(wout).toHaveURL(/province=east_flanders/);
  await expect.poll(() => shownReferences(wout)).toEqual([bravo.reference]);

  await applyFilters(wout, (form) => form.getByLabel('Nationality').fill('ma'));
  await expect(wout).toHaveURL(/nationality=MA/);
  await expect.poll(() => shownReferences(wout)).toEqual([bravo.reference]);

  await applyFilters(wout, (form) => form.getByLabel('State').selectOption('work_supplement_requested'));
  await expect(wout).toHaveURL(/state=work_supplement_requested/);
  await expect.poll(() => shownReferences(wout)).toEqual([charlie.reference]);

  await applyFilters(wout, (form) => form.getByLabel('Assigned to').selectOption('me'));
  await expect(wout).toHaveURL(/assignee=me/);
  await expect.poll(() => shownReferences(wout)).toEqual([alpha.reference]);
  await applyFilters(wout, (form) => form.getByLabel('Assigned to').selectOption('none'));
  await expect
    .poll(async () => (await shownReferences(wout)).sort())
    .toEqual([bravo.reference, charlie.reference].sort());

  // Deadline range: 90 days from today (charlie's stands still while it waits).
  await applyFilters(wout, async (form) => {
    await form.getByLabel('Deadline from').fill(isoDay(95));
  });
  await expect(wout).toHaveURL(/deadlineFrom=/);
  await expect.poll(() => shownReferences(wout)).toEqual([]);
  await expect(wout.getByRole('status').filter({ hasText: 'No cases in this list.' })).toBeVisible();
  await applyFilters(wout, async (form) => {
    await form.getByLabel('Deadline from').fill(isoDay(80));
    await form.getByLabel('Deadline to').fill(isoDay(95));
  });
  await expect
    .poll(async () => (await shownReferences(wout)).sort())
    .toEqual(expect.arrayContaining([alpha.reference, bravo.reference]));
  // A range the wrong way round is refused on the form, before any request.
  await applyFilters(wout, async (form) => {
    await form.getByLabel('Deadline from').fill(isoDay(95));
    await form.getByLabel('Deadline to').fill(isoDay(80));
  }).catch(() => undefined);
  await expect(
    wout.getByText('The “Deadline to” day must be on or after the “Deadline from” day.'),
  ).toBeVisible();

  // The order: newest submission first, then oldest first.
  await applyFilters(wout, (form) => form.getByLabel('Sort by').selectOption('-submitted'));
  await expect(wout).toHaveURL(/sort=-submitted/);
  await expect
    .poll(() => shownReferences(wout))
    .toEqual([charlie.reference, bravo.reference, alpha.reference]);
  await applyFilters(wout, (form) => form.getByLabel('Sort by').selectOption('submitted'));
  await expect
    .poll(() => shownReferences(wout))
    .toEqual([alpha.reference, bravo.reference, charlie.reference]);

  // The address is the view: opened directly, it shows the same list with the form filled in.
  await openQueue(wout, urls.workInbox, `q=${tag}&category=executive&province=east_flanders&nationality=MA`);
  await expect.poll(() => shownReferences(wout)).toEqual([bravo.reference]);
  await expect(wout.getByRole('form', { name: 'Filters' }).getByLabel('Category')).toHaveValue('executive');

  // Keyset pages: two rows a page (the request's limit rewritten), "Load more" asks for the next.
  // The live stream is held meanwhile: a refresh would refetch with the rewritten limit too.
  await wout.route(/\/v1\/events/, (route) => route.abort());
  await wout.route(/\/v1\/inbox\?/, (route) =>
    route.request().method() === 'GET'
      ? route.continue({
          url: route
            .request()
            .url()
            .replace(/limit=\d+/, 'limit=2'),
        })
      : route.continue(),
  );
  await openQueue(wout, urls.workInbox, `q=${tag}&sort=submitted`);
  await expect.poll(() => shownReferences(wout)).toEqual([alpha.reference, bravo.reference]);
  await expect(wout.getByRole('status').filter({ hasText: '2+ cases shown.' })).toBeVisible();
  await wout.getByRole('button', { name: 'Load more cases' }).click();
  await expect(wout.getByRole('status').filter({ hasText: /^3\+? cases shown\.$/ })).toBeVisible();
  await expect
    .poll(async () => (await shownReferences(wout)).slice(0, 3))
    .toEqual([alpha.reference, bravo.reference, charlie.reference]);
  await wout.unrouteAll();
});

test('saved views: save, apply and delete; another caseworker does not see them', async ({ browser }) => {
  const name = `Executives ${tag}`;
  await openQueue(wout, urls.workInbox, `q=${tag}&category=executive`);
  const views = wout.getByRole('region', { name: 'Saved views' });
  await views.getByLabel('Name of the view').fill(name);
  await views.getByRole('button', { name: 'Save this view' }).click();
  await expect(views.getByRole('link', { name })).toBeVisible();
  await expect(views.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');

  await openQueue(wout, urls.workInbox);
  await wout.getByRole('region', { name: 'Saved views' }).getByRole('link', { name }).click();
  await expect(wout).toHaveURL(/category=executive/);
  await expect(wout.getByRole('status').filter({ hasText: /cases? shown/ })).toBeVisible();
  await expect.poll(() => shownReferences(wout)).toEqual([filterFiles.bravo.reference]);

  const bruno = await signIn(browser, urls.workInbox, 'bruno');
  await expect(bruno.getByRole('heading', { level: 1, name: 'Work permit cases – Brussels' })).toBeVisible();
  await expect(bruno.getByRole('region', { name: 'Saved views' })).toBeVisible();
  await expect(bruno.getByRole('region', { name: 'Saved views' }).getByRole('link', { name })).toHaveCount(0);
  await bruno.context().close();

  await wout
    .getByRole('region', { name: 'Saved views' })
    .getByRole('button', { name: `Delete the view ${name}` })
    .click();
  await expect(wout.getByRole('region', { name: 'Saved views' }).getByRole('link', { name })).toHaveCount(0);
  await openQueue(wout, urls.workInbox);
  await expect(wout.getByRole('region', { name: 'Saved views' }).getByRole('link', { name })).toHaveCount(0);
});

test('assignment: take, assign, reassign with a reason, release; bulk with one file changed meanwhile', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { alpha, bravo, charlie } = filterFiles;
  // Lotte, Wout's colleague, signs in once: that makes her a member of the Flanders team.
  const lotte = await signIn(browser, urls.workInbox, 'lotte');
  await expect(lotte.getByRole('heading', { level: 1, name: 'Work permit cases – Flanders' })).toBeVisible();
  await openQueue(wout, urls.workInbox, `q=${tag}&sort=submitted`);

  // Release (alpha is Wout's), then take it back.
  await row(wout, alpha.reference)
    .getByRole('button', { name: `Release ${alpha.reference}` })
    .click();
  await expect(
    wout.getByRole('status').filter({ hasText: `${alpha.reference} was released to the team.` }),
  ).toBeVisible();
  await expect(row(wout, alpha.reference)).toContainText('Nobody');
  await row(wout, alpha.reference)
    .getByRole('button', { name: `Take ${alpha.reference}` })
    .click();
  await expect(row(wout, alpha.reference)).toContainText('Wout Maes (you)');

  // "Assign…" to a colleague from the team list.
  await row(wout, bravo.reference)
    .getByRole('button', { name: `Assign… ${bravo.reference}` })
    .click();
  const dialog = wout.getByRole('dialog', { name: `Assign ${bravo.reference}` });
  await dialog.getByLabel('Assign to').selectOption({ label: 'Lotte Jacobs' });
  await dialog.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(
    wout.getByRole('status').filter({ hasText: `${bravo.reference} is now assigned to Lotte Jacobs.` }),
  ).toBeVisible();
  await expect(row(wout, bravo.reference)).toContainText('Lotte Jacobs');

  // Taking over Lotte's file is a reassignment: the reason is asked for and sent along.
  await row(wout, bravo.reference)
    .getByRole('button', { name: `Take ${bravo.reference}` })
    .click();
  const reassign = wout.getByRole('dialog', { name: `Assign ${bravo.reference}` });
  await expect(reassign).toContainText('Now held by Lotte Jacobs.');
  await reassign.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(reassign.getByText('Give a reason for the reassignment.')).toBeVisible();
  await reassign.getByLabel(/^Reason for the reassignment/).fill('Lotte is on leave this week.');
  const sent = wout.waitForRequest((r) => r.method() === 'PUT' && r.url().endsWith(`/${bravo.id}/assignee`));
  await reassign.getByRole('button', { name: 'Assign', exact: true }).click();
  expect((await sent).postDataJSON()).toMatchObject({ reason: 'Lotte is on leave this week.' });
  expect((await sent).headers()['if-match']).toMatch(/^"\d+"$/);
  await expect(row(wout, bravo.reference)).toContainText('Wout Maes (you)');
  const history = await work.call<{ items: { action: string; reason: string | null }[] }>(
    'GET',
    `/v1/applications/${bravo.id}/history`,
  );
  expect(history.items.map((e) => [e.action, e.reason])).toContainEqual([
    'reassign',
    'Lotte is on leave this week.',
  ]);

  // Bulk: three files selected; meanwhile Lotte takes charlie. Two go through, one fails.
  await wout.getByRole('checkbox', { name: 'Select all on this page' }).check();
  for (const f of [alpha, bravo, charlie]) {
    await expect(wout.getByRole('checkbox', { name: `Select ${f.reference}` })).toBeChecked();
  }
  await wout.getByRole('checkbox', { name: 'Select all on this page' }).uncheck();
  for (const f of [alpha, bravo, charlie]) {
    await wout.getByRole('checkbox', { name: `Select ${f.reference}` }).check();
  }
  await expect(wout.getByRole('heading', { name: '3 files selected' })).toBeVisible();

  await openQueue(lotte, urls.workInbox, `q=${tag}&sort=submitted`);
  await row(lotte, charlie.reference)
    .getByRole('button', { name: `Take ${charlie.reference}` })
    .click();
  await expect(row(lotte, charlie.reference)).toContainText('Lotte Jacobs (you)');

  await wout.getByLabel('Assign the selected files to').selectOption({ label: 'Wout Maes (me)' });
  await wout.getByRole('button', { name: 'Assign selected' }).click();
  const results = wout.locator('.bulk-results[role="status"]');
  await expect(results).toContainText('2 of 3 files changed');
  await expect(results).toContainText(`${alpha.reference}: assigned to Wout Maes.`);
  await expect(results).toContainText(`${bravo.reference}: assigned to Wout Maes.`);
  await expect(results).toContainText(`${charlie.reference}: not changed.`);
  // Either the page still showed the old version (409: what changed), or the live update already
  // showed Lotte holding it (a reassignment needs a reason): both refuse, and say why.
  await expect(results).toContainText(
    /Last change: .* by Lotte Jacobs|Someone else holds this file: say why you reassign or release it/,
  );
  await expect(row(wout, charlie.reference)).toContainText('Lotte Jacobs');

  // Release them all: Lotte's file needs the reason, which the bulk form sends for every file.
  await wout.getByRole('checkbox', { name: 'Select all on this page' }).check();
  await wout.getByLabel('Reason (for files someone else holds)').fill('Back to the team: redistribution.');
  await wout.getByRole('button', { name: 'Release selected' }).click();
  await expect(results).toContainText('3 of 3 files changed');
  await expect(results).toContainText(`${charlie.reference}: released.`);
  for (const f of [alpha, bravo, charlie]) await expect(row(wout, f.reference)).toContainText('Nobody');
  await lotte.context().close();
});

async function conflictIn(
  browser: Browser,
  base: string,
  user: string,
  file: SubmittedFile,
  heading: RegExp,
) {
  const first = await signIn(browser, base, user);
  await expect(first.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  const second = await signIn(browser, base, user);
  // The second window's live stream is held back, as when its update is still on the way: it
  // must act on the version it shows (with the stream open it may already show the take).
  await second.route(/\/v1\/events/, (route) => route.abort());
  await expect(second.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await openQueue(first, base, `q=${tag}&worklist=all`);
  await openQueue(second, base, `q=${tag}&worklist=all`);
  await row(first, file.reference)
    .getByRole('button', { name: `Take ${file.reference}` })
    .click();
  await expect(row(first, file.reference)).toContainText('(you)');
  // The second window still shows the old version: its change is refused and it says what changed.
  await row(second, file.reference)
    .getByRole('button', { name: `Take ${file.reference}` })
    .click();
  const alert = second
    .getByRole('alert')
    .filter({ hasText: `${file.reference} was changed by someone else` });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Your change was not made.');
  await expect(alert).toContainText(/It is now “.+” \(version \d+\)\. Last change: .+ by .+ on /);
  await alert.getByRole('button', { name: 'Reload' }).click();
  await expect(alert).toHaveCount(0);
  await expect(row(second, file.reference)).toContainText('(you)');
  await first.context().close();
  await second.context().close();
}

test('two windows take the same file: the second gets the 409 with what changed, and reloads', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const file = await newFile({ givenName: 'India', familyName: tag });
  await conflictIn(browser, urls.workInbox, 'wout', file, /Work permit cases/);
  await declareAdmissible(work, file);
  await grantPart(work, file, 'work');
  await conflictIn(browser, urls.residenceInbox, 'rita', file, /Residence permit cases/);
});

test('deadlines in words and icons, the service targets, and the one 30-day extension', async () => {
  test.setTimeout(90_000);
  const { alpha, charlie } = filterFiles;
  const file = await newFile({ givenName: 'Juliett', familyName: tag });
  await declareAdmissible(work, file);
  await openQueue(wout, urls.workInbox, `q=${tag}&worklist=all&sort=submitted`);
  // A running clock: status word, date and days left; a paused one says so.
  await expect(row(wout, alpha.reference)).toContainText(/On time: \d{1,2} \w{3} \d{4}, (89|90) days left/);
  await expect(row(wout, charlie.reference)).toContainText('Paused: waiting for the applicant');
  // After admissibility: the hand-off target (15 days), as a date.
  await expect(row(wout, file.reference)).toContainText(/Hand off by \d{1,2} \w{3} \d{4}/);

  // Due soon and overdue as they read (the list's answer moved on in time: no clock control here).
  await wout.route(/\/v1\/inbox\?/, async (route) => {
    if (route.request().method() !== 'GET') return route.continue();
    const res = await route.fetch();
    const body = (await res.json()) as {
      items: { id: string; daysLeft: number | null; legalDeadline: string }[];
    };
    for (const i of body.items) {
      if (i.id === alpha.id) {
        i.daysLeft = -3;
        i.legalDeadline = new Date(Date.now() - 3 * 86_400_000).toISOString();
      }
      if (i.id === file.id) {
        i.daysLeft = 5;
        i.legalDeadline = new Date(Date.now() + 5 * 86_400_000).toISOString();
      }
    }
    await route.fulfill({ response: res, json: body });
  });
  await openQueue(wout, urls.workInbox, `q=${tag}&worklist=all&sort=submitted`);
  await expect(row(wout, alpha.reference)).toContainText(/Overdue: \d{1,2} \w{3} \d{4}, 3 days overdue/);
  await expect(row(wout, alpha.reference).locator('[aria-hidden="true"]', { hasText: '⚠' })).toHaveCount(1);
  await expect(row(wout, file.reference)).toContainText(/Due soon: \d{1,2} \w{3} \d{4}, 5 days left/);
  await wout.unrouteAll();

  // The extension on the case page: a reason is required; once used, the action is gone.
  await wout.goto(`${urls.workInbox}/applications/${alpha.id}`);
  await expect(wout.getByRole('heading', { level: 1, name: `Case ${alpha.reference}` })).toBeVisible();
  const form = wout.getByRole('form', { name: 'Extend the deadline' });
  await form.getByRole('button', { name: 'Extend the deadline by 30 days' }).click();
  await expect(form.getByText('Give the reason for the extension.').first()).toBeVisible();
  await form
    .getByLabel('Reason for the extension')
    .fill('The employer is being investigated by the inspection.');
  await form.getByRole('button', { name: 'Extend the deadline by 30 days' }).click();
  await expect(wout.getByText('The deadline was extended by 30 days.')).toBeVisible();
  await expect(wout.getByRole('form', { name: 'Extend the deadline' })).toHaveCount(0);
  await expect(wout.getByText(/\(1(19|20) days left\)/)).toBeVisible();
  await openQueue(wout, urls.workInbox, `q=${tag}&worklist=all`);
  await expect(row(wout, alpha.reference)).toContainText('Extended by 30 days');
});

for (const [name, base] of [
  ['work', urls.workInbox],
  ['residence', urls.residenceInbox],
] as const) {
  test(`axe, ${name} inbox: the queue in every worklist, with filters open, a selection, the dialog and the notifications`, async ({
    browser: _browser,
  }, testInfo) => {
    test.setTimeout(240_000);
    const page = name === 'work' ? wout : rita;
    const found: Awaited<ReturnType<typeof axe>> = [];
    for (const key of ['new', 'mine', 'team', 'waiting', 'due_soon', 'overdue', 'decided', 'all']) {
      await openQueue(page, base, `worklist=${key}`);
      found.push(...(await axe(page, testInfo, `${name}-${key}`)));
    }
    await openQueue(page, base, `q=${tag}&worklist=all&category=highly_qualified`);
    await expect(page.locator('details.inbox-filters')).toHaveAttribute('open', '');
    found.push(...(await axe(page, testInfo, `${name}-filters-open`)));
    const first = page.locator('table.inbox-table tbody tr').first();
    await first.getByRole('checkbox').check();
    found.push(...(await axe(page, testInfo, `${name}-selection`)));
    await first.getByRole('button', { name: /^Assign… / }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    found.push(...(await axe(page, testInfo, `${name}-assign-dialog`)));
    await page.keyboard.press('Escape');
    await page
      .getByRole('banner')
      .getByRole('button', { name: /^Notifications/ })
      .click();
    found.push(...(await axe(page, testInfo, `${name}-notifications`)));
    expect(found).toEqual([]);
  });
}
