import type { ApplicationDetail, EmployerList } from '@loket/contracts';
import type { DemoUser, Harness } from './harness.ts';
import { multipart, samplePdf } from './harness.ts';

/** Steps of the procedure through the public API, for tests that need an application in some state. */
export function journey(h: Harness) {
  async function call<T>(
    user: DemoUser,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT',
    url: string,
    payload?: object,
  ) {
    const res = await h.app.inject({
      method,
      url,
      headers: await h.as(user),
      ...(payload ? { payload } : {}),
    });
    if (res.statusCode >= 300) throw new Error(`${method} ${url} as ${user}: ${res.statusCode} ${res.body}`);
    return res.json() as T;
  }

  const steps = {
    call,
    /** A draft for the employer of `user` at the establishment unit with that postal code. */
    async draft(user: DemoUser, postalCode: string): Promise<ApplicationDetail> {
      const employers = await call<EmployerList>(user, 'GET', '/v1/employers');
      for (const employer of employers.items) {
        const unit = employer.establishmentUnits.find((u) => u.postalCode === postalCode);
        if (unit) {
          return call<ApplicationDetail>(user, 'POST', '/v1/applications', {
            employerId: employer.id,
            establishmentUnitId: unit.id,
            category: 'highly_qualified',
            jobTitle: 'Process engineer',
            grossAnnualSalaryEur: 61_000,
            worker: {
              givenName: 'Ravi',
              familyName: 'Testworker',
              birthDate: '1991-03-14',
              sex: 'male',
              nationality: 'IN',
              situation: 'abroad',
            },
          });
        }
      }
      throw new Error(`${user} acts for no employer with a unit at ${postalCode}`);
    },
    async upload(user: DemoUser, id: string, type: string, content = samplePdf(type), name = `${type}.pdf`) {
      const body = multipart(type, name, content);
      return h.app.inject({
        method: 'POST',
        url: `/v1/applications/${id}/documents`,
        headers: { ...(await h.as(user)), ...body.headers },
        payload: body.payload,
      });
    },
    /**
     * A service's document on the file, with who may see it given as form fields (`audience`,
     * `visibleToApplicant`); the document created.
     */
    async addDocument(user: DemoUser, id: string, type: string, fields: Record<string, string>) {
      const body = multipart(type, `${type}.pdf`, samplePdf(type), { fields });
      const res = await h.app.inject({
        method: 'POST',
        url: `/v1/applications/${id}/documents`,
        headers: { ...(await h.as(user)), ...body.headers },
        payload: body.payload,
      });
      if (res.statusCode !== 201) throw new Error(`add ${type} as ${user}: ${res.statusCode} ${res.body}`);
      return res.json() as { id: string; versions: { id: string }[] };
    },
    /** Downloads one version of a document as `user` (the raw answer, refusals included). */
    async download(user: DemoUser, applicationId: string, versionId: string) {
      return h.app.inject({
        method: 'GET',
        url: `/v1/applications/${applicationId}/document-versions/${versionId}/content`,
        headers: await h.as(user),
      });
    },
    /**
     * Waits until the virus scanner has judged every version of the application (an authority is
     * refused an unscanned file), then downloads one as `user`.
     */
    async downloadScanned(user: DemoUser, applicationId: string, versionId: string) {
      await h.scanned(applicationId);
      return steps.download(user, applicationId, versionId);
    },
    /** Uploads every mandatory document of the draft's checklist. */
    async uploadChecklist(user: DemoUser, draft: ApplicationDetail) {
      for (const item of draft.checklist.filter((i) => i.mandatory && !i.uploaded)) {
        const res = await steps.upload(user, draft.id, item.type);
        if (res.statusCode !== 201) throw new Error(`upload ${item.type}: ${res.statusCode} ${res.body}`);
      }
    },
    /** A submitted application, with every mandatory document, of `user`'s employer. */
    async submitted(user: DemoUser = 'anna', postalCode = '2000'): Promise<ApplicationDetail> {
      const draft = await steps.draft(user, postalCode);
      await steps.uploadChecklist(user, draft);
      return call<ApplicationDetail>(user, 'POST', `/v1/applications/${draft.id}/submit`);
    },
    async admissible(user: DemoUser = 'anna', caseworker: DemoUser = 'wout', postalCode = '2000') {
      const app = await steps.submitted(user, postalCode);
      return call<ApplicationDetail>(caseworker, 'POST', `/v1/applications/${app.id}/admissibility`, {
        admissible: true,
      });
    },
    async workGranted(user: DemoUser = 'anna') {
      const app = await steps.admissible(user);
      return call<ApplicationDetail>('wout', 'POST', `/v1/applications/${app.id}/work-decision`, {
        outcome: 'granted',
        motivation: 'Conditions met.',
      });
    },
  };
  return steps;
}
