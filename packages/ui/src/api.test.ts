import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient, statisticsPath } from './api.ts';
import { ApiError } from './problem.ts';

function recorder(response: () => Response) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return response();
  }) as typeof fetch;
  return { calls, fetchImpl };
}

describe('createApiClient', () => {
  it('sends the bearer token and JSON only when there is a body', async () => {
    const { calls, fetchImpl } = recorder(
      () => new Response('{"items":[],"nextCursor":null}', { status: 200 }),
    );
    const api = createApiClient({ baseUrl: 'http://api', getToken: async () => 't0k', fetch: fetchImpl });
    await api.listApplications({ state: 'submitted', limit: 10 });
    await api.submit('id 1');
    await api.updateDraft('x', { version: 3, jobTitle: 'Cook' });
    expect(calls.map((c) => `${c.init?.method} ${c.url}`)).toEqual([
      'GET http://api/v1/applications?state=submitted&limit=10',
      'POST http://api/v1/applications/id%201/submit',
      'PATCH http://api/v1/applications/x',
    ]);
    const h = (i: number) => calls[i]?.init?.headers as Record<string, string>;
    expect(h(0).Authorization).toBe('Bearer t0k');
    expect(h(1)['Content-Type']).toBeUndefined();
    expect(calls[1]?.init?.body).toBeUndefined();
    expect(h(2)['Content-Type']).toBe('application/json');
    expect(calls[2]?.init?.body).toBe('{"version":3,"jobTitle":"Cook"}');
  });

  it('routes decisions to the part', async () => {
    const { calls, fetchImpl } = recorder(() => new Response('{}', { status: 200 }));
    const api = createApiClient({ baseUrl: 'http://api', getToken: async () => undefined, fetch: fetchImpl });
    await api.decide('a', 'residence', { outcome: 'granted', grounds: [], motivation: '' });
    expect(calls[0]?.url).toBe('http://api/v1/applications/a/residence-decision');
    expect((calls[0]?.init?.headers as Record<string, string> | undefined)?.Authorization).toBeUndefined();
  });

  it('lists and adds internal notes on the case', async () => {
    const { calls, fetchImpl } = recorder(() => new Response('{"items":[]}', { status: 200 }));
    const api = createApiClient({ baseUrl: 'http://api', getToken: async () => 't', fetch: fetchImpl });
    await api.listNotes('a 1');
    await api.addNote('a 1', { text: 'Called the employer.' });
    expect(calls.map((c) => `${c.init?.method} ${c.url}`)).toEqual([
      'GET http://api/v1/applications/a%201/notes',
      'POST http://api/v1/applications/a%201/notes',
    ]);
    expect(calls[1]?.init?.body).toBe('{"text":"Called the employer."}');
  });

  it('hands a document version over as a Blob of the version’s media type', async () => {
    const { calls, fetchImpl } = recorder(
      () =>
        new Response('%PDF-1.4', { status: 200, headers: { 'Content-Type': 'application/octet-stream' } }),
    );
    const api = createApiClient({ baseUrl: 'http://api', getToken: async () => 't', fetch: fetchImpl });
    const blob = await api.documentVersionBlob('a', 'v 1', 'application/pdf');
    expect(calls[0]?.url).toBe('http://api/v1/applications/a/document-versions/v%201/content');
    expect(blob.type).toBe('application/pdf');
    expect(await blob.text()).toBe('%PDF-1.4');
  });

  it('asks for statistics with each filter value as its own parameter, the export with its format', async () => {
    const { calls, fetchImpl } = recorder(() => new Response('{}', { status: 200 }));
    const api = createApiClient({ baseUrl: 'http://api', getToken: async () => undefined, fetch: fetchImpl });
    await api.statisticsCatalog();
    await api.statisticsReport('applications', { year: [2020, 2021], region: ['flanders'] });
    expect(calls.map((c) => c.url)).toEqual([
      'http://api/v1/statistics',
      'http://api/v1/statistics/applications?year=2020&year=2021&region=flanders',
    ]);
    expect(statisticsPath('throughput', {}, 'xlsx')).toBe('/v1/statistics/throughput/export?format=xlsx');
    expect(statisticsPath('refusal_grounds', { category: ['au_pair', 'researcher'] }, 'csv')).toBe(
      '/v1/statistics/refusal_grounds/export?category=au_pair&category=researcher&format=csv',
    );
  });

  it('throws an ApiError carrying the problem', async () => {
    const problem = { type: 'x', title: 'Conflict', status: 409, code: 'version_conflict', detail: 'Stale' };
    const { fetchImpl } = recorder(
      () =>
        new Response(JSON.stringify(problem), {
          status: 409,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
    );
    const api = createApiClient({ baseUrl: 'http://api', getToken: async () => 't', fetch: fetchImpl });
    const err = await api.getApplication('a').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).problem).toEqual(problem);
  });

  it('turns a network failure into a readable problem', async () => {
    const api = createApiClient({
      baseUrl: 'http://api',
      getToken: async () => 't',
      fetch: (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
    });
    const err = (await api.me().catch((e: unknown) => e)) as ApiError;
    expect(err.status).toBe(0);
    expect(err.problem.title).toBe('The service cannot be reached');
  });
});

/** Records what an upload sends instead of sending it, and answers 201 with an empty document. */
class FakeXhr {
  static sent: { url: string; headers: Record<string, string>; fields: [string, string][] }[] = [];
  status = 0;
  statusText = '';
  responseText = '';
  upload: { onprogress: ((e: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  private url = '';
  private headers: Record<string, string> = {};
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader(k: string, v: string) {
    this.headers[k] = v;
  }
  abort() {
    this.onabort?.();
  }
  send(form: FormData) {
    const fields = [...form.entries()].map(([k, v]): [string, string] => [
      k,
      typeof v === 'string' ? v : v.name,
    ]);
    FakeXhr.sent.push({ url: this.url, headers: this.headers, fields });
    this.status = 201;
    this.responseText = '{"id":"d","type":"note","audience":"work","versions":[]}';
    queueMicrotask(() => this.onload?.());
  }
}

describe('uploadDocument', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeXhr.sent = [];
  });

  it('sends the type, then an authority’s audience and sharing, then the file', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const api = createApiClient({ baseUrl: 'http://api', getToken: async () => 't' });
    const file = new File(['%PDF-1.4'], 'note.pdf', { type: 'application/pdf' });
    const doc = await api.uploadDocument('a 1', 'note', file, {
      audience: 'work',
      visibleToApplicant: false,
    });
    await api.uploadDocument('a', 'passport', file);
    expect(doc.type).toBe('note');
    expect(FakeXhr.sent[0]?.url).toBe('http://api/v1/applications/a%201/documents');
    expect(FakeXhr.sent[0]?.headers.Authorization).toBe('Bearer t');
    expect(FakeXhr.sent[0]?.fields).toEqual([
      ['type', 'note'],
      ['audience', 'work'],
      ['visibleToApplicant', 'false'],
      ['file', 'note.pdf'],
    ]);
    // An applicant's upload sends neither: the API decides the audience from the type.
    expect(FakeXhr.sent[1]?.fields).toEqual([
      ['type', 'passport'],
      ['file', 'note.pdf'],
    ]);
  });
});
