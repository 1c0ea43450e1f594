import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, expect, type Page, type TestInfo, test } from '@playwright/test';
import { applicantApi, authorityApi, axeViolations, bearerOf, pdfBytes } from './inbox-support.ts';
import { mandatoryDocuments, urls } from './support.ts';

/**
 * Every page of the applicant portal in each of its four languages: axe finds no WCAG 2.0, 2.1
 * and 2.2 A/AA violation; the page reflows at 320 CSS pixels without horizontal scrolling; at
 * 200% zoom (640 CSS pixels on a 1280-pixel screen) every control of the page can be scrolled to
 * and is not covered; the keyboard focus is visible on every control it reaches. Full-page
 * screenshots at 320, 640 (zoomed) and 1280 pixels are kept per run (LOKET_E2E_SCREENSHOTS, set by
 * the Playwright config) and attached to the report. Then the skip link and an error summary
 * whose items lead to their fields.
 *
 * The user is sofie, an agent acting for two employers, so the pages show their employer choices
 * too. Her language is put back to none afterwards: other specs sign her in and read English.
 * Not serial: a language with findings still lets the others run (a new worker sets its files up
 * anew).
 */

const languages = ['nl', 'fr', 'de', 'en'] as const;
type Language = (typeof languages)[number];
const portalTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const steps = ['employer', 'category', 'worker', 'job', 'documents', 'review'] as const;

interface Files {
  /** A draft with every answer and every document: each step shows its filled-in form. */
  draft: string;
  /** A draft with only its employer and place: steps with missing answers. */
  emptyDraft: string;
  submitted: string;
  /** Submitted, with the work service's request for a document and an answer open. */
  supplement: string;
  granted: string;
  refused: string;
}

let files: Files;
/** Signed in at 1280 x 900; resized to 320 pixels for the reflow check. */
let sofie: Page;
/** Signed in at 200% zoom: 640 x 400 CSS pixels, two device pixels each. */
let zoomed: Page;

interface Route {
  name: string;
  path: string;
  /** What shows that the page is the one meant (not a "not found" or a spinner). */
  shows: string;
}

function routes(f: Files): Route[] {
  return [
    { name: 'applications', path: '/', shows: 'main table tbody tr' },
    { name: 'new-application', path: '/applications/new', shows: 'main form select' },
    ...steps.map((step) => ({
      name: `step-${step}`,
      path: `/applications/${f.draft}/steps/${step}`,
      shows: step === 'review' ? 'main button' : 'main form',
    })),
    {
      name: 'step-review-incomplete',
      path: `/applications/${f.emptyDraft}/steps/review`,
      shows: 'main a[href*="/steps/"]',
    },
    { name: 'submitted-confirmation', path: `/applications/${f.submitted}/submitted`, shows: 'main h1' },
    { name: 'application-draft', path: `/applications/${f.draft}`, shows: 'main h1' },
    { name: 'application-submitted', path: `/applications/${f.submitted}`, shows: 'main h1' },
    { name: 'application-supplement-open', path: `/applications/${f.supplement}`, shows: 'main form' },
    { name: 'application-granted', path: `/applications/${f.granted}`, shows: 'main h1' },
    { name: 'application-refused', path: `/applications/${f.refused}`, shows: 'main h1' },
    { name: 'messages', path: '/messages', shows: 'main h1' },
    { name: 'settings', path: '/settings', shows: 'main form' },
    { name: 'not-found', path: '/no-such-page', shows: 'main a[href="/"]' },
  ];
}

/** Signs in on the identity provider's (Keycloak's) form in a context of the given size. */
async function signInAt(
  browser: Browser,
  username: string,
  viewport: { width: number; height: number },
  deviceScaleFactor = 1,
) {
  const context = await browser.newContext({ viewport, deviceScaleFactor });
  const page = await context.newPage();
  await page.goto(urls.portal);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('demo');
  await page.locator('#kc-login').click();
  await expect(page.locator('main h1')).toBeVisible();
  return page;
}

async function chooseLanguage(page: Page, language: Language) {
  await page.goto(urls.portal);
  await expect(page.locator('main h1')).toBeVisible();
  await page.locator('.language-choice select').selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** The page is there in the language: its heading, what it is meant to show, nothing loading. */
async function open(page: Page, route: Route, language: Language) {
  await page.goto(`${urls.portal}${route.path}`);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.locator('main h1').first()).toBeVisible();
  await expect(page.locator(route.shows).first()).toBeVisible();
  await expect(page.locator('main .loading, main [aria-busy="true"]')).toHaveCount(0);
}

