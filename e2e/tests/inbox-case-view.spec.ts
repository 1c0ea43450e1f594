import { writeFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { apiOf, runTag, submitFile } from './inbox-api.ts';
import { applicantApi, pdfBytes, tabTo, tinyPng, waitForScans } from './inbox-support.ts';
import {
  createDraft,
  downloadedSha256,
  fillDraft,
  mandatoryDocuments,
  openReview,
  sha256,
  showInQueue,
  signIn,
  upload,
  uploadAll,
  urls,
} from './support.ts';

/** The EICAR anti-virus test string, assembled at run time so this file does not trip a scanner. */
const eicar = () => ['X5O!P%@AP[4\\PZX54(P^)7CC)7}$', 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'].join('');

/** What an <object> or <img> shows: the object URL's bytes and type, read back inside the page. */
async function shownBytes(page: Page, selector: string) {
  return page.locator(selector).evaluate(async (el) => {
    const url = el.getAttribute('data') ?? el.getAttribute('src') ?? '';
    const blob = await (await fetch(url)).blob();
    const head = new TextDecoder('latin1').decode(new Uint8Array(await blob.arrayBuffer()).slice(0, 8));
    return { url, type: blob.type, size: blob.size, head, objectType: el.getAttribute('type') };
  });
}

test('the viewer shows a PDF and an image once scanned, says when a file is blocked, and gives focus back', async ({
  browser,
}, testInfo) => {
  const pdf = pdfBytes('Passport of Asha Verma');
  const pdfFile = testInfo.outputPath('passport.pdf');
  await writeFile(pdfFile, pdf);
  const png = tinyPng();
  const pngFile = testInfo.outputPath('photo.png');
  await writeFile(pngFile, png);
  const infectedFile = testInfo.outputPath('salary-slip.pdf');
  await writeFile(
    infectedFile,
    Buffer.concat([Buffer.from('%PDF-1.4\n% slip\n'), Buffer.from(eicar(), 'latin1')]),
  );

  const anna = await signIn(browser, urls.portal, 'anna');
  const reference = await createDraft(anna);
  await fillDraft(anna);
  await uploadAll(anna, mandatoryDocuments, pdfFile);
  await upload(anna, 'cv', pngFile);
  await expect(anna.getByRole('row', { name: /photo\.png/ })).toBeVisible();
  await upload(anna, 'salary_proof', infectedFile);
  await expect(anna.getByRole('row', { name: /salary-slip\.pdf/ })).toBeVisible();
  await openReview(anna);
  await anna.getByRole('button', { name: 'Submit application' }).click();
  await expect(anna.getByText('Your application was submitted.')).toBeVisible();

  const wout = await signIn(browser, urls.workInbox, 'wout');

  await showInQueue(wout, urls.workInbox, reference);
  await wout.getByRole('link', { name: reference }).click();
  await expect(wout.getByRole('heading', { level: 1, name: `Case ${reference}` })).toBeVisible();
  await waitForScans(wout);
  const documents = wout.getByRole('region', { name: 'Documents' });
  await expect(documents.getByRole('row', { name: /salary-slip\.pdf/ })).toContainText('Virus found');

  // A PDF: the browser's viewer, from an object URL typed as the version's media type.
  const viewPassport = documents
    .getByRole('row', { name: /Passport copy/ })
    .getByRole('button', { name: 'View passport.pdf' });
  await viewPassport.click();
  const pdfViewer = wout.getByRole('dialog', { name: 'Passport copy, version 1' });
  await expect(pdfViewer).toBeVisible();
  await expect(pdfViewer.getByRole('button', { name: 'Close viewer' })).toBeFocused();
  await expect(pdfViewer.locator('object')).toBeVisible();
  const shownPdf = await shownBytes(wout, 'dialog[open] object');
  expect(shownPdf).toMatchObject({
    type: 'application/pdf',
    objectType: 'application/pdf',
    size: pdf.length,
  });
  expect(shownPdf.url).toMatch(/^blob:/);
  expect(shownPdf.head.startsWith('%PDF-')).toBe(true);
  await wout.keyboard.press('Escape');
  await expect(pdfViewer).toHaveCount(0);
  await expect(viewPassport).toBeFocused();

  // An image, with its type and version as the alternative text; "Download" keeps the bytes.
  const viewPhoto = documents.getByRole('button', { name: 'View photo.png' });
  await viewPhoto.click();
  const imageViewer = wout.getByRole('dialog', { name: 'CV, version 1' });
  const image = imageViewer.getByRole('img', { name: 'CV, version 1' });
  await expect(image).toBeVisible();
  // Decoded, not only in the page: the 8 x 8 pixels of the PNG.
  await expect
    .poll(() => image.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
    .toBe(8);
  expect(await shownBytes(wout, 'dialog[open] img')).toMatchObject({ type: 'image/png', size: png.length });
  const [download] = await Promise.all([
    wout.waitForEvent('download'),
    imageViewer.getByRole('button', { name: 'Download photo.png' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('photo.png');
  expect(await downloadedSha256(download)).toBe(sha256(png));
  await imageViewer.getByRole('button', { name: 'Close viewer' }).click();
  await expect(imageViewer).toHaveCount(0);
  await expect(viewPhoto).toBeFocused();

  // A file with a virus: the blocked message instead of a viewer, and no download offered.
  await documents.getByRole('button', { name: 'View salary-slip.pdf' }).click();
  const blocked = wout.getByRole('dialog', { name: 'Proof of salary, version 1' });
  await expect(blocked.getByRole('alert')).toContainText('This file was blocked');
  await expect(blocked.getByRole('alert')).toContainText('Virus found');
  await expect(blocked.locator('object, img')).toHaveCount(0);
  await expect(blocked.getByRole('button', { name: /^Download/ })).toHaveCount(0);
  await wout.keyboard.press('Escape');
  await expect(blocked).toHaveCount(0);

  // The existing download buttons stay.
  await expect(documents.getByRole('button', { name: 'Download passport.pdf' }).first()).toBeEnabled();
});

test('internal notes: the work service adds one; the residence service and the applicant never see it', async ({
  browser,
}) => {
  const workNote = 'Phoned the employer: the start date moves to 1 March.';
  const residenceNote = 'Address in Belgium checked with the commune.';

  // The file is filed through the API: the notes are under test, not the guided application.
  const anna = await signIn(browser, urls.portal, 'anna');
  const { id, reference } = await submitFile(await apiOf(anna), { givenName: 'Nora', familyName: 'Notes' });
  const applicationUrl = `${urls.portal}/applications/${id}`;

  const wout = await signIn(browser, urls.workInbox, 'wout');

  await showInQueue(wout, urls.workInbox, reference);
  await wout.getByRole('link', { name: reference }).click();
  const notes = wout.getByRole('region', { name: 'Internal notes' });
  await expect(notes).toContainText(
    'The residence service (Immigration Office) and the applicant do not see them.',
  );
  await expect(notes.getByText('No internal notes yet.')).toBeVisible();
  // An empty note is not sent.
  await notes.getByRole('button', { name: 'Add note' }).click();
  await expect(notes.getByRole('link', { name: 'Write the note before you add it.' })).toBeVisible();
  await notes.getByLabel('New internal note').fill(workNote);
  await notes.getByRole('button', { name: 'Add note' }).click();
  await expect(notes.getByText('Your note was added.')).toBeFocused();
  const item = notes.getByRole('listitem').filter({ hasText: workNote });
  await expect(item).toContainText('Wout Maes');
  await expect(item.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  await expect(notes.getByLabel('New internal note')).toHaveValue('');
  await wout.reload();
  await expect(notes.getByRole('listitem').filter({ hasText: workNote })).toBeVisible();
  await wout.getByRole('button', { name: 'Declare admissible' }).click();
  await expect(wout.getByText('The application was declared admissible.')).toBeVisible();

  // The residence service sees the file, not the work service's note; its own note stays its own.
  // (Opened by its address: which of the residence service's lists holds it is not under test here.)
  const rita = await signIn(browser, urls.residenceInbox, 'rita');
  await showInQueue(rita, urls.residenceInbox, reference);
  await rita.goto(urls.residenceInbox + new URL(applicationUrl).pathname);
  await expect(rita.getByRole('heading', { level: 1, name: `Case ${reference}` })).toBeVisible();
  const ritaNotes = rita.getByRole('region', { name: 'Internal notes' });
  await expect(ritaNotes).toContainText('The work service and the applicant do not see them.');
  await expect(ritaNotes.getByText('No internal notes yet.')).toBeVisible();
  await expect(rita.getByText(workNote)).toHaveCount(0);
  // Ctrl+Enter adds the note from the text box.
  await ritaNotes.getByLabel('New internal note').fill(residenceNote);
  await ritaNotes.getByLabel('New internal note').press('Control+Enter');
  await expect(ritaNotes.getByRole('listitem').filter({ hasText: residenceNote })).toContainText(
    'Rita Wouters',
  );

  await wout.reload();
  await expect(notes.getByRole('listitem').filter({ hasText: workNote })).toBeVisible();
  await expect(wout.getByText(residenceNote)).toHaveCount(0);

  // The applicant's page has no notes at all.
  await anna.goto(applicationUrl);
  await expect(anna.getByRole('heading', { level: 1, name: `Application ${reference}` })).toBeVisible();
  await expect(anna.getByRole('heading', { name: 'History' })).toBeVisible();
  await expect(anna.getByRole('heading', { name: 'Internal notes' })).toHaveCount(0);
  await expect(anna.getByText(workNote)).toHaveCount(0);
  await expect(anna.getByText(residenceNote)).toHaveCount(0);
});

test('keyboard only: from the queue to a case, next and previous case, a supplement request and an admissibility', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // Three fresh submitted files (the applicant's side through the API: the inbox is under test).
  const anna = await signIn(browser, urls.portal, 'anna');
  await expect(anna.getByRole('heading', { level: 1, name: 'My applications' })).toBeVisible();
  const applicant = await applicantApi(anna);
  const pdf = { name: 'doc.pdf', mimeType: 'application/pdf', buffer: pdfBytes('keyboard') };
  // One made-up family name marks this test's files, so the list can be narrowed to them however
  // many files the suite has filed (a deadline-ordered list puts new files last).
  const tag = runTag('Kb');
  const mine: string[] = [];
  for (let i = 0; i < 3; i++) mine.push((await applicant.submitted(pdf, { familyName: tag })).reference);

  // From here on the caseworker uses the keyboard only (the sign-in lands on the narrowed list).
  const wout = await signIn(browser, `${urls.workInbox}/?worklist=all&q=${tag}`, 'wout');
  await expect(wout.getByRole('heading', { level: 1, name: /Work permit cases/ })).toBeVisible();
  await expect(wout.getByRole('status').filter({ hasText: /cases? shown/ })).toBeVisible();
  const queueUrl = wout.url();

  // The queue's order: this test's three files follow one another in it.
  const table = wout.getByRole('table', { name: /^Cases: / });
  await expect(table.getByRole('link', { name: mine[0] as string })).toBeVisible();
  const order = await table.getByRole('link', { name: /^LKT-/ }).allTextContents();
  const start = Math.min(...mine.map((r) => order.indexOf(r)));
  const [first, second, third] = order.slice(start, start + 3) as [string, string, string];
  expect([first, second, third].sort()).toEqual([...mine].sort());

  await tabTo(wout, first);
  await wout.keyboard.press('Enter');
  const heading = (ref: string) => wout.getByRole('heading', { level: 1, name: `Case ${ref}` });
  await expect(heading(first)).toBeVisible();
  const caseNav = wout.getByRole('navigation', { name: 'Case navigation' });
  await expect(caseNav).toContainText(`Case ${start + 1} of ${order.length} in the list`);
  await expect(caseNav.getByRole('link', { name: `Next case: ${second}` })).toBeVisible();

  // j and k, then Alt+Arrow keys, step through the list in its order.
  await wout.keyboard.press('j');
  await expect(heading(second)).toBeVisible();
  await expect(caseNav).toContainText(`Case ${start + 2} of ${order.length}`);
  await wout.keyboard.press('j');
  await expect(heading(third)).toBeVisible();
  await wout.keyboard.press('k');
  await expect(heading(second)).toBeVisible();
  await wout.keyboard.press('Alt+ArrowUp');
  await expect(heading(first)).toBeVisible();

  // The help lists the shortcuts; Escape closes it and focus comes back.
  await wout.keyboard.press('?');
  const help = wout.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('table')).toContainText('Next case in the list');
  await wout.keyboard.press('Escape');
  await expect(help).toHaveCount(0);

  // A supplement request on the first case. Typing j and k in a field types them.
  const message = 'Just kidding about nothing: please join the salary slip of June.';
  await tabTo(wout, 'Proof of salary');
  await wout.keyboard.press('Space');
  await tabTo(wout, 'Message to the applicant');
  await wout.keyboard.type(message);
  await expect(heading(first)).toBeVisible();
  await expect(wout.getByLabel('Message to the applicant')).toHaveValue(message);
  await tabTo(wout, 'Request supplement');
  await wout.keyboard.press('Enter');
  await expect(wout.getByText('The supplement request was sent to the applicant.')).toBeFocused();
  await expect(wout.getByText('Clock paused: waiting for the applicant')).toBeVisible();

  // The next case is declared admissible.
  await wout.keyboard.press('Alt+ArrowDown');
  await expect(heading(second)).toBeVisible();
  await tabTo(wout, 'Declare admissible');
  await wout.keyboard.press('Enter');
  await expect(wout.getByText('The application was declared admissible.')).toBeFocused();
  await expect(wout.getByText('In work review').first()).toBeVisible();

  // g then i: back to the same list.
  await wout.keyboard.press('g');
  await wout.keyboard.press('i');
  await expect(wout).toHaveURL(queueUrl);
  await expect(wout.getByRole('heading', { level: 1, name: /Work permit cases/ })).toBeVisible();
});
