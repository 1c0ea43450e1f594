import { type Browser, expect, type Page } from '@playwright/test';
import { signIn, urls } from './support.ts';

/**
 * The API with the bearer token of a signed-in app, for the inbox tests: the applicant's side and
 * the other party's moves are set up through it (the inbox on screen is what is under test). The
 * token is caught from the app's own next call, so it is a real one from the identity provider.
 */
export interface Api {
  call<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<T>;
  /** The status and the problem of a call expected to fail. */
  fail(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: unknown }>;
  /** A multipart document upload. */
  upload(path: string, type: string): Promise<void>;
}

export async function apiOf(page: Page): Promise<Api> {
  let authorization = await bearerOf(page);
  let caughtAt = Date.now();
  const token = async () => {
    // Access tokens live five minutes: catch a fresh one well before.
    if (Date.now() - caughtAt > 3 * 60_000) {
      authorization = await bearerOf(page);
      caughtAt = Date.now();
    }
    return authorization;
  };
  const raw = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const authorization = await token();
    return page.request.fetch(`${urls.api}${path}`, {
      method,
      headers: {
        authorization,
        ...headers,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { data: JSON.stringify(body) }),
    });
  };
  return {
    async call<T>(method: string, path: string, body?: unknown, headers?: Record<string, string>) {
      const res = await raw(method, path, body, headers);
      if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`);
      const text = await res.text();
      return (text ? JSON.parse(text) : undefined) as T;
    },
    async fail(method, path, body, headers) {
      const res = await raw(method, path, body, headers);
      const text = await res.text();
      return { status: res.status(), body: text ? (JSON.parse(text) as unknown) : undefined };
    },
    async upload(path, type) {
      const res = await page.request.post(`${urls.api}${path}`, {
        headers: { authorization: await token() },
        multipart: { type, file: pdf() },
      });
      if (!res.ok()) throw new Error(`upload ${type}: ${res.status()} ${await res.text()}`);
    },
  };
}

/**
 * A fresh bearer token from a second tab of the same signed-in context (the identity provider's
 * session signs it in without a form), so the page under test is never reloaded.
 */
async function bearerOf(page: Page): Promise<string> {
  const tab = await page.context().newPage();
  try {
    const request = tab.waitForRequest((r) => r.url().startsWith(urls.api) && !!r.headers().authorization);
    await tab.goto(new URL(page.url()).origin);
    const authorization = (await request).headers().authorization;
    if (!authorization) throw new Error('The app sent no bearer token.');
    return authorization;
  } finally {
    await tab.close();
  }
}

/**
 * The inbox specs' three people signed in, each app on its first page: anna (applicant, portal),
 * wout (work service, Flanders) and rita (residence service), with the API in each one's name.
 */
export async function signInInboxPeople(browser: Browser) {
  const anna = await signIn(browser, urls.portal, 'anna');
  await expect(anna.getByRole('heading', { level: 1, name: 'My applications' })).toBeVisible();
  const wout = await signIn(browser, urls.workInbox, 'wout');
  await expect(wout.getByRole('heading', { level: 1, name: 'Work permit cases – Flanders' })).toBeVisible();
  const rita = await signIn(browser, urls.residenceInbox, 'rita');
  await expect(rita.getByRole('heading', { level: 1, name: 'Residence permit cases' })).toBeVisible();
  return {
    anna,
    wout,
    rita,
    applicant: await apiOf(anna),
    work: await apiOf(wout),
    residence: await apiOf(rita),
  };
}

/** A filed application, as the specs refer to it. */
export interface SubmittedFile {
  id: string;
  reference: string;
}

/**
 * A made-up family name for one run's files (the prefix, then six random letters): searching for
 * it shows this run's files only, however many the suite has filed.
 */
export const runTag = (prefix: string): string =>
  `${prefix}${Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`;

/** The work service declares the file admissible, through the API. */
export async function declareAdmissible(work: Api, file: SubmittedFile) {
  await work.call('POST', `/v1/applications/${file.id}/admissibility`, {
    admissible: true,
    grounds: [],
    motivation: '',
  });
}

/** A service grants its part of the file, through the API. */
export async function grantPart(service: Api, file: SubmittedFile, part: 'work' | 'residence') {
  await service.call('POST', `/v1/applications/${file.id}/${part}-decision`, {
    outcome: 'granted',
    grounds: [],
    motivation: 'The conditions are met.',
  });
}

export interface NewFile {
  givenName: string;
  familyName: string;
  nationality?: string;
  category?: 'highly_qualified' | 'executive' | 'researcher';
  /** The applicant's place of employment by name (Antwerpen, Gent for anna). */
  place?: string;
  /** The language of the file's mails and decision letters; absent, the region's default. */
  language?: 'nl' | 'fr' | 'de' | 'en';
}

const pdf = () => ({
  name: 'document.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.4\n% inbox test\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n'),
});

/** A complete, submitted application of the signed-in applicant: every mandatory document is uploaded. */
export async function submitFile(api: Api, file: NewFile): Promise<SubmittedFile> {
  const employers = await api.call<{
    items: { id: string; establishmentUnits: { id: string; name: string; region: string }[] }[];
  }>('GET', '/v1/employers');
  const place = file.place ?? 'Antwerpen';
  const employer = employers.items.find((e) => e.establishmentUnits.some((u) => u.name === place));
  const unit = employer?.establishmentUnits.find((u) => u.name === place);
  if (!employer || !unit) throw new Error(`No place of employment ${place} for this applicant.`);
  const draft = await api.call<SubmittedFile>('POST', '/v1/applications', {
    employerId: employer.id,
    establishmentUnitId: unit.id,
    category: file.category ?? 'highly_qualified',
    jobTitle: 'Process engineer',
    grossAnnualSalaryEur: 61000,
    ...(file.language ? { language: file.language } : {}),
    worker: {
      givenName: file.givenName,
      familyName: file.familyName,
      birthDate: '1990-05-01',
      sex: 'female',
      nationality: file.nationality ?? 'IN',
      situation: 'abroad',
    },
  });
  const detail = await api.call<{ checklist: { type: string; mandatory: boolean }[] }>(
    'GET',
    `/v1/applications/${draft.id}`,
  );
  for (const item of detail.checklist.filter((c) => c.mandatory)) {
    await api.upload(`/v1/applications/${draft.id}/documents`, item.type);
  }
  await api.call('POST', `/v1/applications/${draft.id}/submit`);
  return draft;
}
