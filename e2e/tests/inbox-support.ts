import { writeFile } from 'node:fs/promises';
import { crc32, deflateSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { textPdf } from '@loket/pdf-text';
import type { Page, TestInfo } from '@playwright/test';
import { expect } from '@playwright/test';
import { urls } from './support.ts';

/**
 * Helpers for the inbox tests: the applicant's side driven through the API with the token of a
 * signed-in page (the inboxes are what is under test, not the portal), the scan wait, axe and the
 * keyboard.
 */

/** The bearer token a signed-in app sends to the API, caught from its next call after a reload. */
export async function bearerOf(page: Page): Promise<string> {
  const request = page.waitForRequest((r) => r.url().startsWith(urls.api) && !!r.headers().authorization);
  await page.reload();
  const authorization = (await request).headers().authorization;
  if (!authorization) throw new Error('The app sent no bearer token.');
  return authorization;
}

export interface ApplicantApi {
  /** A submitted, complete application of a highly qualified worker abroad; its id and reference. */
  submitted(
    file: { name: string; mimeType: string; buffer: Buffer },
    worker?: { familyName?: string },
  ): Promise<{ id: string; reference: string }>;
  answerOpenRequest(id: string): Promise<void>;
}

/** What an authority does on a case, through the API (the page under test is elsewhere). */
export interface AuthorityApi {
  post(path: string, body: unknown): Promise<unknown>;
  requestSupplement(id: string, message: string): Promise<void>;
  declareAdmissible(id: string): Promise<void>;
  grant(id: string, part: 'work' | 'residence'): Promise<void>;
}

async function call(page: Page, authorization: string, method: string, path: string, body?: unknown) {
  const res = await page.request.fetch(`${urls.api}${path}`, {
    method,
    headers: { authorization, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { data: JSON.stringify(body) }),
  });
  if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`);
  const text = await res.text();
  return text ? (JSON.parse(text) as unknown) : undefined;
}

const requiredDocuments = [
  'passport',
  'employment_contract',
  'medical_certificate',
  'criminal_record',
  'fee_payment',
  'diploma',
] as const;

export async function applicantApi(page: Page): Promise<ApplicantApi> {
  const authorization = await bearerOf(page);
  const api = (method: string, path: string, body?: unknown) => call(page, authorization, method, path, body);
  return {
    async submitted(file, worker = {}) {
      const employers = (await api('GET', '/v1/employers')) as {
        items: { id: string; establishmentUnits: { id: string; region: string }[] }[];
      };
      const employer = employers.items.find((e) => e.establishmentUnits.some((u) => u.region === 'flanders'));
      const unit = employer?.establishmentUnits.find((u) => u.region === 'flanders');
      if (!employer || !unit) throw new Error('No Flemish place of employment for this applicant.');
      const draft = (await api('POST', '/v1/applications', {
        employerId: employer.id,
        establishmentUnitId: unit.id,
        category: 'highly_qualified',
        jobTitle: 'Process engineer',
        grossAnnualSalaryEur: 61000,
        worker: {
          givenName: 'Asha',
          familyName: worker.familyName ?? 'Verma',
          birthDate: '1990-05-01',
          sex: 'female',
          nationality: 'IN',
          situation: 'abroad',
        },
      })) as { id: string; reference: string };
      for (const type of requiredDocuments) {
        const res = await page.request.post(`${urls.api}/v1/applications/${draft.id}/documents`, {
          headers: { authorization },
          multipart: { type, file },
        });
        if (!res.ok()) throw new Error(`upload ${type}: ${res.status()} ${await res.text()}`);
      }
      await api('POST', `/v1/applications/${draft.id}/submit`);
      return { id: draft.id, reference: draft.reference };
    },
    async answerOpenRequest(id) {
      const app = (await api('GET', `/v1/applications/${id}`)) as {
        supplementRequests: { id: string; status: string; questions: string[] }[];
      };
      const open = app.supplementRequests.find((r) => r.status === 'open');
      if (!open) throw new Error('No open supplement request.');
      await api('POST', `/v1/applications/${id}/supplement-requests/${open.id}/answer`, {
        message: 'Here is the answer.',
        ...(open.questions.length > 0 ? { answers: open.questions.map(() => 'Answered.') } : {}),
      });
    },
  };
}

export async function authorityApi(page: Page): Promise<AuthorityApi> {
  const authorization = await bearerOf(page);
  const post = (path: string, body: unknown) => call(page, authorization, 'POST', path, body);
  const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  return {
    post,
    async requestSupplement(id, message) {
      await post(`/v1/applications/${id}/supplement-requests`, {
        documentTypes: [],
        questions: ['When does the worker start?'],
        message,
        dueDate: inAMonth,
      });
    },
    async declareAdmissible(id) {
      await post(`/v1/applications/${id}/admissibility`, { admissible: true, grounds: [], motivation: '' });
    },
    async grant(id, part) {
      await post(`/v1/applications/${id}/${part}-decision`, {
        outcome: 'granted',
        grounds: [],
        motivation: 'The conditions are met.',
      });
    },
  };
}

/** A one-pixel-per-cell PNG (8 x 8, opaque blue), built by hand: no image library needed. */
export function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const size = 8;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.from(Array.from({ length: size }, () => [11, 79, 156]).flat()),
  ]);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A one-page PDF that a viewer can open (with a cross-reference table), showing `text`. */
export const pdfBytes = (text: string): Buffer => textPdf(text);

/** Reloads until no document of the case is still being checked for viruses. */
export async function waitForScans(page: Page) {
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: /^Case / })).toBeVisible();
    await expect(page.getByText('Being checked for viruses', { exact: false })).toHaveCount(0, {
      timeout: 500,
    });
  }).toPass({ timeout: 30_000, intervals: [250, 500, 1000] });
}

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe for WCAG 2.1 A and AA (or the given tags) on the page as it is and returns the
 * violations, readable in the failure message; `name` labels the attachment with the full result.
 */
export async function axeViolations(page: Page, testInfo: TestInfo, name: string, tags = wcagTags) {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  const path = testInfo.outputPath(`axe-${name.replace(/[^a-zA-Z0-9_-]+/g, '-')}.json`);
  const summary = {
    url: page.url(),
    tags,
    violations: results.violations,
    passes: results.passes.map((p) => p.id),
    incomplete: results.incomplete,
  };
  await writeFile(path, JSON.stringify(summary, null, 2));
  await testInfo.attach(`axe-${name}`, { path, contentType: 'application/json' });
  const review = results.incomplete.map((i) => `${i.id} on ${i.nodes.length} node(s)`).join(', ');
  // One line per page in the run's output: what was checked and what was found.
  console.log(
    `axe ${name}: ${results.violations.length} violations, ${results.passes.length} rules passed${review ? `, to review: ${review}` : ''}`,
  );
  return results.violations.map((v) => ({
    page: name,
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`.slice(0, 400)),
  }));
}

/** The accessible name of the focused element, roughly: aria-label, its label, or its text. */
const focusedName = `(() => {
  const el = document.activeElement;
  if (!el) return '';
  const labelled = el.getAttribute('aria-label');
  if (labelled) return labelled;
  const label = el.id ? document.querySelector('label[for="' + CSS.escape(el.id) + '"]') : null;
  return ((label && label.textContent) || el.innerText || el.textContent || '').replace(/\\s+/g, ' ').trim();
})()`;

/** Presses Tab until the focused element is the one the predicate names; fails after `max` presses. */
export async function tabTo(page: Page, name: string | RegExp, { max = 120, shift = false } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
    const focused = await page.evaluate<string>(focusedName);
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${String(name)} in ${max} presses.`);
}
