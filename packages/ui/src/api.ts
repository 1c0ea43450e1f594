import type {
  AddCaseNoteBody,
  AdmissibilityBody,
  AnswerSupplementBody,
  ApplicationDetail,
  ApplicationList,
  AssignBody,
  Assignment,
  BulkAssignBody,
  BulkAssignResult,
  CaseNote,
  CaseNoteList,
  CreateDraftBody,
  CreateSavedViewBody,
  DeadlineExtensionBody,
  DecideBody,
  DocumentView,
  EmployerList,
  History,
  InboxList,
  InboxQuery,
  MarkMessagesReadBody,
  MarkMessagesReadResult,
  Me,
  Message,
  MessageList,
  NoticeList,
  NoticeView,
  RequestSupplementBody,
  SavedView,
  SavedViewList,
  StatisticsCatalog,
  StatisticsExportFormat,
  StatisticsQuery,
  StatisticsReport,
  StatisticsTableKey,
  Team,
  UpdateDraftBody,
  UpdateUserPreferencesBody,
  UploadLimits,
  UploadSessionView,
  UserPreferences,
  WithdrawBody,
  Worklists,
} from '@loket/contracts';
import type { ApplicationState, Audience, DocumentType, Part } from '@loket/domain';
import { ApiError, networkProblem, parseProblem } from './problem.ts';
import { createResumableUpload, type ResumableUpload, type ResumableUploadOptions } from './resumable.ts';
import { withQuery } from './routes.ts';

export interface ApiClientOptions {
  baseUrl: string;
  /** A fresh access token, refreshed if it is about to expire. */
  getToken: () => Promise<string | undefined>;
  fetch?: typeof fetch;
}

export interface ListApplicationsQuery {
  state?: ApplicationState;
  /** An agent's applications for one of the employers it acts for. */
  employerId?: string;
  limit?: number;
  cursor?: string;
}

export interface ListMessagesQuery {
  employerId?: string;
  applicationId?: string;
  unread?: boolean;
  limit?: number;
  cursor?: string;
}

export interface UploadOptions {
  /** Called with the fraction sent, 0 to 1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  /** Authorities only: which services see the document (the API defaults to the uploader's own). */
  audience?: Audience;
  /** Authorities only: whether the applicant sees the document (the API defaults to no). */
  visibleToApplicant?: boolean;
}

export type ApiClient = ReturnType<typeof createApiClient>;

const enc = encodeURIComponent;

