import { createHash } from 'node:crypto';
import type { ApplicationDetail, ApplicationList, History } from '@loket/contracts';
import { describe, expect, it } from 'vitest';
import { samplePdf } from '../../testing/harness.ts';
import { useHarness } from '../../testing/use-harness.ts';

const { h, steps } = useHarness();

describe('one application travels the whole road', () => {
  it('goes from draft to combined permit, with a supplement round trip, and records every step', async () => {
    const draft = await steps.draft('anna', '2000');
    expect(draft).toMatchObject({ state: 'draft', region: 'flanders', province: 'antwerp', version: 1 });
    expect(draft.reference).toMatch(/^LKT-\d{4}-[0-9A-Z]{8}$/);
    expect(draft.availableActions).toEqual(
      expect.arrayContaining(['edit_draft', 'upload_document', 'submit']),
    );

    // Submitting without documents is refused with what is missing.
    const early = await h.app.inject({
      method: 'POST',
      url: `/v1/applications/${draft.id}/submit`,
      headers: await h.as('anna'),
    });
    expect(early.statusCode).toBe(422);
    expect(early.headers['content-type']).toContain('application/problem+json');
    expect(early.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual([
      '/documents/passport',
      '/documents/employment_contract',
      '/documents/medical_certificate',
      '/documents/criminal_record',
      '/documents/fee_payment',
      '/documents/diploma',
    ]);
    expect(draft.checklist.filter((c) => c.mandatory).map((c) => c.type)).toEqual([
      'passport',
      'employment_contract',
      'medical_certificate',
      'criminal_record',
      'fee_payment',
      'diploma',
    ]);

    const passport = samplePdf('passport', 40_000);
    expect((await steps.upload('anna', draft.id, 'passport', passport, 'passport scan.pdf')).statusCode).toBe(
      201,
    );
    await steps.uploadChecklist(
      'anna',
      await steps.call<ApplicationDetail>('anna', 'GET', `/v1/applications/${draft.id}`),
    );
    const submitted = await steps.call<ApplicationDetail>(
      'anna',
      'POST',
      `/v1/applications/${draft.id}/submit`,
    );
    expect(submitted.state).toBe('submitted');
    expect(submitted.submittedAt).not.toBeNull();

    // The Flemish work service sees it in its inbox and asks for a new diploma.
    const inbox = await steps.call<ApplicationList>('wout', 'GET', '/v1/applications?state=submitted');
    expect(inbox.items.map((a) => a.id)).toContain(draft.id);
    const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const asked = await steps.call<ApplicationDetail>(
      'wout',
      'POST',
      `/v1/applications/${draft.id}/supplement-requests`,
      {
        documentTypes: ['diploma'],
        message: 'Please add the master diploma.',
        dueDate: due,
      },
    );
    expect(asked.state).toBe('work_supplement_requested');
    const request = asked.supplementRequests[0];
    expect(request).toMatchObject({ part: 'work', status: 'open', documentTypes: ['diploma'], dueDate: due });

    // Answering before uploading the diploma is refused; after uploading it goes back to review.
    const tooSoon = await h.app.inject({
      method: 'POST',
      url: `/v1/applications/${draft.id}/supplement-requests/${request?.id}/answer`,
      headers: await h.as('anna'),
      payload: { message: 'Here it is.' },
    });
    expect(tooSoon.statusCode).toBe(422);
    expect((await steps.upload('anna', draft.id, 'diploma')).statusCode).toBe(201);
    const answered = await steps.call<ApplicationDetail>(
      'anna',
      'POST',
      `/v1/applications/${draft.id}/supplement-requests/${request?.id}/answer`,
      { message: 'Here it is.' },
    );
    expect(answered.state).toBe('submitted');
    expect(answered.supplementRequests[0]).toMatchObject({
      status: 'answered',
      answerMessage: 'Here it is.',
    });

    const admissible = await steps.call<ApplicationDetail>(
      'wout',
      'POST',
      `/v1/applications/${draft.id}/admissibility`,
      {
        admissible: true,
      },
    );
    expect(admissible.state).toBe('work_review');

    // The residence service now sees the file, but cannot decide before the work part.
    const tooEarly = await h.app.inject({
      method: 'POST',
      url: `/v1/applications/${draft.id}/residence-decision`,
      headers: await h.as('rita'),
      payload: { outcome: 'granted' },
    });
    expect(tooEarly.statusCode).toBe(409);
    expect(tooEarly.json()).toMatchObject({
      code: 'illegal_transition',
      detail:
        'Cannot grant residence part: the application is work review; this is possible only when it is residence review.',
    });

    const work = await steps.call<ApplicationDetail>(
      'wout',
      'POST',
      `/v1/applications/${draft.id}/work-decision`,
      {
        outcome: 'granted',
        motivation: 'Salary and diploma meet the conditions.',
      },
    );
    expect(work.state).toBe('residence_review');
    const permit = await steps.call<ApplicationDetail>(
      'rita',
      'POST',
      `/v1/applications/${draft.id}/residence-decision`,
      {
        outcome: 'granted',
      },
    );
    expect(permit.state).toBe('permit_granted');
    expect(permit.decisions.map((d) => [d.part, d.outcome])).toEqual([
      ['work', 'granted'],
      ['residence', 'granted'],
    ]);
    expect(permit.availableActions).toEqual([]);

    // The residence officer downloads the passport: the same bytes arrive.
    const passportVersion = permit.documents.find((d) => d.type === 'passport')?.versions[0];
    const download = await steps.downloadScanned('rita', draft.id, passportVersion?.id as string);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toContain('passport scan.pdf');
    expect(createHash('sha256').update(download.rawPayload).digest('hex')).toBe(
      createHash('sha256').update(passport).digest('hex'),
    );
    expect(passportVersion?.sha256).toBe(createHash('sha256').update(passport).digest('hex'));

    const history = await steps.call<History>('anna', 'GET', `/v1/applications/${draft.id}/history`);
    expect(history.items.map((e) => `${e.action}:${e.actorRole}:${e.toState}`)).toEqual([
      'create_draft:applicant:draft',
      ...Array(6).fill('upload_document:applicant:draft'),
      'submit:applicant:submitted',
      'request_supplement:work_caseworker:work_supplement_requested',
      'upload_document:applicant:work_supplement_requested',
      'answer_supplement:applicant:submitted',
      'declare_admissible:work_caseworker:work_review',
      'grant_work_part:work_caseworker:residence_review',
      // Each decision's letter is added to the file in the decision's transaction (ADR 0007).
      'add_authority_document:work_caseworker:residence_review',
      'grant_residence_part:residence_officer:permit_granted',
      'add_authority_document:residence_officer:permit_granted',
    ]);
    expect(history.items[8]).toMatchObject({
      actorName: 'Wout Maes',
      reason: 'Please add the master diploma.',
    });
  });
});

describe('drafts', () => {
  it('saves partial changes with the version and refuses a stale version with 409', async () => {
    const draft = await steps.draft('anna', '9000');
    const saved = await steps.call<ApplicationDetail>('anna', 'PATCH', `/v1/applications/${draft.id}`, {
      version: draft.version,
      jobTitle: 'Data scientist',
    });
    expect(saved).toMatchObject({ jobTitle: 'Data scientist', version: 2, category: 'highly_qualified' });
    expect(saved.worker.givenName).toBe('Ravi');
    const stale = await h.app.inject({
      method: 'PATCH',
      url: `/v1/applications/${draft.id}`,
      headers: await h.as('anna'),
      payload: { version: draft.version, jobTitle: 'Overwritten?' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
  });

  it('clears a field sent as null and keeps the fields not sent', async () => {
    const draft = await steps.draft('anna', '9000');
    const saved = await steps.call<ApplicationDetail>('anna', 'PATCH', `/v1/applications/${draft.id}`, {
      version: draft.version,
      jobTitle: null,
      worker: { birthDate: null },
    });
    expect(saved.jobTitle).toBeNull();
    expect(saved.worker.birthDate).toBeUndefined();
    expect(saved.worker.givenName).toBe('Ravi');
    expect(saved.category).toBe('highly_qualified');
  });

  it('refuses a place of employment of another employer', async () => {
    const draft = await steps.draft('anna', '2000');
    const bartsUnit = (
      await steps.call<{ items: { establishmentUnits: { id: string }[] }[] }>('bart', 'GET', '/v1/employers')
    ).items[0]?.establishmentUnits[0]?.id;
    const res = await h.app.inject({
      method: 'PATCH',
      url: `/v1/applications/${draft.id}`,
      headers: await h.as('anna'),
      payload: { version: draft.version, establishmentUnitId: bartsUnit },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].pointer).toBe('/establishmentUnitId');
  });

  it('answers a malformed body with the fields at fault', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/v1/applications',
      headers: await h.as('anna'),
      payload: { employerId: 'not-a-uuid', worker: { nationality: 'Belgium' }, surprise: true },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const pointers = res.json().errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/employerId', '/worker/nationality']));
  });

  it('gives each field at fault a stable code with its limit, one per field, for the portal to translate', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/v1/applications',
      headers: await h.as('anna'),
      payload: {
        employerId: 'not-a-uuid',
        jobTitle: 'x'.repeat(201),
        grossAnnualSalaryEur: -1,
        language: 'es',
        worker: { nationality: 'Belgium', situation: 7 },
        surprise: true,
      },
    });
    expect(res.statusCode).toBe(400);
    const errors = res.json().errors as { pointer: string; code: string; params?: object }[];
    expect(errors.map(({ pointer, code, params }) => ({ pointer, code, params }))).toEqual(
      expect.arrayContaining([
        { pointer: '/employerId', code: 'format', params: { format: 'uuid' } },
        { pointer: '/jobTitle', code: 'too_long', params: { limit: 200 } },
        { pointer: '/grossAnnualSalaryEur', code: 'too_small', params: { limit: 0 } },
        { pointer: '/language', code: 'not_allowed', params: { allowed: ['nl', 'fr', 'de', 'en'] } },
        { pointer: '/worker/nationality', code: 'pattern', params: { pattern: '^[A-Z]{2}$' } },
        { pointer: '/surprise', code: 'unknown_field', params: undefined },
      ]),
    );
    // A field that may also be null fails once, for what it is, not also for not being null.
    expect(errors.filter((e) => e.pointer === '/language')).toHaveLength(1);
    expect(errors.find((e) => e.pointer === '/worker/situation')?.code).toBe('not_allowed');
    expect(new Set(errors.map((e) => `${e.pointer} ${e.code}`)).size).toBe(errors.length);

    const missing = await h.app.inject({
      method: 'POST',
      url: '/v1/applications',
      headers: await h.as('anna'),
      payload: {},
    });
    expect(missing.json().errors).toEqual([
      expect.objectContaining({ pointer: '/employerId', code: 'required' }),
    ]);

    const draft = await steps.draft('anna', '2000');
    const incomplete = await h.app.inject({
      method: 'POST',
      url: `/v1/applications/${draft.id}/submit`,
      headers: await h.as('anna'),
    });
    expect(incomplete.json().errors[0]).toEqual({
      pointer: '/documents/passport',
      code: 'document_missing',
      params: { documentType: 'passport' },
      message: 'Upload the passport.',
    });
  });

  it('lets the applicant withdraw, after which nothing more can happen', async () => {
    const app = await steps.submitted('anna', '2000');
    const withdrawn = await steps.call<ApplicationDetail>(
      'anna',
      'POST',
      `/v1/applications/${app.id}/withdraw`,
      {
        reason: 'The worker took another job.',
      },
    );
    expect(withdrawn.state).toBe('withdrawn');
    const admit = await h.app.inject({
      method: 'POST',
      url: `/v1/applications/${app.id}/admissibility`,
      headers: await h.as('wout'),
      payload: { admissible: true },
    });
    expect(admit.statusCode).toBe(409);
  });
});

