import { createHash } from 'node:crypto';
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

describe('the hand-off to the residence service', () => {
  it('copies nothing: both services read the one stored object of a version, with the same key and checksum', async () => {
    const app = await steps.submitted('anna', '2000');
    await h.scanned(app.id);
    const objects = async () => {
      const listed: { key: string; sizeBytes: number }[] = [];
      for await (const o of h.store.listKeys(`applications/${app.id}/`)) {
        listed.push({ key: o.key, sizeBytes: o.sizeBytes });
      }
      return listed.sort((a, b) => a.key.localeCompare(b.key));
    };
    const before = await objects();
    const rows = await h.db.documentVersion.findMany({ where: { document: { applicationId: app.id } } });
    expect(before.map((o) => o.key)).toEqual(rows.map((r) => r.objectKey).sort());

    const asWork = await steps.call<ApplicationDetail>('wout', 'GET', `/v1/applications/${app.id}`);
    const passport = asWork.documents.find((d) => d.type === 'passport')?.versions[0];
    const byWork = await steps.download('wout', app.id, passport?.id as string);
    expect(byWork.statusCode).toBe(200);

    await steps.call('wout', 'POST', `/v1/applications/${app.id}/admissibility`, { admissible: true });
    const asResidence = await steps.call<ApplicationDetail>('rita', 'GET', `/v1/applications/${app.id}`);
    expect(asResidence.documents.find((d) => d.type === 'passport')?.versions).toEqual([passport]);
    const byResidence = await steps.download('rita', app.id, passport?.id as string);
    expect(byResidence.statusCode).toBe(200);
    expect(byResidence.rawPayload.equals(byWork.rawPayload)).toBe(true);
    expect(byResidence.headers['repr-digest']).toBe(byWork.headers['repr-digest']);

    const after = await objects();
    expect(after).toEqual(before);
    const row = rows.find((r) => r.id === passport?.id);
    expect(row?.objectKey).toBe(`applications/${app.id}/documents/${passport?.id}`);
    expect(row?.sha256).toBe(createHash('sha256').update(byResidence.rawPayload).digest('hex'));
    expect(after.filter((o) => o.key === row?.objectKey)).toEqual([
      { key: row?.objectKey, sizeBytes: passport?.sizeBytes },
    ]);
  });

  it("gives each service's own note that service's audience: the other service neither lists nor downloads it", async () => {
    const app = await steps.admissible();
    const workNote = await steps.addDocument('wout', app.id, 'note', {});
    const residenceNote = await steps.addDocument('rita', app.id, 'note', {});
    await h.scanned(app.id);
    const workNoteVersion = workNote.versions[0]?.id;
    const residenceNoteVersion = residenceNote.versions[0]?.id;

    const asWork = await steps.call<ApplicationDetail>('wout', 'GET', `/v1/applications/${app.id}`);
    expect(asWork.documents.find((d) => d.id === workNote.id)?.audience).toBe('work');
    expect(asWork.documents.map((d) => d.id)).not.toContain(residenceNote.id);
    expect(
      await status(
        'wout',
        'GET',
        `/v1/applications/${app.id}/document-versions/${residenceNoteVersion}/content`,
      ),
    ).toBe(404);
    expect(
      await status('wout', 'GET', `/v1/applications/${app.id}/document-versions/${workNoteVersion}/content`),
    ).toBe(200);

    const asResidence = await steps.call<ApplicationDetail>('rita', 'GET', `/v1/applications/${app.id}`);
    expect(asResidence.documents.find((d) => d.id === residenceNote.id)?.audience).toBe('residence');
    expect(asResidence.documents.map((d) => d.id)).not.toContain(workNote.id);
    expect(
      await status('rita', 'GET', `/v1/applications/${app.id}/document-versions/${workNoteVersion}/content`),
    ).toBe(404);
    expect(
      await status(
        'rita',
        'GET',
        `/v1/applications/${app.id}/document-versions/${residenceNoteVersion}/content`,
      ),
    ).toBe(200);

    // Neither note was shared with the applicant.
    const applicantSees = (
      await steps.call<ApplicationDetail>('anna', 'GET', `/v1/applications/${app.id}`)
    ).documents.map((d) => d.id);
    expect(applicantSees).not.toContain(workNote.id);
    expect(applicantSees).not.toContain(residenceNote.id);
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
