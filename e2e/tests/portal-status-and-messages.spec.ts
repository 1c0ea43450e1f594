import { expect, type Page, test } from '@playwright/test';
import { applicantApi, authorityApi, axeViolations, bearerOf, pdfBytes } from './inbox-support.ts';
import { signIn, urls } from './support.ts';

/**
 * The applicant's side after filing, in French: the status timeline with the open request as the
 * task at the top, the messages from the services (read, a letter downloaded), the e-mail
 * preference, the language kept on the server (a fresh browser signs in in French), and a
 * withdrawal after its confirmation. The language and e-mail choices are put back afterwards:
 * other specs sign in as the same user and read English.
 */
test.describe.configure({ mode: 'serial' });

let bart: Page;
let waiting: { id: string; reference: string };
let granted: { id: string; reference: string };

async function preferencesOf(page: Page) {
  const authorization = await bearerOf(page);
  return {
    async get() {
      const res = await page.request.get(`${urls.api}/v1/me/preferences`, { headers: { authorization } });
      expect(res.ok()).toBe(true);
      return (await res.json()) as { language: string | null; email: { nonEssential: boolean } };
    },
    async reset() {
      const res = await page.request.put(`${urls.api}/v1/me/preferences`, {
        headers: { authorization, 'content-type': 'application/json' },
        data: JSON.stringify({ language: null, email: { nonEssential: true } }),
      });
      expect(res.ok()).toBe(true);
    },
  };
}

/** The page reflows at 320 CSS pixels: nothing but a table's own scroll area is wider than the screen. */
async function expectReflow(page: Page, name: string) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 720 });
  // A string runs in the page (this package has no DOM types); polled, as the layout follows the resize.
  await expect
    .poll(
      () => page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'),
      { message: `${name} at 320 px` },
    )
    .toBeLessThanOrEqual(0);
  if (size) await page.setViewportSize(size);
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  bart = await signIn(browser, urls.portal, 'bart');
  await expect(bart.getByRole('heading', { level: 1, name: 'My applications' })).toBeVisible();
  const applicant = await applicantApi(bart);
  const pdf = {
    name: 'document.pdf',
    mimeType: 'application/pdf',
    buffer: pdfBytes('timeline and messages'),
  };
  waiting = await applicant.submitted(pdf, { familyName: 'Dubois' });
  granted = await applicant.submitted(pdf, { familyName: 'Lambert' });

  const wout = await signIn(browser, urls.workInbox, 'wout');
  await expect(wout.getByRole('heading', { level: 1, name: /Work permit cases/ })).toBeVisible();
  const work = await authorityApi(wout);
  await work.requestSupplement(waiting.id, 'Merci de préciser la date d’entrée en service.');
  await work.declareAdmissible(granted.id);
  await work.grant(granted.id, 'work');
  await wout.context().close();
});

test.afterAll(async () => {
  // Back to the device's language and every e-mail, whatever happened above.
  await (await preferencesOf(bart)).reset();
});

