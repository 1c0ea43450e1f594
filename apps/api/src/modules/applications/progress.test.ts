import { randomUUID } from 'node:crypto';
import type { ApplicationDetail } from '@loket/contracts';
import { demoIds } from '@loket/db';
import { createApplication, createSupplementRequest } from '@loket/db/seed';
import { describe, expect, it } from 'vitest';
import { useHarness } from '../../testing/use-harness.ts';

const { h, steps } = useHarness();
const day = 86_400_000;
const inDays = (n: number) => new Date(Date.now() + n * day).toISOString().slice(0, 10);
const stepsOf = (app: ApplicationDetail, part: 0 | 1) => app.progress.parts[part]?.steps.map((s) => s.step);

describe('the status timeline', () => {
  it('shows both parts step by step, who holds the file, the deadlines and the open request', async () => {
    const draft = await steps.draft('anna', '2000');
    expect(draft.progress).toEqual({
      holder: { party: 'applicant', region: null },
      legalDeadline: null,
      openSupplementRequest: null,
      parts: [
        {
          part: 'work',
          region: 'flanders',
          status: 'not_started',
          startedAt: null,
          decidedAt: null,
          steps: [],
          expectedDecision: null,
        },
        {
          part: 'residence',
          region: null,
          status: 'not_started',
          startedAt: null,
          decidedAt: null,
          steps: [],
          expectedDecision: null,
        },
      ],
    });

    await steps.uploadChecklist('anna', draft);
    const submitted = await steps.call<ApplicationDetail>(
      'anna',
      'POST',
      `/v1/applications/${draft.id}/submit`,
    );
    expect(submitted.progress.holder).toEqual({ party: 'work_service', region: 'flanders' });
    expect(submitted.progress.legalDeadline).toBe(submitted.clock?.deadline);
    expect(submitted.progress.parts[0]).toMatchObject({
      status: 'in_review',
      startedAt: submitted.submittedAt,
      steps: [{ step: 'submitted', at: submitted.submittedAt }],
      // No highly qualified file of Flanders was decided in this database: the legal deadline.
      expectedDecision: {
        date: submitted.clock?.deadline,
        basis: 'legal_deadline',
        medianDays: null,
        cases: 0,
      },
    });

    const due = inDays(20);
    const asked = await steps.call<ApplicationDetail>(
      'wout',
      'POST',
      `/v1/applications/${draft.id}/supplement-requests`,
      {
        documentTypes: ['diploma'],
        message: 'The diploma is unreadable.',
        dueDate: due,
      },
    );
    const request = asked.supplementRequests[0];
    const seen = await steps.call<ApplicationDetail>('anna', 'GET', `/v1/applications/${draft.id}`);
    expect(seen.progress.holder).toEqual({ party: 'applicant', region: null });
    expect(seen.progress.openSupplementRequest).toEqual({
      id: request?.id,
      part: 'work',
      dueDate: due,
      createdAt: request?.createdAt,
    });
    expect(seen.progress.parts[0]?.status).toBe('waiting_for_applicant');
    expect(seen.progress.parts[0]?.steps.at(-1)).toEqual({
      step: 'supplement_requested',
      at: request?.createdAt,
      supplementRequestId: request?.id,
      dueDate: due,
    });

    expect((await steps.upload('anna', draft.id, 'diploma')).statusCode).toBe(201);
    await steps.call(
      'anna',
      'POST',
      `/v1/applications/${draft.id}/supplement-requests/${request?.id}/answer`,
      {},
    );
    await steps.call('wout', 'POST', `/v1/applications/${draft.id}/admissibility`, { admissible: true });
    await steps.call('wout', 'POST', `/v1/applications/${draft.id}/work-decision`, { outcome: 'granted' });
    const granted = await steps.call<ApplicationDetail>('anna', 'GET', `/v1/applications/${draft.id}`);
    expect(granted.progress.holder).toEqual({ party: 'residence_service', region: null });
    expect(granted.progress.openSupplementRequest).toBeNull();
    expect(stepsOf(granted, 0)).toEqual([
      'submitted',
      'supplement_requested',
      'supplement_answered',
      'declared_admissible',
      'decided',
    ]);
    // The decision's date (the one on its letter) dates the step, and starts the residence part.
    const decidedAt = granted.decisions[0]?.decidedAt;
    expect(granted.progress.parts[0]).toMatchObject({ status: 'granted', decidedAt });
    expect(granted.progress.parts[1]).toMatchObject({
      status: 'in_review',
      startedAt: decidedAt,
      steps: [{ step: 'started', at: decidedAt }],
      expectedDecision: { basis: 'legal_deadline', date: granted.clock?.deadline },
    });
    // An authority, never a person: the caseworker's name is nowhere in the timeline.
    expect(JSON.stringify(granted.progress)).not.toMatch(/Wout|Maes/);

    const withdrawn = await steps.call<ApplicationDetail>(
      'anna',
      'POST',
      `/v1/applications/${draft.id}/withdraw`,
      {},
    );
    expect(withdrawn.progress.holder).toBeNull();
    expect(withdrawn.progress.legalDeadline).toBeNull();
    expect(withdrawn.progress.parts.map((p) => p.status)).toEqual(['granted', 'withdrawn']);
    expect(stepsOf(withdrawn, 1)).toEqual(['started', 'withdrawn']);
    expect(withdrawn.progress.parts[1]?.expectedDecision).toBeNull();
  });
});

