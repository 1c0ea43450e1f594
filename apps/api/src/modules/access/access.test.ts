import type { ApplicationDetail, ApplicationList } from '@loket/contracts';
import { describe, expect, it } from 'vitest';
import type { Harness } from '../../testing/harness.ts';
import { useHarness } from '../../testing/use-harness.ts';

/** Need-to-know: what one party may not see answers 404, exactly as if it did not exist. */
const { h, steps } = useHarness();

async function status(
  user: Parameters<Harness['as']>[0],
  method: 'GET' | 'POST',
  url: string,
  payload?: object,
) {
  const res = await h.app.inject({ method, url, headers: await h.as(user), ...(payload ? { payload } : {}) });
  return res.statusCode;
}

describe('cross-employer access', () => {
  it("keeps employer A's application and documents from an applicant of employer B", async () => {
    const app = await steps.submitted('anna', '2000');
    const version = app.documents[0]?.versions[0]?.id;
    const bartsList = await steps.call<ApplicationList>('bart', 'GET', '/v1/applications');
    expect(bartsList.items.map((a) => a.id)).not.toContain(app.id);
    expect(await status('bart', 'GET', `/v1/applications/${app.id}`)).toBe(404);
    expect(await status('bart', 'GET', `/v1/applications/${app.id}/history`)).toBe(404);
    expect(
      await status('bart', 'GET', `/v1/applications/${app.id}/document-versions/${version}/content`),
    ).toBe(404);
    expect(await status('bart', 'POST', `/v1/applications/${app.id}/withdraw`, {})).toBe(404);
    expect((await steps.upload('bart', app.id, 'cv')).statusCode).toBe(404);
    // ...while the agent acting for both employers sees it.
    expect(await status('sofie', 'GET', `/v1/applications/${app.id}`)).toBe(200);
  });

  it('refuses to start a draft for an employer the applicant does not act for', async () => {
    const annasEmployer = (await steps.call<{ items: { id: string }[] }>('anna', 'GET', '/v1/employers'))
      .items[0]?.id;
    expect(await status('bart', 'POST', '/v1/applications', { employerId: annasEmployer })).toBe(404);
  });
});

describe('regional competence', () => {
  it('hides a Flemish application from the Brussels work service, and shows it to the Flemish one', async () => {
    const flemish = await steps.submitted('anna', '2000');
    const brusselsInbox = await steps.call<ApplicationList>('bruno', 'GET', '/v1/applications');
    expect(brusselsInbox.items.map((a) => a.id)).not.toContain(flemish.id);
    expect(await status('bruno', 'GET', `/v1/applications/${flemish.id}`)).toBe(404);
    expect(
      await status('bruno', 'POST', `/v1/applications/${flemish.id}/admissibility`, { admissible: true }),
    ).toBe(404);
    expect(await status('wout', 'GET', `/v1/applications/${flemish.id}`)).toBe(200);
  });

  it('routes a Brussels place of employment to the Brussels work service', async () => {
    const brussels = await steps.submitted('bart', '1000');
    expect(brussels.region).toBe('brussels');
    expect(await status('bruno', 'GET', `/v1/applications/${brussels.id}`)).toBe(200);
    expect(await status('wout', 'GET', `/v1/applications/${brussels.id}`)).toBe(404);
  });

  it('keeps drafts private to the applicant', async () => {
    const draft = await steps.draft('anna', '2000');
    expect(await status('wout', 'GET', `/v1/applications/${draft.id}`)).toBe(404);
  });
});

