import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { checklistItem, urls, writePdf } from './support.ts';

/** WCAG 2.2 A and AA, as axe knows them. */
const wcag22 = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * A fresh browser whose preferred language is Dutch, signed in as the agent Sofie (a social
 * secretariat acting for two employers). The language comes from the browser, not the header's
 * choice, so nothing is stored for the user and other tests keep their English screens.
 */
async function signInDutch(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'nl-BE' });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('#username').fill('sofie');
  await page.locator('#password').fill('demo');
  await page.locator('#kc-login').click();
  return page;
}

async function expectNoAxeViolations(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).withTags(wcag22).analyze();
  const found = results.violations.map((v) => `${name}: ${v.id} (${v.help}) on ${v.nodes.length} node(s)`);
  expect(found, `axe on ${name}`).toEqual([]);
}

/** Usable at 320 CSS pixels (WCAG 1.4.10 reflow): nothing makes the page scroll sideways. */
async function expectNoHorizontalScroll(page: Page, name: string) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 700 });
  // A string runs in the page (this package has no DOM types).
  const [scrollWidth, clientWidth] = (await page.evaluate(
    '[document.documentElement.scrollWidth, document.documentElement.clientWidth]',
  )) as [number, number];
  expect(scrollWidth, `${name} at 320 px`).toBeLessThanOrEqual(clientWidth);
  if (size) await page.setViewportSize(size);
}

async function uploadInDutch(page: Page, type: string, label: string, file: string) {
  await page.getByLabel('Soort document').selectOption(type);
  await page.getByLabel('Bestand om op te laden').setInputFiles(file);
  await page.getByRole('button', { name: 'Opladen', exact: true }).click();
  await expect(checklistItem(page, label)).toContainText('– Opgeladen');
}

