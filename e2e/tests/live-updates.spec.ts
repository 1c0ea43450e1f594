import { expect, test } from '@playwright/test';
import { createDraft, signIn, submitCompleteDraft, urls, writePdf } from './support.ts';

// "Within a couple of seconds": the change travels API -> PostgreSQL NOTIFY -> event stream ->
// debounced refetch. Far below the default expect timeout, so the bound is stated here.
const live = { timeout: 3_000 };

test('a change made in one place shows in the open inbox lists without a reload', async ({
  browser,
}, testInfo) => {
  const file = testInfo.outputPath('document.pdf');
  await writePdf(file, 'live updates');

  // The Flemish work service and the Immigration Office have their case lists open: every file
  // they may see, the latest changed first (so a new one lands on the first page however many the
  // suite has filed).
  const list = '/?worklist=all&sort=-updated';
  const wout = await signIn(browser, `${urls.workInbox}${list}`, 'wout');
  await expect(wout.getByRole('heading', { level: 1, name: /Work permit cases – Flanders/ })).toBeVisible();
  const rita = await signIn(browser, `${urls.residenceInbox}${list}`, 'rita');
  await expect(rita.getByRole('heading', { level: 1, name: 'Residence permit cases' })).toBeVisible();

  // An applicant in Antwerp submits a new application in the portal.
  const anna = await signIn(browser, urls.portal, 'anna');
  const reference = await createDraft(anna, 1);
  await submitCompleteDraft(anna, file);

  // It appears in the work inbox without anyone reloading, and the list says it was updated.
  const woutsRow = wout.getByRole('link', { name: reference });
  await expect(woutsRow).toBeVisible(live);
  await expect(wout.getByRole('status').filter({ hasText: 'Updated just now.' })).toBeVisible();
  // Not yet in the residence inbox: the work service has not declared it admissible.
  await expect(rita.getByRole('link', { name: reference })).toHaveCount(0);

  // The work caseworker declares it admissible; the residence list, still open, shows it.
  await woutsRow.click();
  await expect(wout.getByRole('heading', { level: 1, name: `Case ${reference}` })).toBeVisible();
  await wout.getByRole('button', { name: 'Declare admissible' }).click();
  await expect(wout.getByText('The application was declared admissible.')).toBeVisible();
  await expect(rita.getByRole('link', { name: reference })).toBeVisible(live);

  // The applicant's application page, still open since submitting, follows too.
  await expect(
    anna.getByText('The application is admissible. The work service is assessing the work part.'),
  ).toBeVisible(live);
});