/** Where this run keeps its screenshots (see playwright.config.ts), one folder per language. */
async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  const base = process.env.LOKET_E2E_SCREENSHOTS ?? testInfo.outputPath('screenshots');
  const dir = join(base, 'portal');
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** How much wider than its viewport the page is, and the widest elements that stick out. */
const overflow = `(() => {
  const root = document.scrollingElement;
  const width = root.clientWidth;
  const out = [...document.querySelectorAll('body *')]
    .filter((el) => el.getBoundingClientRect().right > width + 1)
    .filter((el) => !el.closest('.table-wrap'))
    .slice(0, 5)
    .map((el) => el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '')
      + ' (' + Math.round(el.getBoundingClientRect().right) + ' px)');
  return { excess: root.scrollWidth - width, out };
})()`;

async function horizontalScroll(page: Page) {
  // The layout follows a resize in a frame or two.
  let result = { excess: 0, out: [] as string[] };
  await expect
    .poll(async () => {
      result = await page.evaluate<typeof result>(overflow);
      return result.excess;
    })
    .toBeLessThanOrEqual(0)
    .catch(() => undefined);
  return result;
}

/**
 * At 200% zoom, each control in main can be scrolled to, lies within the screen's width and is
 * the element found at its own centre (not covered by a sticky header or another box).
 */
const unreachable = `(async () => {
  const width = document.scrollingElement.clientWidth;
  const controls = [...document.querySelectorAll('main a[href], main button, main input, main select, main textarea, main summary, header a[href], header button, header select')]
    .filter((el) => el.getClientRects().length > 0 && !(el.type === 'file' && getComputedStyle(el).opacity === '0'));
  const bad = [];
  for (const el of controls) {
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    await new Promise((r) => requestAnimationFrame(() => r()));
    const box = el.getBoundingClientRect();
    const x = Math.min(Math.max(box.left + box.width / 2, 0), width - 1);
    const y = Math.min(Math.max(box.top + Math.min(box.height, 40) / 2, 0), innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    const label = el.tagName.toLowerCase() + ' "' + (el.getAttribute('aria-label') || el.textContent || el.name || '').trim().slice(0, 40) + '"';
    if (box.left < -1 || box.right > width + 1) bad.push(label + ' outside the width');
    else if (!hit || !(el === hit || el.contains(hit) || hit.contains(el) || (el.labels && [...el.labels].some((l) => l.contains(hit)))))
      bad.push(label + ' covered by ' + (hit ? hit.tagName.toLowerCase() + '.' + hit.className : 'nothing'));
  }
  window.scrollTo(0, 0);
  return { count: controls.length, bad };
})()`;

/**
 * Tabs through the page from its top (at most `max` stops) and returns the controls whose focus
 * is not drawn: no outline of at least 2 px and no box shadow.
 */
