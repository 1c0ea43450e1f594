import { expect, type Page, test } from '@playwright/test';
import { bearerOf, pdfBytes, tabTo } from './inbox-support.ts';
import { urls } from './support.ts';

/**
 * A French-speaking employer files a whole application with the keyboard alone: the identity
 * provider's sign-in form (Keycloak's layout), the portal in French, each step of the guided
 * application, six documents chosen through the file input's own keyboard activation, the review
 * and the submission. After the first address only keys are pressed: Tab, Shift+Tab, Enter,
 * Space, arrows and typed text. Every screen is checked for its French words.
 */

/** Presses Tab (or Shift+Tab) until the focused element matches the CSS selector. */
async function tabToSelector(page: Page, selector: string, { max = 60, shift = false } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate<boolean>(`!!document.activeElement?.matches(${JSON.stringify(selector)})`))
      return;
  }
  throw new Error(`Tab never reached ${selector} in ${max} presses.`);
}

/**
 * The order of a date field's parts (day, month, year) as this browser lays them out: it follows
 * the machine's locale, not the page's, so the test reads it from the accessibility tree (one date
 * field on the page) and types the parts in that order.
 */
async function dateFieldOrder(page: Page): Promise<('day' | 'month' | 'year')[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { role?: { value?: string }; name?: { value?: string } }[];
  };
  await cdp.detach();
  const parts = nodes
    .filter((n) => n.role?.value === 'spinbutton')
    .map((n) => String(n.name?.value ?? '').toLowerCase())
    .map((name) =>
      /day|jour|tag|dag/.test(name)
        ? 'day'
        : /month|mois|monat|maand/.test(name)
          ? 'month'
          : /year|ann|jahr|jaar/.test(name)
            ? 'year'
            : undefined,
    );
  if (parts.length !== 3 || parts.includes(undefined)) throw new Error(`Unknown date field parts: ${parts}`);
  return parts as ('day' | 'month' | 'year')[];
}

const mandatory = [
  'Copie du passeport',
  'Contrat de travail',
  'Certificat médical',
  'Extrait de casier judiciaire',
  'Preuve du paiement de la redevance',
  'Diplôme',
];