test('the guided application in Dutch: step by step, an error fixed from the summary, an early warning, resumed on another device, submitted', async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const file = testInfo.outputPath('document.pdf');
  await writePdf(file, 'guided application');

  // Step 1: the agent picks the employer and the place of employment, which shows its region.
  const first = await signInDutch(browser, urls.portal);
  await first.getByRole('link', { name: 'Nieuwe aanvraag' }).first().click();
  await expect(
    first.getByRole('heading', { level: 1, name: 'Werkgever en plaats van tewerkstelling' }),
  ).toBeVisible();
  await expect(first.getByText('Nieuwe aanvraag · Stap 1 van 6')).toBeVisible();
  await first.getByRole('button', { name: 'Opslaan en verder' }).click();
  const summary = first.getByRole('alert').filter({ hasText: 'Er is een probleem' });
  await expect(
    summary.getByRole('link', { name: 'Kies de werkgever voor wie u de aanvraag indient.' }),
  ).toBeVisible();
  await expect(summary).toBeFocused();
  await expectNoAxeViolations(first, 'step 1 with errors');
  const employer = first.getByLabel('Werkgever', { exact: true });
  const brewery = await employer.locator('option', { hasText: 'Brouwerij De Klok' }).getAttribute('value');
  await employer.selectOption(brewery ?? '');
  await first.getByLabel('Plaats van tewerkstelling').selectOption({ index: 1 });
  await expect(first.locator('.place-facts')).toContainText('Vlaanderen');
  await expect(first.locator('.place-facts')).toContainText('Antwerpen');
  await first.getByRole('button', { name: 'Opslaan en verder' }).click();

  // Step 2: the categories, each explained in a sentence.
  await expect(first.getByRole('heading', { level: 1, name: 'Categorie' })).toBeVisible();
  await expect(first.getByText(/^Aanvraag LKT-.* · Stap 2 van 6$/)).toBeVisible();
  const highlyQualified = first.getByLabel('Hooggekwalificeerde werknemer', { exact: true });
  await expect(highlyQualified).toHaveAccessibleDescription(/diploma hoger onderwijs/);
  await highlyQualified.check();
  await expectNoAxeViolations(first, 'step 2');
  await first.getByRole('button', { name: 'Opslaan en verder' }).click();

  // Step 3: a nationality the API's schema refuses; the summary takes focus and leads to the field.
  await expect(first.getByRole('heading', { level: 1, name: 'Werknemer' })).toBeVisible();
  await first.getByLabel('Voornaam').fill('Meera');
  await first.getByLabel('Familienaam').fill('Iyer');
  await first.getByLabel('Geboortedatum').fill('1999-03-14');
  await first.getByLabel('Geslacht (zoals in het paspoort)').selectOption('female');
  const nationality = first.getByLabel('Nationaliteit');
  await nationality.fill('I');
  await first.getByLabel('Situatie van de werknemer').selectOption('abroad');
  await first.getByRole('button', { name: 'Opslaan en verder' }).click();
  const message = 'Geef de nationaliteit als landcode van twee letters, bijvoorbeeld IN voor India.';
  await expect(summary).toBeFocused();
  await expect(nationality).toHaveAccessibleDescription(new RegExp(message));
  await expect(nationality).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(first, 'step 3 with an error');
  await summary.getByRole('link', { name: message }).click();
  await expect(nationality).toBeFocused();
  // The error follows the typing: fixed, it is gone before the next attempt.
  await nationality.fill('IN');
  await expect(first.getByText(message)).toHaveCount(0);
  await expect(first.getByText('India', { exact: true })).toBeVisible();
  await first.getByRole('button', { name: 'Opslaan en verder' }).click();

  // Step 4: a salary under the Flemish threshold for a worker under 30 is warned about at once.
  await expect(first.getByRole('heading', { level: 1, name: 'Functie en loon' })).toBeVisible();
  await expect(first.getByText(/het minimum voor een werknemer jonger dan 30 jaar/)).toBeVisible();
  await first.getByLabel('Bruto jaarloon (EUR)').fill('32.000');
  const warning = first.locator('[data-warning="salary_below_threshold"]');
  await expect(warning).toContainText('ligt onder het minimum');
  await expect(warning).toContainText('Hooggekwalificeerde werknemer');
  await expectNoAxeViolations(first, 'step 4 with a warning');
  await expectNoHorizontalScroll(first, 'step 4');
  // Saved with the job title still empty: the step stays unfinished.
  await first.getByRole('button', { name: 'Opslaan en later verdergaan' }).click();
  await expect(first.getByText('Uw antwoorden zijn opgeslagen.')).toBeVisible();
  const applicationPath = /\/applications\/[^/]+/.exec(new URL(first.url()).pathname)?.[0] ?? '';

  // Another device: the draft's page leads to the step where it was left, with what was saved.
  const second = await signInDutch(browser, `${urls.portal}${applicationPath}`);
  await expect(second.getByRole('heading', { level: 1, name: /^Aanvraag LKT-/ })).toBeVisible();
  await second.getByRole('link', { name: 'Verdergaan waar u gebleven was' }).click();
  await expect(second.getByRole('heading', { level: 1, name: 'Functie en loon' })).toBeVisible();
  await expect(second.getByLabel('Bruto jaarloon (EUR)')).toHaveValue('32000');
  await expect(second.locator('[data-warning="salary_below_threshold"]')).toBeVisible();
  await second.getByLabel('Functietitel').fill('Procesingenieur');
  await second.getByRole('button', { name: 'Opslaan en verder' }).click();

  // Step 5: the checklist of the category, uploads with the file button (no drag and drop).
  await expect(second.getByRole('heading', { level: 1, name: 'Documenten' })).toBeVisible();
  await expect(second.getByText('Er ontbreken nog 6 verplichte documenten.')).toBeVisible();
  for (const [type, label] of [
    ['passport', 'Kopie van het paspoort'],
    ['employment_contract', 'Arbeidsovereenkomst'],
    ['medical_certificate', 'Medisch getuigschrift'],
    ['criminal_record', 'Uittreksel uit het strafregister'],
    ['fee_payment', 'Bewijs van betaling van de retributie'],
    ['diploma', 'Diploma'],
  ] as const) {
    await uploadInDutch(second, type, label, file);
  }
  await expect(second.getByText('Alle verplichte documenten zijn opgeladen.')).toBeVisible();
  await expectNoAxeViolations(second, 'step 5');
  await second.getByRole('link', { name: 'Verder naar het nakijken' }).click();

  // Step 6: everything entered, each with a Change link to its field; the warning is still there.
  await expect(second.getByRole('heading', { level: 1, name: 'Nakijken en indienen' })).toBeVisible();
  const review = second.locator('main');
  await expect(review).toContainText('Brouwerij De Klok NV');
  await expect(review).toContainText('Vlaanderen');
  await expect(review).toContainText('India (IN)');
  await expect(review).toContainText('14 maart 1999');
  await expect(review).toContainText('€ 32.000');
  await expect(review).toContainText('6 van 6 verplichte documenten opgeladen');
  await expect(second.locator('[data-warning="salary_below_threshold"]')).toBeVisible();
  await expectNoAxeViolations(second, 'review');
  await expectNoHorizontalScroll(second, 'review');
  await second.getByRole('link', { name: 'Wijzigen Nationaliteit' }).click();
  await expect(second.getByRole('heading', { level: 1, name: 'Werknemer' })).toBeVisible();
  await expect(second.getByLabel('Nationaliteit')).toBeFocused();
  await second.goBack();
  await expect(second.getByRole('heading', { level: 1, name: 'Nakijken en indienen' })).toBeVisible();

  // The warning does not stop the submission.
  await second.getByRole('button', { name: 'Aanvraag indienen' }).click();
  await expect(second.getByRole('heading', { level: 1, name: 'Aanvraag ingediend' })).toBeVisible();
  await expect(second.getByText('Uw aanvraag werd ingediend.')).toBeVisible();
  await expect(second.getByText(/Uw referentie is LKT-/)).toBeVisible();
  await expectNoAxeViolations(second, 'submitted');

  // The first device's open step now leads to the submitted application, not to an editable draft.
  await first.reload();
  await expect(first.getByRole('heading', { level: 1, name: /^Aanvraag LKT-/ })).toBeVisible();
  await expect(first.getByRole('button', { name: 'Opslaan en verder' })).toHaveCount(0);
});