const focusNotShown = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const s = getComputedStyle(el);
  const outlined = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
  const shadowed = s.boxShadow && s.boxShadow !== 'none';
  if (outlined || shadowed) return '';
  const label = el.labels && el.labels[0] ? el.labels[0].textContent : el.getAttribute('aria-label') || el.textContent || '';
  return el.tagName.toLowerCase() + (el.type ? '[type=' + el.type + ']' : '') + (el.id ? '#' + el.id : '')
    + ' "' + label.trim().slice(0, 40) + '"';
})()`;

async function focusWithoutIndicator(page: Page, max = 25) {
  const missing: string[] = [];
  await page.locator('body').focus();
  await page.evaluate('window.scrollTo(0, 0)');
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const result = await page.evaluate<string | null>(focusNotShown);
    if (result === null) break;
    if (result) missing.push(result);
  }
  return missing;
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  sofie = await signInAt(browser, 'sofie', { width: 1280, height: 900 });
  zoomed = await signInAt(browser, 'sofie', { width: 640, height: 400 }, 2);
  const applicant = await applicantApi(sofie);
  const pdf = {
    name: 'passport.pdf',
    mimeType: 'application/pdf',
    buffer: pdfBytes('Passport of Asha Verma'),
  };
  const submitted = await applicant.submitted(pdf, { familyName: 'Verma' });
  const supplement = await applicant.submitted(pdf, { familyName: 'Peeters' });
  const granted = await applicant.submitted(pdf, { familyName: 'Janssens' });
  const refused = await applicant.submitted(pdf, { familyName: 'Maes' });
  // The full draft: submitted's answers without the submission, every document uploaded.
  const authorization = await bearerOf(sofie);
  const api = async (method: string, path: string, body?: unknown) => {
    const res = await sofie.request.fetch(`${urls.api}${path}`, {
      method,
      headers: { authorization, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { data: JSON.stringify(body) }),
    });
    if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`);
    return (await res.json()) as Record<string, unknown>;
  };
  const filed = await api('GET', `/v1/applications/${submitted.id}`);
  const employerId = (filed.employer as { id: string }).id;
  const establishmentUnitId = (filed.establishmentUnit as { id: string }).id;
  const emptyDraft = (await api('POST', '/v1/applications', { employerId, establishmentUnitId })) as {
    id: string;
  };
  const draft = (await api('POST', '/v1/applications', {
    employerId,
    establishmentUnitId,
    category: 'highly_qualified',
    jobTitle: 'Process engineer',
    grossAnnualSalaryEur: 61000,
    worker: {
      givenName: 'Lena',
      familyName: 'Wouters',
      birthDate: '1991-03-14',
      sex: 'female',
      nationality: 'IN',
      situation: 'abroad',
    },
  })) as { id: string };
  for (const type of mandatoryDocuments) {
    const res = await sofie.request.post(`${urls.api}/v1/applications/${draft.id}/documents`, {
      headers: { authorization },
      multipart: { type, file: pdf },
    });
    if (!res.ok()) throw new Error(`upload ${type}: ${res.status()} ${await res.text()}`);
  }

  const work = await authorityApi(await inboxPage(browser, urls.workInbox, 'wout'));
  await work.post(`/v1/applications/${supplement.id}/supplement-requests`, {
    documentTypes: ['salary_proof'],
    questions: ['When does the worker start?'],
    message: 'Please add the latest salary slip.',
    dueDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
  });
  for (const id of [granted.id, refused.id]) await work.declareAdmissible(id);
  await work.grant(granted.id, 'work');
  await work.post(`/v1/applications/${refused.id}/work-decision`, {
    outcome: 'refused',
    grounds: ['salary_below_threshold'],
    motivation: 'The salary is below the threshold for highly qualified workers.',
  });
  const residence = await authorityApi(await inboxPage(browser, urls.residenceInbox, 'rita'));
  await residence.grant(granted.id, 'residence');

  files = {
    draft: draft.id,
    emptyDraft: emptyDraft.id,
    submitted: submitted.id,
    supplement: supplement.id,
    granted: granted.id,
    refused: refused.id,
  };
});

/** An inbox signed in, for its bearer token (the authorities' steps go through the API). */
async function inboxPage(browser: Browser, url: string, username: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('demo');
  await page.locator('#kc-login').click();
  await expect(page.locator('main h1')).toBeVisible();
  return page;
}

test.afterAll(async () => {
  // Other specs sign sofie in and expect the English default.
  if (!sofie) return;
  const authorization = await bearerOf(sofie);
  await sofie.request.put(`${urls.api}/v1/me/preferences`, {
    headers: { authorization, 'content-type': 'application/json' },
    data: JSON.stringify({ language: null, email: { nonEssential: true } }),
  });
});

