import { expect, test } from '@playwright/test';
import { apiOf, submitFile } from './inbox-api.ts';
import { showInQueue, signIn, urls } from './support.ts';

/**
 * What one party may not see is not shown, and a direct link says "not found". The file is filed
 * through the API (the guided application has its own spec): the other parties' screens are
 * what is under test.
 */
test('an applicant of another employer, the Brussels service and the residence service cannot open a submitted Flemish application', async ({
  browser,
}) => {
  const anna = await signIn(browser, urls.portal, 'anna');
  const { id, reference } = await submitFile(await apiOf(anna), {
    givenName: 'Isolde',
    familyName: 'Tenant',
  });
  const path = `/applications/${id}`;

  const bart = await signIn(browser, urls.portal, 'bart');
  await expect(bart.getByRole('heading', { level: 1, name: 'My applications' })).toBeVisible();
  await expect(bart.getByRole('link', { name: reference })).toHaveCount(0);
  await bart.goto(urls.portal + path);
  await expect(bart.getByText(/not found|does not exist|may not see it/i).first()).toBeVisible();
  await expect(bart.getByText(reference)).toHaveCount(0);

  const bruno = await signIn(browser, urls.workInbox, 'bruno');

  await showInQueue(bruno, urls.workInbox, reference);
  await expect(bruno.getByRole('heading', { level: 1, name: /Work permit cases – Brussels/ })).toBeVisible();
  await expect(bruno.getByRole('link', { name: reference })).toHaveCount(0);

  const rita = await signIn(browser, urls.residenceInbox, 'rita');

  await showInQueue(rita, urls.residenceInbox, reference);
  await expect(rita.getByRole('heading', { level: 1, name: 'Residence permit cases' })).toBeVisible();
  await expect(rita.getByRole('link', { name: reference })).toHaveCount(0);

  // ...while the Flemish service, competent for Antwerp, has it.
  const wout = await signIn(browser, urls.workInbox, 'wout');
  await showInQueue(wout, urls.workInbox, reference);
  await expect(wout.getByRole('link', { name: reference })).toBeVisible();
});