test('keyboard only, in French: from the sign-in form to a submitted application', async ({ browser }) => {
  test.setTimeout(240_000);
  // A French-speaking employer's browser: the portal speaks French before anything is chosen.
  const context = await browser.newContext({ locale: 'fr-BE' });
  const page = await context.newPage();
  await page.goto(urls.portal);

  // The identity provider's form, by keyboard.
  await expect(page.locator('#kc-login')).toBeVisible();
  await tabToSelector(page, '#username');
  await page.keyboard.type('anna');
  await page.keyboard.press('Tab');
  await expect(page.locator('#password')).toBeFocused();
  await page.keyboard.type('demo');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Mes demandes' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  try {
    // The language choice in the header, by typing its first letter: Français stays chosen.
    await tabToSelector(page, '.language-choice select');
    await page.keyboard.press('F');
    await expect(page.getByRole('combobox', { name: 'Langue' })).toHaveValue('fr');
    await expect(page.getByRole('navigation', { name: 'Menu principal' })).toBeVisible();

    await tabTo(page, 'Nouvelle demande');
    await page.keyboard.press('Enter');

    // Step 1: the employer is anna's only one; the place of employment with the arrow keys.
    await expect(page.getByRole('heading', { level: 1, name: 'Employeur et lieu de travail' })).toBeVisible();
    await expect(page.getByText('Étape 1 sur 6')).toBeVisible();
    await tabTo(page, 'Lieu de travail');
    await page.keyboard.press('ArrowDown');
    await expect(
      page.getByText('Le volet travail est traité par le service régional', { exact: false }),
    ).toBeVisible();
    await tabTo(page, 'Enregistrer et continuer');
    await page.keyboard.press('Enter');

    // Step 2: the category, a radio group: Tab lands on its first choice, Space picks it.
    await expect(page.getByRole('heading', { level: 1, name: 'Catégorie' })).toBeVisible();
    await expect(page.getByText('À quelle catégorie l’emploi appartient-il ?')).toBeVisible();
    await tabTo(page, 'Travailleur hautement qualifié');
    await page.keyboard.press('Space');
    await expect(page.getByLabel('Travailleur hautement qualifié')).toBeChecked();
    await tabTo(page, 'Enregistrer et continuer');
    await page.keyboard.press('Enter');

    // Step 3: the worker. First an attempt with nothing filled in: the error summary in French.
    await expect(page.getByRole('heading', { level: 1, name: 'Travailleur' })).toBeVisible();
    await tabTo(page, 'Enregistrer et continuer');
    await page.keyboard.press('Enter');
    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Indiquez le prénom du travailleur.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Prénom')).toBeFocused();
    await page.keyboard.type('Amélie');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Nom de famille')).toBeFocused();
    await page.keyboard.type('Nkemelu');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Date de naissance')).toBeFocused();
    const birth = { day: '14', month: '03', year: '1991' };
    for (const part of await dateFieldOrder(page)) await page.keyboard.type(birth[part]);
    await expect(page.getByLabel('Date de naissance')).toHaveValue('1991-03-14');
    await tabTo(page, 'Sexe (comme dans le passeport)');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Sexe (comme dans le passeport)')).toHaveValue('female');
    await tabTo(page, 'Nationalité');
    await page.keyboard.type('NG');
    await expect(page.getByText('Nigeria', { exact: false })).toBeVisible();
    await tabTo(page, 'Situation du travailleur');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Situation du travailleur')).toHaveValue('abroad');
    await tabTo(page, 'Enregistrer et continuer');
    await page.keyboard.press('Enter');

    // Step 4: the job.
    await expect(page.getByRole('heading', { level: 1, name: 'Emploi et salaire' })).toBeVisible();
    await tabTo(page, 'Intitulé de la fonction');
    await page.keyboard.type('Ingénieure de procédés');
    await tabTo(page, 'Salaire annuel brut (EUR)');
    await page.keyboard.type('64000');
    await tabTo(page, 'Enregistrer et continuer');
    await page.keyboard.press('Enter');

    // Step 5: six documents, each chosen through the file input's own keyboard activation.
    await expect(page.getByRole('heading', { level: 1, name: 'Documents' })).toBeVisible();
    await expect(page.getByText('Il manque encore 6 documents obligatoires.')).toBeVisible();
    for (const [i, label] of mandatory.entries()) {
      // The upload form suggests the next missing document.
      const suggested = await page.getByLabel('Type de document').locator('option:checked').textContent();
      expect(mandatory).toContain(suggested);
      await tabTo(page, 'Fichier à charger', { shift: i > 0 });
      const chooser = page.waitForEvent('filechooser');
      await page.keyboard.press('Space');
      await (await chooser).setFiles({
        name: `document-${i + 1}.pdf`,
        mimeType: 'application/pdf',
        buffer: pdfBytes(`${label} – Amélie Nkemelu`),
      });
      await tabTo(page, 'Charger');
      await page.keyboard.press('Enter');
      const left = mandatory.length - i - 1;
      await expect(page.locator('.checklist-summary')).toHaveText(
        left === 0
          ? 'Tous les documents obligatoires ont été chargés.'
          : left === 1
            ? 'Il manque encore 1 document obligatoire.'
            : `Il manque encore ${left} documents obligatoires.`,
        { timeout: 30_000 },
      );
    }
    await tabTo(page, 'Continuer vers la vérification');
    await page.keyboard.press('Enter');

    // Step 6: the review, then the submission.
    await expect(page.getByRole('heading', { level: 1, name: 'Vérifier et introduire' })).toBeVisible();
    await expect(page.getByText('Amélie', { exact: false }).first()).toBeVisible();
    await expect(page.getByText('Reste à faire avant de pouvoir introduire la demande')).toHaveCount(0);
    await tabTo(page, 'Introduire la demande');
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { level: 1, name: 'Demande introduite' })).toBeVisible();
    await expect(page.getByText('Votre demande a été introduite.')).toBeVisible();
    const reference = /LKT-[A-Z0-9-]+/.exec((await page.locator('main').textContent()) ?? '')?.[0];
    expect(reference).toBeTruthy();
    await tabTo(page, 'Suivre la demande');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: `Demande ${reference}` })).toBeVisible();
    await expect(page.locator('main')).toContainText('Introduite');
  } finally {
    // Other specs sign anna in and read English: no language of hers stays on the server.
    const authorization = await bearerOf(page).catch(() => undefined);
    if (authorization) {
      await page.request.put(`${urls.api}/v1/me/preferences`, {
        headers: { authorization, 'content-type': 'application/json' },
        data: JSON.stringify({ language: null, email: { nonEssential: true } }),
      });
    }
    await context.close();
  }
});