describe('withdrawal', () => {
  it('says beforehand what withdrawing means, and refuses clearly once it is no longer possible', async () => {
    const draft = await steps.draft('anna', '2000');
    expect(draft.withdrawal).toEqual({ consequences: ['draft_discarded', 'irreversible'] });
    const app = await steps.submitted('anna', '2000');
    expect(app.withdrawal).toEqual({
      consequences: ['procedure_ends', 'new_application_needed', 'irreversible'],
    });
    await steps.call('wout', 'POST', `/v1/applications/${app.id}/supplement-requests`, {
      documentTypes: ['cv'],
      message: 'Add the CV.',
      dueDate: new Date(Date.now() + 9 * 86_400_000).toISOString().slice(0, 10),
    });
    const waiting = await steps.call<ApplicationDetail>('anna', 'GET', `/v1/applications/${app.id}`);
    expect(waiting.withdrawal?.consequences).toContain('open_request_cancelled');
    // Authorities do not withdraw: nothing to explain to them.
    expect(
      (await steps.call<ApplicationDetail>('wout', 'GET', `/v1/applications/${app.id}`)).withdrawal,
    ).toBeNull();
    const byCaseworker = await h.app.inject({
      method: 'POST',
      url: `/v1/applications/${app.id}/withdraw`,
      headers: await h.as('wout'),
      payload: {},
    });
    expect(byCaseworker.statusCode).toBe(403);
    expect(byCaseworker.json()).toMatchObject({ code: 'forbidden' });

    const withdrawn = await steps.call<ApplicationDetail>(
      'anna',
      'POST',
      `/v1/applications/${app.id}/withdraw`,
      {},
    );
    expect(withdrawn).toMatchObject({ state: 'withdrawn', withdrawal: null });
    // The request the file was waiting for is closed with it, not left open as a task.
    expect(withdrawn.supplementRequests.map((r) => r.status)).toEqual(['withdrawn']);
    const again = await h.app.inject({
      method: 'POST',
      url: `/v1/applications/${app.id}/withdraw`,
      headers: await h.as('anna'),
      payload: {},
    });
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.json()).toMatchObject({
      code: 'illegal_transition',
      refusal: {
        action: 'withdraw',
        state: 'withdrawn',
        allowedFrom: expect.arrayContaining(['draft', 'submitted']),
      },
    });
    expect(again.json().refusal.allowedFrom).not.toContain('withdrawn');
    const notHers = await h.app.inject({
      method: 'POST',
      url: `/v1/applications/${app.id}/withdraw`,
      headers: await h.as('bart'),
      payload: {},
    });
    expect(notHers.statusCode).toBe(404);
  });
});

