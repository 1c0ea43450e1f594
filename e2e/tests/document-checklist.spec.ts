import { expect, test } from '@playwright/test';
import {
  addAuthorityDocument,
  changeStep,
  checklistItem,
  createDraft,
  fillDraft,
  openReview,
  openStep,
  showInQueue,
  signIn,
  submitCompleteDraft,
  upload,
  urls,
  writePdf,
} from './support.ts';

const decisionDue = /Decision due by \d{1,2} \w+ \d{4} \(\d+ days? left\)/;

test('the checklist follows the category and the worker’s situation, and submission waits for what it requires', async ({
  browser,
}, testInfo) => {
  const file = testInfo.outputPath('doc.pdf');
  await writePdf(file, 'checklist');
  const anna = await signIn(browser, urls.portal, 'anna');
  await createDraft(anna);
  await openStep(anna, 'Documents');
  await expect(anna.getByRole('heading', { name: 'Documents for this category' })).toBeVisible();
  await expect(anna.getByText('Choose the category first')).toBeVisible();

  // A researcher needs a hosting agreement; a worker abroad a medical certificate.
  await fillDraft(anna);
  await changeStep(anna, 'Category', () => anna.getByLabel('Researcher', { exact: true }).check());
  await expect(checklistItem(anna, 'Hosting agreement (researcher)')).toContainText(
    'Required, work part – Not uploaded yet',
  );
  await expect(checklistItem(anna, 'CV')).toContainText('Optional');
  await expect(checklistItem(anna, 'Medical certificate')).toContainText('Required, residence part');

  // A worker who already lives in Belgium is not asked for a medical certificate.
  await changeStep(anna, 'Worker', () =>
    anna.getByLabel('Situation of the worker').selectOption('other_residence_in_belgium'),
  );
  await expect(checklistItem(anna, 'Medical certificate')).toHaveCount(0);
  await expect(checklistItem(anna, 'Criminal record extract')).toHaveCount(0);
  await expect(checklistItem(anna, 'Hosting agreement (researcher)')).toBeVisible();

  // The upload suggests the first required document still missing, in the checklist's order.
  for (const [type, label] of [
    ['passport', 'Passport copy'],
    ['employment_contract', 'Employment contract'],
    ['fee_payment', 'Proof of fee payment'],
  ] as const) {
    await expect(anna.getByLabel('Document type')).toHaveValue(type);
    await upload(anna, type, file);
    await expect(checklistItem(anna, label)).toContainText('Uploaded');
  }
  await expect(anna.getByLabel('Document type')).toHaveValue('hosting_agreement');
  await upload(anna, 'diploma', file);
  await expect(checklistItem(anna, 'Diploma')).toContainText('Uploaded');

  // Submitting without the hosting agreement names it, with a link to where it is uploaded.
  await openReview(anna);
  await anna.getByRole('button', { name: 'Submit application' }).click();
  const summary = anna.getByRole('alert').filter({ hasText: 'The application is not complete yet' });
  await expect(summary).toBeVisible();
  await summary.getByRole('link', { name: 'Upload the hosting agreement (researcher).' }).click();
  await expect(anna.getByRole('heading', { level: 1, name: 'Documents' })).toBeVisible();

  await upload(anna, 'hosting_agreement', file);
  await expect(checklistItem(anna, 'Hosting agreement (researcher)')).toContainText('Uploaded');
  await openReview(anna);
  await anna.getByRole('button', { name: 'Submit application' }).click();
  await expect(anna.getByText('Your application was submitted.')).toBeVisible();
  await expect(anna.getByText(decisionDue)).toBeVisible();
});