for (const language of languages) {
  test(`every page in ${language}: axe, 320 px reflow, 200% zoom, visible focus, screenshots`, async ({
    browser: _browser,
  }, testInfo) => {
    test.setTimeout(900_000);
    await chooseLanguage(sofie, language);
    await chooseLanguage(zoomed, language);
    const violations: unknown[] = [];
    const scrolling: string[] = [];
    const hidden: string[] = [];
    const noFocusRing: string[] = [];
    for (const route of routes(files)) {
      const name = `${language}-${route.name}`;
      await sofie.setViewportSize({ width: 1280, height: 900 });
      await open(sofie, route, language);
      violations.push(...(await axeViolations(sofie, testInfo, name, portalTags)));
      for (const missing of await focusWithoutIndicator(sofie)) noFocusRing.push(`${name}: ${missing}`);
      await screenshot(sofie, testInfo, `${name}-1280`);

      await sofie.setViewportSize({ width: 320, height: 640 });
      const narrow = await horizontalScroll(sofie);
      if (narrow.excess > 0)
        scrolling.push(`${name} at 320 px: ${narrow.excess} px too wide (${narrow.out.join(', ')})`);
      await screenshot(sofie, testInfo, `${name}-320`);

      await open(zoomed, route, language);
      const zoomedScroll = await horizontalScroll(zoomed);
      if (zoomedScroll.excess > 0)
        scrolling.push(
          `${name} at 200%: ${zoomedScroll.excess} px too wide (${zoomedScroll.out.join(', ')})`,
        );
      const reach = await zoomed.evaluate<{ count: number; bad: string[] }>(unreachable);
      expect(reach.count, `${name}: controls found at 200%`).toBeGreaterThan(0);
      for (const b of reach.bad) hidden.push(`${name} at 200%: ${b}`);
      await screenshot(zoomed, testInfo, `${name}-200pct`);
    }
    expect.soft(violations).toEqual([]);
    expect.soft(scrolling).toEqual([]);
    expect.soft(hidden).toEqual([]);
    expect.soft(noFocusRing).toEqual([]);
  });
}

test('the skip link is the first stop and moves focus to the main content, in each language', async () => {
  for (const language of languages) {
    await chooseLanguage(sofie, language);
    await sofie.goto(`${urls.portal}/applications/${files.supplement}`);
    await expect(sofie.locator('main h1')).toBeVisible();
    await sofie.keyboard.press('Tab');
    const skip = sofie.locator('a.skip-link');
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await expect(skip).toHaveText(
      {
        nl: 'Naar de hoofdinhoud',
        fr: 'Aller au contenu principal',
        de: 'Zum Hauptinhalt springen',
        en: 'Skip to main content',
      }[language],
    );
    await expect(skip).toHaveCSS('outline-style', 'solid');
    await sofie.keyboard.press('Enter');
    await expect(sofie.locator('main#main')).toBeFocused();
    // The next Tab goes on inside main, past the header and its navigation.
    await sofie.keyboard.press('Tab');
    expect(await sofie.evaluate('!!document.activeElement.closest("main")')).toBe(true);
  }
});

test('an error summary names each missing answer and leads to its field', async ({
  browser: _b,
}, testInfo) => {
  const violations: unknown[] = [];
  for (const language of languages) {
    await chooseLanguage(sofie, language);
    await sofie.goto(`${urls.portal}/applications/${files.emptyDraft}/steps/worker`);
    await expect(sofie.locator('main form')).toBeVisible();
    await sofie.locator('main form [type="submit"]').first().click();
    const summary = sofie.locator('.error-summary');
    await expect(summary).toBeVisible();
    await expect(summary).toBeFocused();
    const links = summary.locator('a[href^="#"]');
    expect(await links.count()).toBeGreaterThan(0);
    for (const link of await links.all()) {
      const id = ((await link.getAttribute('href')) ?? '').slice(1);
      const target = sofie.locator(`[id="${id}"]`);
      await expect(target, `the field of "${await link.textContent()}"`).toHaveCount(1);
      // The field (or the group's first control) is marked invalid and described by its message.
      const control = target
        .locator('xpath=self::input|self::select|self::textarea|.//input|.//select|.//textarea')
        .first();
      await expect(control).toHaveAttribute('aria-invalid', 'true');
      await expect(control).toHaveAttribute('aria-describedby', /\S/);
    }
    await summary.focus();
    await sofie.keyboard.press('Tab');
    await expect(links.first()).toBeFocused();
    const firstId = ((await links.first().getAttribute('href')) ?? '').slice(1);
    await sofie.keyboard.press('Enter');
    const focusedInside = await sofie.evaluate(
      `(() => { const t = document.getElementById(${JSON.stringify(firstId)}); return !!t && (t === document.activeElement || t.contains(document.activeElement)); })()`,
    );
    expect(focusedInside, `${language}: Enter on the first item focuses its field`).toBe(true);
    violations.push(...(await axeViolations(sofie, testInfo, `${language}-error-summary`, portalTags)));
    await screenshot(sofie, testInfo, `${language}-error-summary-1280`);
  }
  expect(violations).toEqual([]);
});
