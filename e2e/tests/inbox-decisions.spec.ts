import { expect, type Locator, type Page, test } from '@playwright/test';
import {
  type Api,
  declareAdmissible,
  grantPart,
  runTag,
  type SubmittedFile,
  signInInboxPeople,
  submitFile,
} from './inbox-api.ts';
import { waitForScans } from './inbox-support.ts';
import { downloadedPdfText } from './pdf-text.ts';
import { showInQueue, urls } from './support.ts';

/**
 * Decisions in both inboxes, taken on screen: the work service refuses a work part with the two
 * grounds the parliamentary question names, the residence service grants one file (the combined
 * permit) and refuses another. Each decision's letter is downloaded from the case view and its
 * text read back with pdf.js, in the language chosen on the application; the applicant then finds
 * the letters in the portal. Filing, admissibility and the work grant before a residence decision
 * go through the API: the decisions on screen are what is under test.
 */
test.describe.configure({ mode: 'serial' });

const tag = runTag('Zd');

let anna: Page;
let wout: Page;
let rita: Page;
let applicant: Api;
let work: Api;
/** The French file the work service refuses. */
let refusedForWork: SubmittedFile;
/** The English file that ends with the combined permit. */
let permitted: SubmittedFile;
/** The Dutch file whose residence part is refused. */
let refusedForResidence: SubmittedFile;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  ({ anna, wout, rita, applicant, work } = await signInInboxPeople(browser));
});

