import { readFile } from 'node:fs/promises';
import { expect, type Page, type TestInfo, test } from '@playwright/test';
import { axeViolations, bearerOf } from './inbox-support.ts';
import { signIn, urls } from './support.ts';
import { readXlsx, rowsOf } from './xlsx.ts';

/**
 * The statistics app (docs/statistics.md): the analyst answers Annex 1 of the parliamentary
 * question from live data with filters, downloads it as XLSX and finds there what the page shows,
 * cell by cell, withheld cells included; the analyst opens no file; only analysts and team leads get
 * in; axe reports no WCAG 2.1 A/AA violation on any statistics page. The e2e platform seeds
 * synthetic files since 2019 (LOKET_SYNTHETIC_FLANDERS_PER_YEAR), so the tables hold large counts
 * and withheld small ones.
 */
test.describe.configure({ mode: 'serial' });

let ada: Page;
const currentYear = new Date().getFullYear();

test.beforeAll(async ({ browser }) => {
  ada = await signIn(browser, urls.statistics, 'ada');
  await expect(ada.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
});

interface ShownTable {
  id: string;
  caption: string;
  /** The column headings, the rows' heading first (Annex 1 has no grouped columns). */
  header: string[];
  /** Each body row: its heading, then its cells as shown. */
  rows: string[][];
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The statistics tables on the page, as a reader sees them. */
async function shownTables(page: Page): Promise<ShownTable[]> {
  const tables: ShownTable[] = [];
  for (const table of await page.locator('table.statistics-table').all()) {
    const rows: string[][] = [];
    for (const row of await table.locator('tbody tr').all())
      rows.push((await row.locator('th, td').allTextContents()).map(clean));
    tables.push({
      id: (await table.getAttribute('data-table-id')) ?? '',
      caption: clean((await table.locator('caption').textContent()) ?? ''),
      header: (await table.locator('thead th').allTextContents()).map(clean),
      rows,
    });
  }
  return tables;
}

/** A shown cell as the spreadsheet holds it: a number without separators, or the withheld mark. */
function asSheetValue(shown: string): string | number {
  return /^[\d,.]+$/.test(shown) ? Number(shown.replaceAll(',', '')) : shown;
}

async function tablesShown(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: 'Counting the figures' })).toHaveCount(0);
  await expect(page.locator('table.statistics-table').first()).toBeVisible();
}

