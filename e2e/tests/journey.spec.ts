import { expect, test } from '@playwright/test';
import {
  createDraft,
  downloadedSha256,
  fillDraft,
  openReview,
  showInQueue,
  signIn,
  upload,
  uploadAll,
  urls,
  writePdf,
} from './support.ts';

test('one application travels from the portal through both inboxes to a combined permit', async ({
  browser,
}, testInfo) => {
  const passportFile = testInfo.outputPath('passport.pdf');
  const passportSha = await writePdf(passportFile, 'passport of Asha Verma');
  const contractFile = testInfo.outputPath('contract.pdf');
  await writePdf(contractFile, 'employment contract');
  const diplomaFile = testInfo.outputPath('diploma.pdf');
  await writePdf(diplomaFile, 'master diploma');

  // The employer's HR officer prepares and submits the application.
  const anna = await signIn(browser, urls.portal, 'anna');
  await expect(anna.getByRole('heading', { level: 1, name: 'My applications' })).toBeVisible();
  const reference = await createDraft(anna);
  const applicationUrl = anna.url();
  await fillDraft(anna);
  await upload(anna, 'passport', passportFile);
  await expect(anna.getByRole('row', { name: /Passport/ })).toContainText('passport.pdf');
  await upload(anna, 'employment_contract', contractFile);
  await expect(anna.getByRole('row', { name: /Employment contract/ })).toContainText('contract.pdf');
  await uploadAll(anna, ['medical_certificate', 'criminal_record', 'fee_payment', 'diploma'], contractFile);
  await openReview(anna);
  await anna.getByRole('button', { name: 'Submit application' }).click();
  await expect(anna.getByText('Your application was submitted.')).toBeVisible();

  // The Flemish work service finds it in its queue and asks for a better copy of the diploma.
  const wout = await signIn(browser, urls.workInbox, 'wout');
  await showInQueue(wout, urls.workInbox, reference);
  await expect(wout.getByRole('heading', { level: 1, name: /Work permit cases – Flanders/ })).toBeVisible();
  await wout.getByRole('link', { name: reference }).click();
  await expect(wout.getByRole('heading', { level: 1, name: `Case ${reference}` })).toBeVisible();
  await wout.getByLabel('Diploma').check();
  await wout.getByLabel('Message to the applicant').fill('Please add the master diploma.');
  await wout.getByRole('button', { name: 'Request supplement' }).click();
  await expect(wout.getByText('The supplement request was sent to the applicant.')).toBeVisible();

  // The applicant sees the request as a task, uploads the diploma and answers.
  await anna.goto(applicationUrl);
  await expect(anna.getByRole('heading', { name: /Action needed/ })).toBeVisible();
  await expect(anna.getByText('Please add the master diploma.', { exact: true })).toBeVisible();
  await upload(anna, 'diploma', diplomaFile);
  await expect(anna.getByText('Diploma: uploaded')).toBeVisible();
  await anna.getByLabel('Message to the service (optional)').fill('Here it is.');
  await anna.getByRole('button', { name: 'Send answer' }).click();
  await expect(anna.getByText('Your answer was sent.')).toBeVisible();

  // The work service declares the file admissible and grants the work part.
  await wout.reload();
  await wout.getByRole('button', { name: 'Declare admissible' }).click();
  await expect(wout.getByText('The application was declared admissible.')).toBeVisible();
  await wout.getByLabel('Granted').check();
  await wout.getByLabel('Motivation').fill('Salary and diploma meet the conditions.');
  await wout.getByRole('button', { name: 'Record decision' }).click();
  await expect(wout.getByText('The decision was recorded.')).toBeVisible();

  // The Immigration Office grants the residence part and downloads the passport: same bytes.
  const rita = await signIn(browser, urls.residenceInbox, 'rita');
  await showInQueue(rita, urls.residenceInbox, reference);
  await expect(rita.getByRole('heading', { level: 1, name: 'Residence permit cases' })).toBeVisible();
  await rita.getByRole('link', { name: reference }).click();
  const [download] = await Promise.all([
    rita.waitForEvent('download'),
    rita.getByRole('button', { name: 'Download passport.pdf' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('passport.pdf');
  expect(await downloadedSha256(download)).toBe(passportSha);
  await rita.getByLabel('Granted').check();
  await rita.getByRole('button', { name: 'Record decision' }).click();
  await expect(rita.getByText('The decision was recorded.')).toBeVisible();

  // The applicant sees both decisions, the permit, and the whole history.
  await anna.goto(applicationUrl);
  await expect(anna.getByRole('heading', { name: /Work part: Granted/ })).toBeVisible();
  await expect(anna.getByRole('heading', { name: /Residence part: Granted/ })).toBeVisible();
  await expect(anna.getByText('The combined permit for work and residence was granted.')).toBeVisible();
  const history = anna
    .getByRole('region', { name: 'History' })
    .or(anna.locator('section', { has: anna.getByRole('heading', { name: 'History' }) }));
  await expect(history.first()).toContainText('Wout Maes');
  await expect(history.first()).toContainText('Rita Wouters');
  await anna.goto(urls.portal);
  await expect(anna.getByRole('row', { name: new RegExp(reference) })).toContainText('Permit granted');
});
