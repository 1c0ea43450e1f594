import type { ApplicationDetail, History } from '@loket/contracts';
import { describe, expect, it } from 'vitest';
import { type Harness, samplePdf } from '../../testing/harness.ts';
import { useHarness } from '../../testing/use-harness.ts';

const { h, steps } = useHarness();

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

async function post(user: Parameters<Harness['as']>[0], url: string, payload: object) {
  return h.app.inject({ method: 'POST', url, headers: await h.as(user), payload });
}

describe('supplement requests', () => {
  it('may ask open questions, which the applicant answers one by one, without documents', async () => {
    const app = await steps.submitted();
    const asked = await steps.call<ApplicationDetail>(
      'wout',
      'POST',
      `/v1/applications/${app.id}/supplement-requests`,
      {
        questions: ['Since when does the worker live at the address abroad?', 'Who pays the travel costs?'],
        message: 'Two questions about the file.',
        dueDate: inDays(15),
      },
    );
    const request = asked.supplementRequests[0];
    expect(request).toMatchObject({ documentTypes: [], status: 'open' });
    expect(request?.questions).toHaveLength(2);

    const url = `/v1/applications/${app.id}/supplement-requests/${request?.id}/answer`;
    const unanswered = await post('anna', url, { answers: ['Since 2019.'] });
    expect(unanswered.statusCode).toBe(400);
    expect(unanswered.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual([
      '/answers/0',
      '/answers/1',
    ]);

    const answered = await steps.call<ApplicationDetail>('anna', 'POST', url, {
      answers: ['Since 2019.', 'The employer.'],
    });
    expect(answered.state).toBe('submitted');
    expect(answered.supplementRequests[0]).toMatchObject({
      status: 'answered',
      answers: ['Since 2019.', 'The employer.'],
    });
  });

  it('refuses a request that asks for nothing, or with a deadline in the past', async () => {
    const app = await steps.submitted();
    const empty = await post('wout', `/v1/applications/${app.id}/supplement-requests`, {
      documentTypes: [],
      message: 'Nothing?',
      dueDate: inDays(10),
    });
    expect(empty.statusCode).toBe(400);
    const late = await post('wout', `/v1/applications/${app.id}/supplement-requests`, {
      documentTypes: ['cv'],
      message: 'Too late',
      dueDate: inDays(-1),
    });
    expect(late.statusCode).toBe(400);
    expect(late.json().errors[0].pointer).toBe('/dueDate');
    // Nothing of either attempt stayed behind.
    const after = await steps.call<ApplicationDetail>('anna', 'GET', `/v1/applications/${app.id}`);
    expect(after.supplementRequests).toEqual([]);
    expect(after.state).toBe('submitted');
  });

  it('lets the residence service ask too, after the work part is granted', async () => {
    const app = await steps.workGranted();
    const asked = await steps.call<ApplicationDetail>(
      'rita',
      'POST',
      `/v1/applications/${app.id}/supplement-requests`,
      {
        documentTypes: ['criminal_record'],
        message: 'The extract is older than six months.',
        dueDate: inDays(30),
      },
    );
    expect(asked.state).toBe('residence_supplement_requested');
    expect(asked.supplementRequests.at(-1)?.part).toBe('residence');
    // The work service cannot act on the residence service's request.
    const res = await post('wout', `/v1/applications/${app.id}/supplement-requests`, {
      documentTypes: ['cv'],
      message: 'x',
      dueDate: inDays(5),
    });
    expect(res.statusCode).toBe(409);
  });
});

describe('asking again', () => {
  it('lets the authority ask again after an answer, then accept the second answer by declaring the file admissible; the history keeps both rounds in order', async () => {
    const app = await steps.submitted();
    const requests = `/v1/applications/${app.id}/supplement-requests`;

    const firstAsked = await steps.call<ApplicationDetail>('wout', 'POST', requests, {
      documentTypes: ['diploma'],
      message: 'The diploma scan is unreadable.',
      dueDate: inDays(15),
    });
    const first = firstAsked.supplementRequests[0];
    expect((await steps.upload('anna', app.id, 'diploma', samplePdf('diploma, rescanned'))).statusCode).toBe(
      201,
    );
    const firstAnswered = await steps.call<ApplicationDetail>(
      'anna',
      'POST',
      `${requests}/${first?.id}/answer`,
      {
        message: 'A new scan.',
      },
    );
    expect(firstAnswered.state).toBe('submitted');

    // Not accepted: the work service asks again, on the same file, for the same document.
    const secondAsked = await steps.call<ApplicationDetail>('wout', 'POST', requests, {
      documentTypes: ['diploma'],
      questions: ['Which university issued the diploma?'],
      message: 'The new scan lacks the second page.',
      dueDate: inDays(15),
    });
    expect(secondAsked.state).toBe('work_supplement_requested');
    const second = secondAsked.supplementRequests[1];
    expect(second?.id).not.toBe(first?.id);
    // The diploma sent in the first round does not answer the second.
    const early = await post('anna', `${requests}/${second?.id}/answer`, {
      answers: ['KU Leuven'],
    });
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({ code: 'application_incomplete' });
    expect((await steps.upload('anna', app.id, 'diploma', samplePdf('diploma, both pages'))).statusCode).toBe(
      201,
    );
    const secondAnswered = await steps.call<ApplicationDetail>(
      'anna',
      'POST',
      `${requests}/${second?.id}/answer`,
      { answers: ['KU Leuven'], message: 'Both pages now.' },
    );
    expect(secondAnswered.state).toBe('submitted');
    expect(secondAnswered.supplementRequests.map((r) => [r.id, r.status, r.answerMessage])).toEqual([
      [first?.id, 'answered', 'A new scan.'],
      [second?.id, 'answered', 'Both pages now.'],
    ]);
    expect(secondAnswered.supplementRequests[1]?.answers).toEqual(['KU Leuven']);
    expect(secondAnswered.documents.find((d) => d.type === 'diploma')?.versions.map((v) => v.number)).toEqual(
      [1, 2, 3],
    );

    // Accepted: the authority takes the procedure's next step rather than asking again.
    const admissible = await steps.call<ApplicationDetail>(
      'wout',
      'POST',
      `/v1/applications/${app.id}/admissibility`,
      { admissible: true },
    );
    expect(admissible.state).toBe('work_review');

    const history = await steps.call<History>('anna', 'GET', `/v1/applications/${app.id}/history`);
    const afterFiling = history.items.slice(history.items.findIndex((e) => e.action === 'submit') + 1);
    expect(afterFiling.map((e) => [e.action, e.actorRole, e.toState, e.reason])).toEqual([
      [
        'request_supplement',
        'work_caseworker',
        'work_supplement_requested',
        'The diploma scan is unreadable.',
      ],
      ['upload_document', 'applicant', 'work_supplement_requested', null],
      ['answer_supplement', 'applicant', 'submitted', 'A new scan.'],
      [
        'request_supplement',
        'work_caseworker',
        'work_supplement_requested',
        'The new scan lacks the second page.',
      ],
      ['upload_document', 'applicant', 'work_supplement_requested', null],
      ['answer_supplement', 'applicant', 'submitted', 'Both pages now.'],
      ['declare_admissible', 'work_caseworker', 'work_review', null],
    ]);
  });
});

describe('the legal clock', () => {
  it('starts at submission, stops while a request is open, and moves the deadline by the paused days', async () => {
    const app = await steps.submitted();
    expect(app.clock).toMatchObject({ paused: false, pausedDays: 0 });
    const deadline = new Date(app.clock?.deadline ?? 0).getTime();
    const submitted = new Date(app.submittedAt ?? 0).getTime();
    expect((deadline - submitted) / 86_400_000).toBe(app.clock?.periodDays);

    const asked = await steps.call<ApplicationDetail>(
      'wout',
      'POST',
      `/v1/applications/${app.id}/supplement-requests`,
      {
        documentTypes: ['cv'],
        message: 'Please add a CV.',
        dueDate: inDays(20),
      },
    );
    expect(asked.clock?.paused).toBe(true);

    // The file was filed 20 days ago; the request came 10 days ago and is answered only now.
    const request = asked.supplementRequests[0];
    await h.db.application.update({
      where: { id: app.id },
      data: { submittedAt: new Date(Date.now() - 20 * 86_400_000) },
    });
    await h.db.supplementRequest.update({
      where: { id: request?.id },
      // (less an hour: a started day counts as a whole day for the applicant)
      data: { createdAt: new Date(Date.now() - 10 * 86_400_000 + 3_600_000) },
    });
    expect((await steps.upload('anna', app.id, 'cv')).statusCode).toBe(201);
    const answered = await steps.call<ApplicationDetail>(
      'anna',
      'POST',
      `/v1/applications/${app.id}/supplement-requests/${request?.id}/answer`,
      {},
    );
    expect(answered.clock?.paused).toBe(false);
    expect(answered.clock?.pausedDays).toBe(10);
    const filed = Date.now() - 20 * 86_400_000;
    const expected = filed + ((answered.clock?.periodDays ?? 0) + 10) * 86_400_000;
    expect(Math.abs(new Date(answered.clock?.deadline ?? 0).getTime() - expected)).toBeLessThan(60_000);
  });

  it('is gone once the application has ended', async () => {
    const app = await steps.submitted();
    const withdrawn = await steps.call<ApplicationDetail>(
      'anna',
      'POST',
      `/v1/applications/${app.id}/withdraw`,
      {},
    );
    expect(withdrawn.clock).toBeNull();
  });
});