test('the analyst chooses filters for Annex 1, downloads the XLSX and finds every cell of the page in it', async () => {
  await ada.goto(urls.statistics);
  await ada
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Applications and grants' })
    .click();
  await expect(ada.getByRole('heading', { level: 1 })).toBeVisible();

  // The last full year and the running one, in Flanders, every category.
  const filters = ada.getByRole('form', { name: 'Filters' });
  await filters
    .getByRole('group', { name: 'Years' })
    .getByLabel(String(currentYear - 1), { exact: true })
    .check();
  await filters
    .getByRole('group', { name: 'Years' })
    .getByLabel(`${currentYear} (running year, so far)`)
    .check();
  await filters
    .getByRole('group', { name: /Regions/ })
    .getByLabel('Flanders')
    .check();
  await filters.getByRole('button', { name: 'Show tables' }).click();
  await expect(ada).toHaveURL(new RegExp(`year=${currentYear - 1}&year=${currentYear}&region=flanders`));
  await tablesShown(ada);

  const shown = await shownTables(ada);
  // Applications and grants for each of the two years.
  expect(shown.length).toBeGreaterThanOrEqual(4);
  const cells = shown.flatMap((t) => t.rows.flatMap((r) => r.slice(1)));
  expect(cells).toContain('<5');
  expect(cells.some((c) => /^\d[\d,]*$/.test(c) && Number(c.replaceAll(',', '')) >= 5)).toBe(true);
  // Aggregates only: nothing in a table leads anywhere, least of all to a file.
  await expect(ada.locator('table.statistics-table a')).toHaveCount(0);
  await expect(ada.getByText('Withheld figures')).toBeVisible();
  await expect(ada.getByRole('heading', { name: 'Definitions' })).toBeVisible();
  // The charts: one image each, named by their title and their summary in words.
  const chart = ada.getByRole('img', { name: /Applications and grants per category, Flanders/ }).first();
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleName(/Every figure is in the table/);

  // The print view: the tables with the filters used, the date of extraction and the definitions;
  // no form, buttons, charts or page frame.
  await ada.emulateMedia({ media: 'print' });
  await expect(filters).toBeHidden();
  await expect(chart).toBeHidden();
  await expect(ada.getByRole('button', { name: 'Download XLSX' })).toBeHidden();
  await expect(ada.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(ada.locator('table.statistics-table').first()).toBeVisible();
  await expect(ada.getByRole('heading', { name: 'Figures shown' })).toBeVisible();
  await expect(ada.getByText('Extracted', { exact: true })).toBeVisible();
  await expect(ada.getByRole('heading', { name: 'Definitions' })).toBeVisible();
  await ada.emulateMedia({ media: 'screen' });

  const downloading = ada.waitForEvent('download');
  await ada.getByRole('button', { name: 'Download XLSX' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const sheets = readXlsx(await readFile(await download.path()));

  // One sheet per table, in the page's order: the title first, then the headings, then the rows.
  expect(sheets.length).toBe(shown.length);
  shown.forEach((table, i) => {
    const rows = rowsOf(sheets[i] as (typeof sheets)[number]);
    const title = table.caption.replace(/\s*\(up to .*\)$/, '');
    expect(rows[0]?.[0], `sheet ${i + 1}`).toBe(title);
    expect(
      rows.find((r) => r[0] === table.header[0])?.filter((v) => v !== ''),
      `${title}: headings`,
    ).toEqual(table.header);
    for (const [label, ...values] of table.rows) {
      const found = rows.filter((r) => r[0] === label);
      expect(found, `${title}: one row “${label}”`).toHaveLength(1);
      expect(found[0]?.slice(1), `${title}: row “${label}”`).toEqual(values.map(asSheetValue));
    }
  });
});

test('the analyst opens no file: the API answers an application’s address with 404 or 403', async ({
  browser,
}) => {
  const anna = await signIn(browser, urls.portal, 'anna');
  await expect(anna.getByRole('heading', { level: 1, name: 'My applications' })).toBeVisible();
  const applicant = await bearerOf(anna);
  const list = await anna.request.get(`${urls.api}/v1/applications`, {
    headers: { authorization: applicant },
  });
  expect(list.ok()).toBe(true);
  const [first] = ((await list.json()) as { items: { id: string }[] }).items;
  expect(first).toBeDefined();
  const id = (first as { id: string }).id;

  const analyst = await bearerOf(ada);
  for (const path of [`/v1/applications/${id}`, `/v1/applications/${id}/history`]) {
    const res = await ada.request.get(`${urls.api}${path}`, { headers: { authorization: analyst } });
    expect([403, 404], path).toContain(res.status());
  }
  // The statistics answer her.
  const stats = await ada.request.get(`${urls.api}/v1/statistics`, { headers: { authorization: analyst } });
  expect(stats.status()).toBe(200);
});

test('only analysts and team leads get in: a caseworker is told why, a team lead sees the statistics', async ({
  browser,
}) => {
  const wout = await signIn(browser, urls.statistics, 'wout');
  await expect(
    wout.getByRole('heading', { level: 1, name: 'You do not have access to this application' }),
  ).toBeVisible();
  await expect(wout.getByText(/is for the roles “Analyst”, “Team lead”/)).toBeVisible();

  const tom = await signIn(browser, urls.statistics, 'tom');
  await expect(tom.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
  await tom.getByRole('link', { name: 'Throughput times' }).first().click();
  await tablesShown(tom);
});

/** A full-page screenshot, kept in the test's output folder and attached to the report. */
async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

test('axe: no WCAG 2.1 A/AA violation on any statistics page', async ({ browser: _browser }, testInfo) => {
  testInfo.setTimeout(180_000);
  const found: Awaited<ReturnType<typeof axeViolations>> = [];
  await ada.goto(urls.statistics);
  await expect(ada.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
  await expect(ada.getByRole('heading', { name: 'Definitions' })).toBeVisible();
  found.push(...(await axeViolations(ada, testInfo, 'statistics-overview')));
  // Each page with its tables, charts and notes: two years of Flanders (one the running year); the
  // throughput over three years for Belgium and every region, so its trend charts are drawn too.
  const twoYears = `?year=${currentYear - 1}&year=${currentYear}&region=flanders`;
  const pages: [string, string][] = [
    ['applications', twoYears],
    ['refusal-grounds', twoYears],
    ['grant-profiles', twoYears],
    ['throughput', `?year=${currentYear - 2}&year=${currentYear - 1}&year=${currentYear}`],
  ];
  for (const [page, search] of pages) {
    await ada.goto(`${urls.statistics}/${page}${search}`);
    await tablesShown(ada);
    if (page === 'throughput')
      await expect(
        ada.getByRole('img', { name: /Median throughput time per year in days, all categories, Belgium/ }),
      ).toBeVisible();
    found.push(...(await axeViolations(ada, testInfo, `statistics-${page}`)));
    await screenshot(ada, testInfo, `statistics-${page}`);
  }
  expect(found).toEqual([]);
});