describe('early warnings', () => {
  it('come with the draft as it is filled in, follow each save, and never stop a submission', async () => {
    const draft = await steps.draft('anna', '2000');
    expect(draft.warnings).toEqual([]);
    const risky = await steps.call<ApplicationDetail>('anna', 'PATCH', `/v1/applications/${draft.id}`, {
      version: draft.version,
      category: 'shortage_occupation',
      occupationCode: '9999',
      worker: { situation: 'student_in_belgium' },
    });
    expect(risky.occupationCode).toBe('9999');
    expect(risky.warnings.map((w) => [w.code, w.field])).toEqual([
      ['not_shortage_occupation', '/occupationCode'],
      ['worker_present_before_authorisation', '/worker/situation'],
    ]);
    const underpaid = await steps.call<ApplicationDetail>('anna', 'PATCH', `/v1/applications/${draft.id}`, {
      version: risky.version,
      category: 'highly_qualified',
      grossAnnualSalaryEur: 30_000,
      worker: { situation: 'abroad' },
    });
    expect(underpaid.warnings).toEqual([
      {
        code: 'salary_below_threshold',
        field: '/grossAnnualSalaryEur',
        params: expect.objectContaining({ salary: 30_000, region: 'flanders', category: 'highly_qualified' }),
      },
    ]);
    await steps.uploadChecklist('anna', underpaid);
    const submitted = await steps.call<ApplicationDetail>(
      'anna',
      'POST',
      `/v1/applications/${draft.id}/submit`,
    );
    expect(submitted.state).toBe('submitted');
    expect(submitted.warnings.map((w) => w.code)).toEqual(['salary_below_threshold']);
  });

  it('refuses an occupation code that is not four digits, with its pointer', async () => {
    const draft = await steps.draft('anna', '2000');
    const res = await h.app.inject({
      method: 'PATCH',
      url: `/v1/applications/${draft.id}`,
      headers: await h.as('anna'),
      payload: { version: draft.version, occupationCode: 'cook' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { pointer: string }) => e.pointer)).toContain('/occupationCode');
  });
});

