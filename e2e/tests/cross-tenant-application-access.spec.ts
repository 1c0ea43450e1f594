import { expect, type Page, test } from '@playwright/test';
import { apiOf, declareAdmissible, submitFile } from './inbox-api.ts';
import { showInQueue, signIn, urls } from './support.ts';

/** An inbox's case page for a file its user may not see: "not found", and nothing of the file. */
async function expectCaseNotFound(page: Page, reference: string) {
  await expect(page.getByRole('heading', { level: 1, name: 'Case', exact: true })).toBeVisible();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Not found');
  await expect(alert).toContainText('No application with this id exists, or you may not see it.');
  await expect(page.getByText(reference)).toHaveCount(0);
  await expect(page.getByText(/Isolde|Tenant/)).toHaveCount(0);
  await expect(page.getByRole('table')).toHaveCount(0);
  // Asking again cannot change the answer, so no "Try again" is offered.
  await expect(alert.getByRole('button')).toHaveCount(0);
}

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
  // The case's own address, typed or shared, opens nothing for another region's service.
  await bruno.goto(urls.workInbox + path);
  await expectCaseNotFound(bruno, reference);

  const rita = await signIn(browser, urls.residenceInbox, 'rita');

  await showInQueue(rita, urls.residenceInbox, reference);
  await expect(rita.getByRole('heading', { level: 1, name: 'Residence permit cases' })).toBeVisible();
  await expect(rita.getByRole('link', { name: reference })).toHaveCount(0);
  // Submitted but not declared admissible: not the residence service's file yet, not even by its address.
  await rita.goto(urls.residenceInbox + path);
  await expectCaseNotFound(rita, reference);

  // ...while the Flemish service, competent for Antwerp, has it.
  const wout = await signIn(browser, urls.workInbox, 'wout');
  await showInQueue(wout, urls.workInbox, reference);
  await expect(wout.getByRole('link', { name: reference })).toBeVisible();
  await wout.goto(urls.workInbox + path);
  await expect(wout.getByRole('heading', { level: 1, name: `Case ${reference}` })).toBeVisible();

  // Once admissible, the same address opens the file for the residence service: the not-found was
  // the rule, not a wrong address. For Brussels it stays not found.
  await declareAdmissible(await apiOf(wout), { id, reference });
  await rita.goto(urls.residenceInbox + path);
  await expect(rita.getByRole('heading', { level: 1, name: `Case ${reference}` })).toBeVisible();
  await bruno.goto(urls.workInbox + path);
  await expectCaseNotFound(bruno, reference);
});