/** Opens the case from the inbox's list, narrowed to its reference. */
async function openCase(page: Page, inboxUrl: string, reference: string) {
  await showInQueue(page, inboxUrl, reference);
  await page.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Case ${reference}` })).toBeVisible();
}

/** The card of a part's decision in the page's list of decisions. */
const decisionCard = (page: Page, heading: RegExp): Locator =>
  page.locator('article.decision', { has: page.getByRole('heading', { name: heading }) });

/** Clicks a button that downloads a file; returns the download. */
async function downloadBy(page: Page, button: Locator) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return download;
}

/** Admissible and the work part granted, so the residence service can decide. */
async function throughWork(file: SubmittedFile) {
  await declareAdmissible(work, file);
  await grantPart(work, file, 'work');
}

const frenchMotivation =
  'Le travailleur réside à Anvers depuis mars ; la fonction de soudeur n’est pas en pénurie.';
const frenchAppeal =
  'Vous pouvez introduire un recours contre cette décision auprès du ministre flamand compétent pour l’Emploi, dans les 30 jours de sa notification. Mentionnez la référence de votre demande.';

test('work inbox: a refusal of the work part with the coded grounds, its appeal route and its letter in French', async () => {
  refusedForWork = await submitFile(applicant, { givenName: 'Amina', familyName: tag, language: 'fr' });
  await declareAdmissible(work, refusedForWork);
  const { reference } = refusedForWork;
  await openCase(wout, urls.workInbox, reference);

  const form = wout.getByRole('form', { name: 'Decide the work part' });
  await form.getByLabel('Refused', { exact: true }).check();
  // The grounds are the work part's coded grounds of the reference data; the statistics count them.
  const grounds = form.getByRole('group', { name: 'Grounds for refusal' });
  await expect(grounds.getByLabel('Threat to public order')).toHaveCount(0);
  await grounds
    .getByLabel('The worker was in Belgium before the employer obtained the authorisation')
    .check();
  await grounds.getByLabel('The function is not on the shortage occupation list').check();
  await form.getByLabel('Motivation').fill(frenchMotivation);
  await form.getByRole('button', { name: 'Record decision' }).click();
  await expect(wout.getByText('The decision was recorded.')).toBeVisible();
  await expect(wout.locator('.state-line')).toContainText('Work part refused');

  const card = decisionCard(wout, /Work part: Refused/);
  await expect(card).toContainText(
    'The worker was in Belgium before the employer obtained the authorisation',
  );
  await expect(card).toContainText('The function is not on the shortage occupation list');
  await expect(card).toContainText(frenchMotivation);
  // The appeal route the letter states, in the letter's language and marked as such.
  const appeal = card.locator('dd[lang="fr"]');
  await expect(appeal).toHaveText(frenchAppeal);

  // The letter is scanned like any upload; an authority downloads it once it is clean.
  await waitForScans(wout);
  await expect(wout.getByRole('row', { name: /Decision letter/ })).toContainText(
    `decision-${reference}-work-fr.pdf`,
  );
  const download = await downloadBy(
    wout,
    decisionCard(wout, /Work part: Refused/).getByRole('button', {
      name: 'Download the decision letter of the work part',
    }),
  );
  expect(download.suggestedFilename()).toBe(`decision-${reference}-work-fr.pdf`);
  const text = await downloadedPdfText(download);
  expect(text).toContain(reference);
  expect(text).toContain('Gouvernement flamand');
  expect(text).toContain('Décision sur le volet travail de la demande de permis unique');
  expect(text).toContain('Le volet travail de la demande est refusé.');
  expect(text).toContain('Motifs');
  expect(text).toContain(
    'Le travailleur séjournait déjà en Belgique avant que l’employeur ait obtenu l’autorisation de travail.',
  );
  expect(text).toContain('La fonction ne figure pas sur la liste des métiers en pénurie.');
  expect(text).toContain(frenchMotivation);
  expect(text).toContain('Voies de recours');
  expect(text).toContain(frenchAppeal);
  expect(text).toContain(`Amina ${tag}`);
  // Written in French only: no Dutch of the region's default.
  expect(text).not.toContain('Het arbeidsgedeelte');
});

test('residence inbox: the residence part granted gives the combined permit, with its letter in English', async () => {
  permitted = await submitFile(applicant, { givenName: 'Bilal', familyName: tag, language: 'en' });
  await throughWork(permitted);
  const { reference } = permitted;
  await openCase(rita, urls.residenceInbox, reference);

  const form = rita.getByRole('form', { name: 'Decide the residence part' });
  await form.getByLabel('Granted', { exact: true }).check();
  await form.getByLabel('Motivation').fill('Medical certificate and criminal record extract are in order.');
  await form.getByRole('button', { name: 'Record decision' }).click();
  await expect(rita.getByText('The decision was recorded.')).toBeVisible();
  await expect(rita.locator('.state-line')).toContainText('Permit granted');
  const card = decisionCard(rita, /Residence part: Granted/);
  await expect(card).toBeVisible();
  await expect(card.locator('dd[lang]')).toHaveCount(0);

  await waitForScans(rita);
  const download = await downloadBy(
    rita,
    decisionCard(rita, /Residence part: Granted/).getByRole('button', {
      name: 'Download the decision letter of the residence part',
    }),
  );
  expect(download.suggestedFilename()).toBe(`decision-${reference}-residence-en.pdf`);
  const text = await downloadedPdfText(download);
  expect(text).toContain(reference);
  expect(text).toContain('FPS Home Affairs · Immigration Office');
  expect(text).toContain('Single permit granted');
  expect(text).toContain(
    'The single permit is granted: both the work part and the residence part are positive. The worker is authorised to work for this employer and to reside in Belgium.',
  );
  expect(text).toContain('Medical certificate and criminal record extract are in order.');
  // A grant has nothing to appeal.
  expect(text).not.toContain('Council for Alien Law Litigation');
});

const dutchAppeal =
  'U kunt tegen deze beslissing een beroep tot nietigverklaring (en zo nodig tot schorsing) instellen bij de Raad voor Vreemdelingenbetwistingen (RvV), binnen 30 dagen na de kennisgeving.';

test('residence inbox: a refusal of the residence part with a coded ground and its letter in Dutch', async () => {
  refusedForResidence = await submitFile(applicant, { givenName: 'Chen', familyName: tag, language: 'nl' });
  await throughWork(refusedForResidence);
  const { reference } = refusedForResidence;
  await openCase(rita, urls.residenceInbox, reference);

  const form = rita.getByRole('form', { name: 'Decide the residence part' });
  await form.getByLabel('Refused', { exact: true }).check();
  const grounds = form.getByRole('group', { name: 'Grounds for refusal' });
  // The residence part's grounds only: the work part's are not offered here.
  await expect(grounds.getByLabel('The function is not on the shortage occupation list')).toHaveCount(0);
  await grounds.getByLabel('Threat to public order').check();
  // A refusal without a motivation is stopped on the page, and nothing is recorded.
  await form.getByRole('button', { name: 'Record decision' }).click();
  await expect(form.getByText('Give the motivation for the refusal.').first()).toBeVisible();
  await form
    .getByLabel('Motivation')
    .fill('Het uittreksel uit het strafregister vermeldt een recente veroordeling.');
  await form.getByRole('button', { name: 'Record decision' }).click();
  await expect(rita.getByText('The decision was recorded.')).toBeVisible();
  await expect(rita.locator('.state-line')).toContainText('Residence part refused');

  const card = decisionCard(rita, /Residence part: Refused/);
  await expect(card).toContainText('Threat to public order');
  await expect(card.locator('dd[lang="nl"]')).toHaveText(dutchAppeal);

  await waitForScans(rita);
  const download = await downloadBy(
    rita,
    decisionCard(rita, /Residence part: Refused/).getByRole('button', {
      name: 'Download the decision letter of the residence part',
    }),
  );
  expect(download.suggestedFilename()).toBe(`decision-${reference}-residence-nl.pdf`);
  const text = await downloadedPdfText(download);
  expect(text).toContain(reference);
  expect(text).toContain('FOD Binnenlandse Zaken · Dienst Vreemdelingenzaken');
  expect(text).toContain(
    'Het verblijfsgedeelte van de aanvraag wordt geweigerd. De gecombineerde vergunning wordt dus niet toegekend.',
  );
  expect(text).toContain(
    'De werknemer vormt een bedreiging voor de openbare orde of de nationale veiligheid.',
  );
  expect(text).toContain('Het uittreksel uit het strafregister vermeldt een recente veroordeling.');
  expect(text).toContain(dutchAppeal);
});

test('portal: the applicant finds each decision letter among the documents and downloads it', async () => {
  // The French refusal: the decision with its appeal route, and the letter in the documents.
  await anna.goto(`${urls.portal}/applications/${refusedForWork.id}`);
  await expect(
    anna.getByRole('heading', { level: 1, name: `Application ${refusedForWork.reference}` }),
  ).toBeVisible();
  const refusal = decisionCard(anna, /Work part: Refused/);
  await expect(refusal.locator('dd[lang="fr"]')).toHaveText(frenchAppeal);
  const letterRow = anna.getByRole('row', { name: /Decision letter/ });
  await expect(letterRow).toHaveCount(1);
  await expect(letterRow).toContainText(`decision-${refusedForWork.reference}-work-fr.pdf`);
  const fromTable = await downloadBy(
    anna,
    letterRow.getByRole('button', { name: `Download decision-${refusedForWork.reference}-work-fr.pdf` }),
  );
  const refusalText = await downloadedPdfText(fromTable);
  expect(refusalText).toContain(refusedForWork.reference);
  expect(refusalText).toContain('Le volet travail de la demande est refusé.');
  expect(refusalText).toContain('La fonction ne figure pas sur la liste des métiers en pénurie.');

  // The permit: the work part's letter and the permit's, both the applicant's to download.
  await anna.goto(`${urls.portal}/applications/${permitted.id}`);
  await expect(anna.getByText('The combined permit for work and residence was granted.')).toBeVisible();
  const letters = anna.getByRole('row', { name: /Decision letter/ });
  await expect(letters).toHaveCount(2);
  await expect(letters.filter({ hasText: `decision-${permitted.reference}-work-en.pdf` })).toHaveCount(1);
  const permit = await downloadBy(
    anna,
    decisionCard(anna, /Residence part: Granted/).getByRole('button', {
      name: 'Download the decision letter of the residence part',
    }),
  );
  expect(permit.suggestedFilename()).toBe(`decision-${permitted.reference}-residence-en.pdf`);
  const permitText = await downloadedPdfText(permit);
  expect(permitText).toContain(permitted.reference);
  expect(permitText).toContain('Single permit granted');

  // The residence refusal, in Dutch.
  await anna.goto(`${urls.portal}/applications/${refusedForResidence.id}`);
  const residenceLetter = await downloadBy(
    anna,
    anna.getByRole('button', { name: `Download decision-${refusedForResidence.reference}-residence-nl.pdf` }),
  );
  const residenceText = await downloadedPdfText(residenceLetter);
  expect(residenceText).toContain(refusedForResidence.reference);
  expect(residenceText).toContain(
    'De werknemer vormt een bedreiging voor de openbare orde of de nationale veiligheid.',
  );
});