describe('lists', () => {
  it('filters by several states and by employer', async () => {
    const draft = await steps.draft('sofie', '2000');
    const submitted = await steps.submitted('sofie', '1000');
    const both = await steps.call<ApplicationList>(
      'sofie',
      'GET',
      '/v1/applications?state=draft&state=submitted&limit=100',
    );
    expect(both.items.map((a) => a.id)).toEqual(expect.arrayContaining([draft.id, submitted.id]));
    const onlySubmitted = await steps.call<ApplicationList>(
      'sofie',
      'GET',
      '/v1/applications?state=submitted&limit=100',
    );
    expect(onlySubmitted.items.every((a) => a.state === 'submitted')).toBe(true);
    const ofBrouwerij = await steps.call<ApplicationList>(
      'sofie',
      'GET',
      `/v1/applications?employerId=${draft.employer.id}&limit=100`,
    );
    expect(ofBrouwerij.items.map((a) => a.id)).toContain(draft.id);
    expect(ofBrouwerij.items.map((a) => a.id)).not.toContain(submitted.id);
  });

  it('pages with a cursor without repeating or skipping', async () => {
    for (let i = 0; i < 3; i++) await steps.draft('sofie', '1000');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page: ApplicationList = await steps.call<ApplicationList>(
        'bart',
        'GET',
        `/v1/applications?limit=2${query}`,
      );
      seen.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(3);
  });
});
