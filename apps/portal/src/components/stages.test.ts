import type { ApplicationDetail, ApplicationProgress } from '@loket/contracts';
import { translate } from '@loket/i18n';
import { formatsFor } from '@loket/ui';
import { describe, expect, it } from 'vitest';
import { stagesOf, type T } from './stages.ts';
import { timelineMessages } from './timeline.messages.ts';

const t: T = (key, params) => translate(timelineMessages, 'en', key, params);
const f = formatsFor('en');

const submittedAt = '2026-10-01T09:00:00.000Z';

/** Only what the stages read: the state and the progress. */
const application = (state: ApplicationDetail['state'], progress: Partial<ApplicationProgress>) =>
  ({
    state,
    progress: { holder: null, legalDeadline: null, openSupplementRequest: null, parts: [], ...progress },
  }) as unknown as ApplicationDetail;

const work = (status: string, steps: object[], extra: object = {}) => ({
  part: 'work',
  region: 'flanders',
  status,
  startedAt: submittedAt,
  decidedAt: null,
  steps: [{ step: 'submitted', at: submittedAt }, ...steps],
  expectedDecision: null,
  ...extra,
});
const residence = (status: string, steps: object[], startedAt: string | null = null) => ({
  part: 'residence',
  region: null,
  status,
  startedAt,
  decidedAt: null,
  steps,
  expectedDecision: null,
});

const summary = (a: ApplicationDetail) => stagesOf(a, t, f).map((s) => `${s.key}:${s.status}`);

describe('the steps of an application', () => {
  it('waits for the applicant at the admissibility check, the request listed under it', () => {
    const a = application('work_supplement_requested', {
      parts: [
        work('waiting_for_applicant', [
          {
            step: 'supplement_requested',
            at: '2026-10-03T09:00:00.000Z',
            supplementRequestId: 'r1',
            dueDate: '2026-10-20',
          },
        ]),
        residence('not_started', []),
      ] as ApplicationProgress['parts'],
    });
    expect(summary(a)).toEqual([
      'submitted:done',
      'admissibility:waiting',
      'workDecision:upcoming',
      'handOff:upcoming',
      'residenceDecision:upcoming',
      'permit:upcoming',
    ]);
    const check = stagesOf(a, t, f)[1];
    expect(check?.events.map((e) => e.text)).toEqual([
      'More information requested on 3 Oct 2026; answer due by 20 Oct 2026',
    ]);
  });

  it('puts a request made after admissibility under the work decision, and expects that decision', () => {
    const a = application('work_review', {
      parts: [
        work(
          'in_review',
          [
            { step: 'declared_admissible', at: '2026-10-05T09:00:00.000Z' },
            { step: 'supplement_requested', at: '2026-10-06T09:00:00.000Z', dueDate: '2026-10-30' },
            { step: 'supplement_answered', at: '2026-10-08T09:00:00.000Z' },
          ],
          {
            expectedDecision: {
              date: '2026-11-20T12:00:00.000Z',
              basis: 'throughput',
              medianDays: 40,
              cases: 31,
            },
          },
        ),
        residence('not_started', []),
      ] as ApplicationProgress['parts'],
    });
    const stages = stagesOf(a, t, f);
    expect(summary(a).slice(0, 3)).toEqual(['submitted:done', 'admissibility:done', 'workDecision:current']);
    expect(stages[1]?.events).toEqual([]);
    expect(stages[2]?.events.map((e) => e.text)).toEqual([
      'More information requested on 6 Oct 2026; answer due by 30 Oct 2026',
      'Answered on 8 Oct 2026',
    ]);
    expect(stages[2]?.expected?.date).toBe('2026-11-20T12:00:00.000Z');
  });

  it('runs through both decisions to the permit', () => {
    const workGranted = '2026-11-01T09:00:00.000Z';
    const a = application('permit_granted', {
      parts: [
        work('granted', [
          { step: 'declared_admissible', at: '2026-10-05T09:00:00.000Z' },
          { step: 'decided', at: workGranted, outcome: 'granted' },
        ]),
        residence(
          'granted',
          [
            { step: 'started', at: workGranted },
            { step: 'decided', at: '2026-12-01T09:00:00.000Z', outcome: 'granted' },
          ],
          workGranted,
        ),
      ] as ApplicationProgress['parts'],
    });
    expect(summary(a)).toEqual([
      'submitted:done',
      'admissibility:done',
      'workDecision:done',
      'handOff:done',
      'residenceDecision:done',
      'permit:done',
    ]);
    expect(stagesOf(a, t, f)[5]?.detail).toBe('Granted on 1 Dec 2026');
  });

  it('stops at an inadmissibility and at a refusal; the steps after were never reached', () => {
    const inadmissible = application('inadmissible', {
      parts: [
        work('inadmissible', [{ step: 'decided', at: '2026-10-04T09:00:00.000Z', outcome: 'inadmissible' }]),
        residence('not_started', []),
      ] as ApplicationProgress['parts'],
    });
    expect(summary(inadmissible)).toEqual([
      'submitted:done',
      'admissibility:stopped',
      'workDecision:not_reached',
      'handOff:not_reached',
      'residenceDecision:not_reached',
      'permit:not_reached',
    ]);
    const refused = application('work_refused', {
      parts: [
        work('refused', [
          { step: 'declared_admissible', at: '2026-10-05T09:00:00.000Z' },
          { step: 'decided', at: '2026-10-20T09:00:00.000Z', outcome: 'refused' },
        ]),
        residence('not_started', []),
      ] as ApplicationProgress['parts'],
    });
    expect(summary(refused).slice(2)).toEqual([
      'workDecision:refused',
      'handOff:not_reached',
      'residenceDecision:not_reached',
      'permit:not_reached',
    ]);
  });

  it('marks the step under way as stopped by a withdrawal, with its date', () => {
    const a = application('withdrawn', {
      parts: [
        work('granted', [
          { step: 'declared_admissible', at: '2026-10-05T09:00:00.000Z' },
          { step: 'decided', at: '2026-10-20T09:00:00.000Z', outcome: 'granted' },
        ]),
        residence(
          'withdrawn',
          [
            { step: 'started', at: '2026-10-20T09:00:00.000Z' },
            { step: 'withdrawn', at: '2026-10-25T09:00:00.000Z' },
          ],
          '2026-10-20T09:00:00.000Z',
        ),
      ] as ApplicationProgress['parts'],
    });
    const stages = stagesOf(a, t, f);
    expect(summary(a).slice(3)).toEqual(['handOff:done', 'residenceDecision:stopped', 'permit:not_reached']);
    expect(stages[4]?.detail).toBe('You withdrew the application on 25 Oct 2026');
  });

  it('writes the dates in the screen’s language', () => {
    const tFr: T = (key, params) => translate(timelineMessages, 'fr', key, params);
    const a = application('submitted', {
      parts: [work('in_review', []), residence('not_started', [])] as ApplicationProgress['parts'],
    });
    expect(stagesOf(a, tFr, formatsFor('fr'))[0]?.detail).toBe('Le 1 oct. 2026');
  });
});