describe('the residence service', () => {
  it('cannot see a submitted application until it is declared admissible', async () => {
    const app = await steps.submitted('anna', '2000');
    expect(await status('rita', 'GET', `/v1/applications/${app.id}`)).toBe(404);
    const list = await steps.call<ApplicationList>('rita', 'GET', '/v1/applications');
    expect(list.items.map((a) => a.id)).not.toContain(app.id);
    expect(
      await status('rita', 'POST', `/v1/applications/${app.id}/residence-decision`, { outcome: 'granted' }),
    ).toBe(404);
    await steps.call('wout', 'POST', `/v1/applications/${app.id}/admissibility`, { admissible: true });
    expect(await status('rita', 'GET', `/v1/applications/${app.id}`)).toBe(200);
  });

  it('is the only authority that sees a medical certificate, its metadata or its checklist line', async () => {
    const app = await steps.submitted('anna', '2000');
    const medical = app.documents.find((d) => d.type === 'medical_certificate')?.versions[0]?.id;
    expect(medical).toBeDefined();
    await steps.call('wout', 'POST', `/v1/applications/${app.id}/admissibility`, { admissible: true });
    const asWork = await steps.call<ApplicationDetail>('wout', 'GET', `/v1/applications/${app.id}`);
    const workSees = [...asWork.documents.map((d) => d.type), ...asWork.checklist.map((c) => c.type)];
    expect(workSees).not.toContain('medical_certificate');
    expect(workSees).not.toContain('criminal_record');
    expect(asWork.documents.map((d) => d.type)).toContain('passport');
    expect(
      await status('wout', 'GET', `/v1/applications/${app.id}/document-versions/${medical}/content`),
    ).toBe(404);
    const asResidence = await steps.call<ApplicationDetail>('rita', 'GET', `/v1/applications/${app.id}`);
    expect(asResidence.documents.map((d) => d.type)).toContain('medical_certificate');
    await h.scanned(app.id);
    expect(
      await status('rita', 'GET', `/v1/applications/${app.id}/document-versions/${medical}/content`),
    ).toBe(200);
  });
});

describe('documents the authorities add', () => {
  it('keeps an internal note from the applicant and from the other service; a shared letter reaches the applicant', async () => {
    const app = await steps.admissible();
    const note = await steps.addDocument('wout', app.id, 'note', {
      audience: 'work',
      visibleToApplicant: 'false',
    });
    const letter = await steps.addDocument('wout', app.id, 'decision_letter', {
      audience: 'both',
      visibleToApplicant: 'true',
    });

    const asApplicant = await steps.call<ApplicationDetail>('anna', 'GET', `/v1/applications/${app.id}`);
    expect(asApplicant.documents.map((d) => d.id)).not.toContain(note.id);
    expect(asApplicant.documents.map((d) => d.id)).toContain(letter.id);
    const noteVersion = note.versions[0]?.id;
    expect(
      await status('anna', 'GET', `/v1/applications/${app.id}/document-versions/${noteVersion}/content`),
    ).toBe(404);

    const asResidence = await steps.call<ApplicationDetail>('rita', 'GET', `/v1/applications/${app.id}`);
    expect(asResidence.documents.map((d) => d.id)).not.toContain(note.id);
    expect(asResidence.documents.map((d) => d.id)).toContain(letter.id);

    const asWork = await steps.call<ApplicationDetail>('wout', 'GET', `/v1/applications/${app.id}`);
    expect(asWork.documents.map((d) => d.id)).toEqual(expect.arrayContaining([note.id, letter.id]));
  });
});

describe('roles', () => {
  it('lets an applicant not decide, and a caseworker not submit', async () => {
    const app = await steps.submitted('anna', '2000');
    const res = await h.app.inject({
      method: 'POST',
      url: `/v1/applications/${app.id}/admissibility`,
      headers: await h.as('anna'),
      payload: { admissible: true },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden');
  });

  it('shows the analyst no individual application', async () => {
    const app = await steps.submitted('anna', '2000');
    expect((await steps.call<ApplicationList>('ada', 'GET', '/v1/applications')).items).toEqual([]);
    expect(await status('ada', 'GET', `/v1/applications/${app.id}`)).toBe(404);
  });

  it('writes every read of a file to the access log', async () => {
    const app = await steps.submitted('anna', '2000');
    await status('wout', 'GET', `/v1/applications/${app.id}`);
    const reads = await h.db.accessLog.findMany({
      where: { applicationId: app.id, action: 'read_application' },
    });
    expect(reads.some((r) => r.actorRole === 'work_caseworker')).toBe(true);
  });
});