test('in French: the open request is the task at the top, then where the file stands, step by step', async ({
  browser: _browser,
}, testInfo) => {
  await bart.goto(urls.portal);
  const saved = bart.waitForResponse(
    (r) => r.url() === `${urls.api}/v1/me/preferences` && r.request().method() === 'PUT',
  );
  await bart.getByLabel('Language').selectOption('fr');
  expect((await saved).ok()).toBe(true);
  await expect(bart.getByRole('heading', { level: 1, name: 'Mes demandes' })).toBeVisible();
  await expect(bart.locator('html')).toHaveAttribute('lang', 'fr');
  const row = bart.getByRole('row', { name: new RegExp(waiting.reference) });
  await expect(row).toContainText('Complément demandé par le service régional');
  await expect(row).toContainText('Action requise');

  await row.getByRole('link', { name: /Répondre à la demande/ }).click();
  await expect(bart.getByRole('heading', { level: 1, name: `Demande ${waiting.reference}` })).toBeVisible();
  // The task comes first, with its deadline; then the status.
  const sections = bart.locator('main h2');
  await expect(sections.first()).toHaveText(/Action requise : le service régional demande/);
  await expect(sections.nth(1)).toHaveText('Où en est votre demande');
  await expect(bart.locator('.task')).toContainText(/Répondez au plus tard le \d{1,2} \S+ \d{4}\./);

  const status = bart.getByRole('region', { name: 'Où en est votre demande' });
  await expect(status).toContainText('Vous : le service régional attend votre réponse');
  await expect(status).toContainText('Délai suspendu : en attente de votre réponse');
  await expect(status.locator('[data-step="submitted"]')).toContainText('Terminé');
  const current = status.locator('li[aria-current="step"]');
  await expect(current).toHaveCount(1);
  await expect(current).toContainText('Contrôle de complétude et de recevabilité par le service régional');
  await expect(current).toContainText('En attente de votre réponse');
  await expect(current).toContainText(/Informations complémentaires demandées le .+ ; réponse attendue/);
  for (const later of ['workDecision', 'handOff', 'residenceDecision', 'permit']) {
    await expect(status.locator(`[data-step="${later}"]`)).toContainText('À venir');
  }
  expect(await axeViolations(bart, testInfo, 'portal-application-fr')).toEqual([]);
  await expectReflow(bart, 'application');

  // The other file: the work part granted, handed to the Immigration Office, a decision expected.
  await bart.goto(`${urls.portal}/applications/${granted.id}`);
  const handedOn = bart.getByRole('region', { name: 'Où en est votre demande' });
  await expect(handedOn).toContainText('L’Office des étrangers (service fédéral chargé du séjour)');
  await expect(handedOn.locator('[data-step="workDecision"]')).toContainText(/Accordé le/);
  await expect(handedOn.locator('[data-step="handOff"]')).toContainText('Terminé');
  await expect(handedOn.locator('li[aria-current="step"]')).toContainText('Décision sur le volet séjour');
  await expect(handedOn).toContainText(/Décision attendue.*Vers le .+ \(volet séjour\)/s);
  await expect(bart.getByRole('heading', { name: /Volet travail : Accordé/ })).toBeVisible();
});