/** One function per API endpoint, typed by the contracts; every failure throws an ApiError. */
export function createApiClient({ baseUrl, getToken, fetch: fetchImpl }: ApiClientOptions) {
  const doFetch = fetchImpl ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  async function headers(extra: Record<string, string> = {}): Promise<Record<string, string>> {
    const token = await getToken();
    return {
      Accept: 'application/json, application/problem+json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...extra,
    };
  }

  async function send(
    method: string,
    path: string,
    body?: unknown,
    extra: Record<string, string> = {},
  ): Promise<Response> {
    // No Content-Type without a body: the API rejects an empty JSON body.
    const init: RequestInit = {
      method,
      headers: await headers(body === undefined ? extra : { ...extra, 'Content-Type': 'application/json' }),
    };
    if (body !== undefined) init.body = JSON.stringify(body);
    let res: Response;
    try {
      res = await doFetch(`${baseUrl}${path}`, init);
    } catch {
      throw new ApiError(networkProblem());
    }
    if (!res.ok) throw new ApiError(parseProblem(res.status, await res.text(), res.statusText));
    return res;
  }

  async function json<T>(
    method: string,
    path: string,
    body?: unknown,
    extra?: Record<string, string>,
  ): Promise<T> {
    const res = await send(method, path, body, extra);
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  const app = (id: string) => `/v1/applications/${enc(id)}`;

  return {
    me: () => json<Me>('GET', '/v1/me'),
    listEmployers: () => json<EmployerList>('GET', '/v1/employers'),
    listApplications: (query: ListApplicationsQuery = {}) =>
      json<ApplicationList>('GET', withQuery('/v1/applications', { ...query })),
    createDraft: (body: CreateDraftBody) => json<ApplicationDetail>('POST', '/v1/applications', body),
    getApplication: (id: string) => json<ApplicationDetail>('GET', app(id)),
    updateDraft: (id: string, body: UpdateDraftBody) => json<ApplicationDetail>('PATCH', app(id), body),
    submit: (id: string) => json<ApplicationDetail>('POST', `${app(id)}/submit`),
    withdraw: (id: string, body: WithdrawBody) =>
      json<ApplicationDetail>('POST', `${app(id)}/withdraw`, body),
    requestSupplement: (id: string, body: RequestSupplementBody) =>
      json<ApplicationDetail>('POST', `${app(id)}/supplement-requests`, body),
    answerSupplement: (id: string, requestId: string, body: AnswerSupplementBody) =>
      json<ApplicationDetail>('POST', `${app(id)}/supplement-requests/${enc(requestId)}/answer`, body),
    decideAdmissibility: (id: string, body: AdmissibilityBody) =>
      json<ApplicationDetail>('POST', `${app(id)}/admissibility`, body),
    decide: (id: string, part: Part, body: DecideBody) =>
      json<ApplicationDetail>('POST', `${app(id)}/${part}-decision`, body),
    history: (id: string) => json<History>('GET', `${app(id)}/history`),
    /** Your own authority's internal notes on a file; the other authority and the applicant never see them. */
    listNotes: (id: string) => json<CaseNoteList>('GET', `${app(id)}/notes`),
    addNote: (id: string, body: AddCaseNoteBody) => json<CaseNote>('POST', `${app(id)}/notes`, body),
    /** The counts of the caller's worklists. */
    worklists: () => json<Worklists>('GET', '/v1/worklists'),
    /** A worklist narrowed by filters, one keyset page at a time. */
    inbox: (query: Partial<InboxQuery>) => json<InboxList>('GET', inboxPath(query)),
    team: () => json<Team>('GET', '/v1/team'),
    /** Take (yourself), assign, reassign (with a reason) or release (null); `version` goes as If-Match. */
    assign: (id: string, body: AssignBody, version?: number) =>
      json<Assignment>('PUT', `${app(id)}/assignee`, body, ifMatch(version)),
    bulkAssign: (body: BulkAssignBody) => json<BulkAssignResult>('POST', '/v1/assignments', body),
    savedViews: () => json<SavedViewList>('GET', '/v1/saved-views'),
    createSavedView: (body: CreateSavedViewBody) => json<SavedView>('POST', '/v1/saved-views', body),
    deleteSavedView: (id: string) => json<void>('DELETE', `/v1/saved-views/${enc(id)}`),
    /** The one 30-day extension of the legal period, with a reason. */
    extendDeadline: (id: string, body: DeadlineExtensionBody, version?: number) =>
      json<ApplicationDetail>('POST', `${app(id)}/deadline-extension`, body, ifMatch(version)),
    notices: () => json<NoticeList>('GET', '/v1/notices'),
    markNoticeRead: (id: string) => json<NoticeView>('POST', `/v1/notices/${enc(id)}/read`),
    /** What the authorities sent the applicant across their applications, newest first. */
    messages: (query: ListMessagesQuery = {}) =>
      json<MessageList>(
        'GET',
        withQuery('/v1/messages', { ...query, unread: query.unread ? 'true' : undefined }),
      ),
    markMessageRead: (id: string) => json<Message>('POST', `/v1/messages/${enc(id)}/read`),
    markMessagesRead: (body: MarkMessagesReadBody = {}) =>
      json<MarkMessagesReadResult>('POST', '/v1/messages/read', body),
    /** The signed-in user's preferences, the same on every device: language and e-mails. */
    preferences: () => json<UserPreferences>('GET', '/v1/me/preferences'),
    updatePreferences: (body: UpdateUserPreferencesBody) =>
      json<UserPreferences>('PUT', '/v1/me/preferences', body),
    uploadLimits: () => json<UploadLimits>('GET', '/v1/upload-limits'),
    uploadSession: (uploadId: string) => json<UploadSessionView>('GET', `/v1/uploads/${enc(uploadId)}`),
    /** What the statistics offer: the tables, the years, the export formats, the definitions. */
    statisticsCatalog: () => json<StatisticsCatalog>('GET', '/v1/statistics'),
    statisticsReport: (table: StatisticsTableKey, query: StatisticsQuery) =>
      json<StatisticsReport>('GET', statisticsPath(table, query)),
    /** The API's own export of a statistics table (CSV or XLSX), saved under the name it gives. */
    async downloadStatistics(
      table: StatisticsTableKey,
      query: StatisticsQuery,
      format: StatisticsExportFormat,
    ): Promise<void> {
      const res = await send('GET', statisticsPath(table, query, format));
      const name = fileNameFromContentDisposition(res.headers.get('Content-Disposition'));
      saveBlob(await res.blob(), name ?? `statistics-${table}.${format}`);
    },

    /** A resumable (tus) upload: continues where the server stopped after a cut, a retry or a reload. */
    resumableUpload(
      id: string,
      type: DocumentType,
      file: File,
      opts: Pick<ResumableUploadOptions, 'chunkBytes' | 'onProgress' | 'onResume' | 'onRetrying'> = {},
    ): ResumableUpload {
      return createResumableUpload({
        ...opts,
        baseUrl,
        getToken,
        applicationId: id,
        type,
        file,
        fetchSession: (uploadId) => json<UploadSessionView>('GET', `/v1/uploads/${enc(uploadId)}`),
      });
    },

    /**
     * XMLHttpRequest rather than fetch: fetch reports no upload progress. The `type` field (and an
     * authority's `audience` and `visibleToApplicant`) go first so the API can check them before
     * the file's bytes stream in.
     */
    async uploadDocument(id: string, type: DocumentType, file: File, opts: UploadOptions = {}) {
      const hdrs = await headers();
      return new Promise<DocumentView>((resolve, reject) => {
        const xhr = new XMLHttpRequest();
        xhr.open('POST', `${baseUrl}${app(id)}/documents`);
        for (const [k, v] of Object.entries(hdrs)) xhr.setRequestHeader(k, v);
        xhr.upload.onprogress = (e) => {
          if (e.lengthComputable && e.total > 0) opts.onProgress?.(e.loaded / e.total);
        };
        xhr.onload = () => {
          if (xhr.status >= 200 && xhr.status < 300) {
            try {
              resolve(JSON.parse(xhr.responseText) as DocumentView);
            } catch {
              reject(new ApiError(parseProblem(500, '', 'The server sent an unreadable answer')));
            }
          } else {
            reject(new ApiError(parseProblem(xhr.status, xhr.responseText, xhr.statusText)));
          }
        };
        xhr.onerror = () => reject(new ApiError(networkProblem()));
        xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
        opts.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
        const form = new FormData();
        form.append('type', type);
        if (opts.audience) form.append('audience', opts.audience);
        if (opts.visibleToApplicant !== undefined)
          form.append('visibleToApplicant', String(opts.visibleToApplicant));
        form.append('file', file, file.name);
        xhr.send(form);
      });
    },

    /**
     * The content needs the bearer token, so a plain link cannot fetch it: the bytes come through
     * fetch and are handed to the browser as a download under the original file name.
     */
    /**
     * A version's bytes as a Blob of the given media type (the version's, as recorded at upload),
     * to show inline from an object URL: the content needs the bearer token, so the browser cannot
     * load it by address itself.
     */
    async documentVersionBlob(id: string, versionId: string, mediaType: string): Promise<Blob> {
      const res = await send('GET', `${app(id)}/document-versions/${enc(versionId)}/content`);
      return new Blob([await res.arrayBuffer()], { type: mediaType });
    },

    async downloadDocumentVersion(id: string, versionId: string, fileName: string): Promise<void> {
      const res = await send('GET', `${app(id)}/document-versions/${enc(versionId)}/content`);
      const blob = await res.blob();
      const name = fileNameFromContentDisposition(res.headers.get('Content-Disposition')) ?? fileName;
      saveBlob(blob, name);
    },
  };
}

/** The version a client saw, as the If-Match header the API checks (nothing when unknown). */
function ifMatch(version: number | undefined): Record<string, string> {
  return version === undefined ? {} : { 'If-Match': `"${version}"` };
}

/** GET /v1/inbox with every filter value as its own parameter (category=a&category=b). */
export function inboxPath(query: Partial<InboxQuery>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) for (const item of v) search.append(k, String(item));
    else search.set(k, String(v));
  }
  const s = search.toString();
  return s ? `/v1/inbox?${s}` : '/v1/inbox';
}

/** GET /v1/statistics/:table (or its export) with every filter value as its own parameter. */
export function statisticsPath(
  table: StatisticsTableKey,
  query: StatisticsQuery,
  format?: StatisticsExportFormat,
): string {
  const search = new URLSearchParams();
  for (const year of query.year ?? []) search.append('year', String(year));
  for (const region of query.region ?? []) search.append('region', region);
  for (const category of query.category ?? []) search.append('category', category);
  if (format) search.set('format', format);
  const path = `/v1/statistics/${enc(table)}${format ? '/export' : ''}`;
  const s = search.toString();
  return s ? `${path}?${s}` : path;
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The file name from a Content-Disposition header, preferring the RFC 5987 `filename*` form. */
export function fileNameFromContentDisposition(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const star = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (star?.[2]) {
    try {
      return decodeURIComponent(star[2].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain form
    }
  }
  const plain = /filename\s*=\s*("((?:\\.|[^"\\])*)"|[^;]+)/i.exec(header);
  if (!plain) return undefined;
  const value = plain[2] !== undefined ? plain[2].replace(/\\(.)/g, '$1') : plain[1]?.trim();
  return value || undefined;
}