describe('the expected decision date', () => {
  it('is the median handling time of the last 12 months’ decisions of the category (pauses left out), once there are enough', async () => {
    // 21 executive files of Flanders decided within the year: 20..40 handling days each, plus a
    // 10-day supplement request each (left out), then 15 days in the residence part.
    const now = Date.now();
    const seed = async (handlingDays: number, decidedDaysAgo: number, postalCodeUnit: string) => {
      const workDecidedAt = new Date(now - decidedDaysAgo * day);
      const submittedAt = new Date(workDecidedAt.getTime() - (handlingDays + 10) * day);
      const app = await createApplication(h.db, {
        employerId: postalCodeUnit === demoIds.zorggroepBrussel ? demoIds.zorggroep : demoIds.brouwerij,
        establishmentUnitId: postalCodeUnit,
        // The factory numbers references after the latest, which the API's random ones confuse.
        reference: `LKT-SEED-${randomUUID().slice(0, 8)}`,
        state: 'permit_granted',
        category: 'executive',
        createdAt: new Date(submittedAt.getTime() - day),
        submittedAt,
        admissibleAt: new Date(submittedAt.getTime() + 15 * day),
        workDecidedAt,
        residenceDecidedAt: new Date(workDecidedAt.getTime() + 15 * day),
        closedAt: new Date(workDecidedAt.getTime() + 15 * day),
      });
      await createSupplementRequest(h.db, {
        applicationId: app.id,
        createdAt: new Date(submittedAt.getTime() + 2 * day),
        answeredAt: new Date(submittedAt.getTime() + 12 * day),
        status: 'answered',
      });
    };
    for (let i = 0; i <= 20; i++) await seed(20 + i, 30 + i, demoIds.brouwerijAntwerpen);
    // Neither a decision older than a year nor one of another region counts.
    await seed(1, 400, demoIds.brouwerijAntwerpen);
    await seed(1, 40, demoIds.zorggroepBrussel);

    const draft = await steps.draft('anna', '2000');
    const executive = await steps.call<ApplicationDetail>('anna', 'PATCH', `/v1/applications/${draft.id}`, {
      version: draft.version,
      category: 'executive',
    });
    await steps.uploadChecklist('anna', executive);
    const submitted = await steps.call<ApplicationDetail>(
      'anna',
      'POST',
      `/v1/applications/${draft.id}/submit`,
    );
    const submittedAt = Date.parse(submitted.submittedAt ?? '');
    expect(submitted.progress.parts[0]?.expectedDecision).toEqual({
      date: new Date(submittedAt + 30 * day).toISOString(),
      basis: 'throughput',
      medianDays: 30,
      cases: 21,
    });

    await steps.call('wout', 'POST', `/v1/applications/${draft.id}/admissibility`, { admissible: true });
    await steps.call('wout', 'POST', `/v1/applications/${draft.id}/work-decision`, { outcome: 'granted' });
    const residence = await steps.call<ApplicationDetail>('anna', 'GET', `/v1/applications/${draft.id}`);
    // The residence part counts every region's executive files (one federal service): the Brussels
    // one too, not the one older than a year. It started with the work decision.
    expect(residence.progress.parts[1]?.expectedDecision).toEqual({
      date: new Date(Date.parse(residence.decisions[0]?.decidedAt ?? '') + 15 * day).toISOString(),
      basis: 'throughput',
      medianDays: 15,
      cases: 22,
    });
  });
});