test('messages: unread in words, marked read, a decision letter downloaded, the count in the menu', async ({
  browser: _browser,
}, testInfo) => {
  const menu = bart.getByRole('navigation', { name: 'Menu principal' });
  const messagesLink = menu.getByRole('link', { name: /^Messages/ });
  await expect(messagesLink).toHaveAccessibleName(/\(\d+ messages? non lus?\)/);
  const unreadBefore = Number(/\((\d+) /.exec((await messagesLink.textContent()) ?? '')?.[1] ?? 0);

  // The address an e-mail links to: the messages of one application.
  await bart.goto(`${urls.portal}/messages?application=${waiting.id}`);
  await expect(bart.getByRole('heading', { level: 1, name: 'Messages' })).toBeVisible();
  const request = bart.getByRole('article', { name: /Demande de complément/ });
  await expect(request).toHaveAccessibleName(/^Demande de complément,\s*Non lu$/);
  await expect(request).toContainText('Merci de préciser la date d’entrée en service.');
  await expect(request).toContainText('1 question à laquelle répondre.');
  expect(await axeViolations(bart, testInfo, 'portal-messages-fr')).toEqual([]);
  await request.getByRole('button', { name: /Marquer comme lu/ }).click();
  await expect(request).toHaveAccessibleName(/^Demande de complément,\s*Lu$/);
  await expect(
    bart.getByRole('status').filter({ hasText: 'Le message a été marqué comme lu.' }),
  ).toBeVisible();
  await expect(request.getByRole('heading')).toBeFocused();

  // The decision: its letter downloads, and opening it counts as reading it.
  await bart.goto(`${urls.portal}/messages?application=${granted.id}`);
  const decision = bart.getByRole('article', { name: /Décision sur le volet travail/ });
  await expect(decision).toHaveAccessibleName(/^Décision sur le volet travail,\s*Non lu$/);
  await expect(decision).toContainText('Résultat : Accordé.');
  const [download] = await Promise.all([
    bart.waitForEvent('download'),
    decision.getByRole('button', { name: /Télécharger la lettre de décision/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`decision-${granted.reference}-work-nl.pdf`);
  await expect(decision).toHaveAccessibleName(/^Décision sur le volet travail,\s*Lu$/);

  const left = unreadBefore - 2;
  await expect(messagesLink).toHaveAccessibleName(
    left > 0 ? new RegExp(`\\(${left} messages? non lus?\\)`) : 'Messages',
  );
  await messagesLink.click();
  await expect(bart).toHaveURL(`${urls.portal}/messages`);
  await expect(messagesLink).toHaveAttribute('aria-current', 'page');
  await expectReflow(bart, 'messages');
});

test('settings: the e-mail preference and the language are kept on the server, for every device', async ({
  browser,
}, testInfo) => {
  await bart
    .getByRole('navigation', { name: 'Menu principal' })
    .getByRole('link', { name: 'Paramètres' })
    .click();
  await expect(bart.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible();
  await expect(bart.getByRole('radio', { name: 'Français' })).toBeChecked();
  const receipt = bart.getByRole('checkbox', { name: /accusé de réception/ });
  await expect(receipt).toBeChecked();
  await receipt.uncheck();
  await bart.getByRole('button', { name: 'Enregistrer les paramètres' }).click();
  await expect(bart.getByText('Vos paramètres ont été enregistrés.')).toBeFocused();
  expect(await axeViolations(bart, testInfo, 'portal-settings-fr')).toEqual([]);
  const stored = await (await preferencesOf(bart)).get();
  expect(stored).toMatchObject({ language: 'fr', email: { nonEssential: false } });

  // Another browser, nothing remembered on the device: the server's language applies on sign-in.
  const elsewhere = await signIn(browser, urls.portal, 'bart');
  await expect(elsewhere.getByRole('heading', { level: 1, name: 'Mes demandes' })).toBeVisible();
  await expect(elsewhere.locator('html')).toHaveAttribute('lang', 'fr');
  await elsewhere.goto(`${urls.portal}/settings`);
  await expect(elsewhere.getByRole('checkbox', { name: /accusé de réception/ })).not.toBeChecked();
  await elsewhere.context().close();
});

test('withdrawing: the consequence in plain words before, what happened after', async ({
  browser: _browser,
}, testInfo) => {
  await bart.goto(`${urls.portal}/applications/${waiting.id}`);
  await expect(bart.getByRole('heading', { level: 1, name: `Demande ${waiting.reference}` })).toBeVisible();
  await bart.getByRole('button', { name: 'Retirer la demande' }).click();
  const dialog = bart.getByRole('dialog', { name: 'Retirer cette demande ?' });
  await expect(dialog).toContainText(
    'Les services cessent de traiter la demande, et aucune décision ne sera prise.',
  );
  await expect(dialog).toContainText(
    'Ce retrait est définitif : une demande retirée ne peut pas être rouverte.',
  );
  await expect(dialog).toContainText('La demande de complément en cours est clôturée');
  expect(await axeViolations(bart, testInfo, 'portal-withdraw-dialog-fr')).toEqual([]);
  // Keeping it changes nothing; then withdraw for real.
  await dialog.getByRole('button', { name: 'Conserver la demande' }).click();
  await expect(dialog).toBeHidden();
  await expect(bart.getByRole('button', { name: 'Retirer la demande' })).toBeFocused();
  await bart.getByRole('button', { name: 'Retirer la demande' }).click();
  await dialog.getByLabel('Motif (facultatif)').fill('Le travailleur a accepté un autre emploi.');
  await dialog.getByRole('button', { name: 'Confirmer le retrait' }).click();

  await expect(bart.getByRole('status').filter({ hasText: 'La demande a été retirée.' })).toBeFocused();
  await expect(bart.locator('.state-line')).toContainText('Retirée');
  const status = bart.getByRole('region', { name: 'Où en est votre demande' });
  await expect(status).toContainText('Personne : la procédure est terminée');
  await expect(status.locator('[data-step="admissibility"]')).toContainText(
    /Arrêté.*Vous avez retiré la demande le/s,
  );
  await expect(status.locator('[data-step="permit"]')).toContainText('Non atteint');
  await expect(bart.getByRole('button', { name: 'Retirer la demande' })).toHaveCount(0);
  await expect(bart.getByRole('heading', { name: /Action requise/ })).toHaveCount(0);
});