test('a supplement request with a question and a document: asked in the work inbox, answered in the portal', async ({
  browser,
}, testInfo) => {
  const file = testInfo.outputPath('doc.pdf');
  await writePdf(file, 'supplement');
  const question = 'When does the worker start, and who pays for the housing?';
  const reply = 'On 1 March; the employer pays the first three months of rent.';

  const anna = await signIn(browser, urls.portal, 'anna');
  const reference = await createDraft(anna);
  const applicationUrl = anna.url();
  await submitCompleteDraft(anna, file);

  const wout = await signIn(browser, urls.workInbox, 'wout');

  await showInQueue(wout, urls.workInbox, reference);
  await wout.getByRole('link', { name: reference }).click();
  await expect(wout.getByText(decisionDue)).toBeVisible();
  const request = wout.getByRole('form', { name: 'Request supplement' });
  // Neither a document nor a question: the form says what is missing.
  await request.getByLabel('Message to the applicant').fill('Two things are missing.');
  await request.getByRole('button', { name: 'Request supplement' }).click();
  await expect(
    request.getByRole('link', { name: 'Choose a document to request or write a question to the applicant.' }),
  ).toBeVisible();
  await request.getByLabel('Proof of salary').check();
  await request.getByLabel('Questions to the applicant (one per line)').fill(`${question}\n\n`);
  await request.getByRole('button', { name: 'Request supplement' }).click();
  await expect(wout.getByText('The supplement request was sent to the applicant.')).toBeVisible();
  await expect(wout.getByText('Clock paused: waiting for the applicant')).toBeVisible();

  await anna.goto(applicationUrl);
  await expect(anna.getByRole('heading', { name: /Action needed/ })).toBeVisible();
  await expect(anna.getByText('Clock paused: waiting for your answer')).toBeVisible();
  const answerBox = anna.getByLabel('Answer to question 1', { exact: true });
  await expect(answerBox).toHaveAccessibleDescription(`Question 1: ${question}`);
  // Sending too early lists both the empty answer and the missing document.
  await anna.getByRole('button', { name: 'Send answer' }).click();
  await expect(anna.getByRole('link', { name: 'Answer question 1.' })).toBeVisible();
  await expect(
    anna.getByRole('link', { name: 'Upload the proof of salary before you send your answer.' }),
  ).toBeVisible();
  await upload(anna, 'salary_proof', file);
  await expect(anna.getByText('Proof of salary: uploaded')).toBeVisible();
  await answerBox.fill(reply);
  await anna.getByRole('button', { name: 'Send answer' }).click();
  await expect(anna.getByText('Your answer was sent.')).toBeVisible();
  await expect(anna.getByText(decisionDue)).toBeVisible();

  await wout.reload();
  const requests = wout.getByRole('region', { name: 'Supplement requests' });
  await expect(requests.getByText('Questions and answers')).toBeVisible();
  await expect(requests.getByText(question, { exact: true })).toBeVisible();
  await expect(requests.getByText(reply)).toBeVisible();
  await expect(wout.getByText(decisionDue)).toBeVisible();
});

test('an authority adds its own documents: a note for its service only, a decision letter shared with the applicant', async ({
  browser,
}, testInfo) => {
  // Three services, two uploads each and a scan: about 15 s on a quiet machine, far more on a loaded one.
  test.setTimeout(180_000);
  const file = testInfo.outputPath('doc.pdf');
  await writePdf(file, 'application');
  const noteFile = testInfo.outputPath('internal-note.pdf');
  await writePdf(noteFile, 'internal note of the work service');
  const letterFile = testInfo.outputPath('decision-letter.pdf');
  await writePdf(letterFile, 'decision letter');
  const newPassport = testInfo.outputPath('passport-renewed.pdf');
  await writePdf(newPassport, 'renewed passport');

  const anna = await signIn(browser, urls.portal, 'anna');
  const reference = await createDraft(anna);
  const applicationUrl = anna.url();
  await submitCompleteDraft(anna, file);

  const wout = await signIn(browser, urls.workInbox, 'wout');

  await showInQueue(wout, urls.workInbox, reference);
  await wout.getByRole('link', { name: reference }).click();
  await addAuthorityDocument(wout, {
    type: 'note',
    audience: 'Only our service',
    share: false,
    file: noteFile,
  });
  await expect(
    wout.getByText(
      'The note from the authority was added: only your service sees it; the applicant does not.',
    ),
  ).toBeVisible();
  await expect(wout.getByRole('row', { name: /Note from the authority/ })).toContainText('internal-note.pdf');
  await addAuthorityDocument(wout, {
    type: 'decision_letter',
    audience: 'Both services',
    share: true,
    file: letterFile,
  });
  await expect(
    wout.getByText('The decision letter was added: both services see it, and so does the applicant.'),
  ).toBeVisible();
  await expect(wout.getByRole('row', { name: /Decision letter/ })).toContainText('decision-letter.pdf');
  await wout.getByRole('button', { name: 'Declare admissible' }).click();
  await expect(wout.getByText('The application was declared admissible.')).toBeVisible();

  // The residence service sees the letter, not the work service's note.
  const rita = await signIn(browser, urls.residenceInbox, 'rita');
  await showInQueue(rita, urls.residenceInbox, reference);
  await rita.getByRole('link', { name: reference }).click();
  await expect(rita.getByRole('heading', { level: 1, name: `Case ${reference}` })).toBeVisible();
  await expect(rita.getByRole('row', { name: /Decision letter/ })).toContainText('decision-letter.pdf');
  await expect(rita.getByText('internal-note.pdf')).toHaveCount(0);
  await expect(rita.getByRole('row', { name: /Note from the authority/ })).toHaveCount(0);

  // The applicant sees the shared letter, and can still send a new version of a document.
  await anna.goto(applicationUrl);
  await expect(anna.getByRole('row', { name: /Decision letter/ })).toContainText('decision-letter.pdf');
  // ...and nothing of the work service's internal note.
  await expect(anna.getByText('internal-note.pdf')).toHaveCount(0);
  await expect(anna.getByRole('row', { name: /Note from the authority/ })).toHaveCount(0);
  const extra = anna.getByRole('region', { name: 'Add or replace a document' });
  await expect(extra).toBeVisible();
  await upload(anna, 'passport', newPassport);
  // The new version is number 2 of the passport copy.
  await expect(
    anna
      .getByRole('row', { name: /passport-renewed\.pdf/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('2');
});
