import type { ApplicationDetail, Problem } from '@loket/contracts';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { inboxSteps } from '../../testing/inbox-steps.ts';
import { useHarness } from '../../testing/use-harness.ts';

/**
 * Point 10 of the inbox issue: two caseworkers act on the same file at the same moment. One wins;
 * the other gets 409 version_conflict with what changed; nothing of the loser's change remains.
 */
const { h, steps } = useHarness();
let f: ReturnType<typeof inboxSteps>;
// Each round prepares a submitted file (uploads, scans, letters): 8 races per rule keep the run
// under a minute on a busy machine and still make a lucky pass unlikely.
const rounds = 8;
vi.setConfig({ testTimeout: 120_000 });

beforeAll(() => {
  f = inboxSteps(h, steps);
});

function oneWinner(results: { statusCode: number; json: () => unknown }[]) {
  const codes = results.map((r) => r.statusCode).sort();
  expect(codes).toEqual([200, 409]);
  const loser = results.find((r) => r.statusCode === 409)?.json() as Problem;
  return loser;
}

describe('two caseworkers at once', () => {
  it('decide the same file: one decision stands, the other is told who was first', async () => {
    for (let round = 0; round < rounds; round++) {
      const app = await steps.admissible('anna');
      const url = `/v1/applications/${app.id}/work-decision`;
      const results = await Promise.all([
        f.send('wout', 'POST', url, { outcome: 'granted', motivation: 'Conditions met.' }, app.version),
        f.send(
          'lotte',
          'POST',
          url,
          { outcome: 'refused', grounds: ['salary_below_threshold'] },
          app.version,
        ),
      ]);
      const loser = oneWinner(results);
      const winner = results.find((r) => r.statusCode === 200)?.json() as ApplicationDetail;
      expect(loser).toMatchObject({
        code: 'version_conflict',
        current: {
          version: winner.version,
          state: winner.state,
          lastEvent: { action: winner.state === 'residence_review' ? 'grant_work_part' : 'refuse_work_part' },
        },
      });
      expect(['Wout Maes', 'Lotte Jacobs']).toContain(loser.current?.lastEvent?.actorName);
      // Nothing half-applied: one decision, one event, the state of the winner.
      expect(await h.db.decision.count({ where: { applicationId: app.id } })).toBe(1);
      expect(
        await h.db.applicationEvent.count({
          where: { applicationId: app.id, action: { in: ['grant_work_part', 'refuse_work_part'] } },
        }),
      ).toBe(1);
      const row = await h.db.application.findUniqueOrThrow({ where: { id: app.id } });
      expect(row).toMatchObject({ state: winner.state, version: winner.version });
    }
  });

  it('take the same file: one holds it, the other sees who took it', async () => {
    const app = await f.filed('anna', '2000');
    const team = await steps.call<{ items: { id: string; name: string }[] }>('lotte', 'GET', '/v1/team');
    const idOf = (name: string) => team.items.find((m) => m.name === name)?.id as string;
    let version = app.version;
    for (let round = 0; round < rounds; round++) {
      const url = `/v1/applications/${app.id}/assignee`;
      const results = await Promise.all([
        f.send('wout', 'PUT', url, { assigneeId: idOf('Wout Maes') }, version),
        f.send('lotte', 'PUT', url, { assigneeId: idOf('Lotte Jacobs') }, version),
      ]);
      const loser = oneWinner(results);
      const winner = results.find((r) => r.statusCode === 200)?.json() as {
        version: number;
        assignee: { id: string };
      };
      expect(loser).toMatchObject({
        code: 'version_conflict',
        current: { version: winner.version, state: 'submitted', lastEvent: { action: 'take' } },
      });
      const row = await h.db.application.findUniqueOrThrow({ where: { id: app.id } });
      expect(row.workAssigneeId).toBe(winner.assignee.id);
      // Back to the queue for the next round.
      const released = await f.send(
        'wout',
        'PUT',
        url,
        { assigneeId: null, reason: 'Next round.' },
        winner.version,
      );
      version = released.json<{ version: number }>().version;
    }
    expect(await h.db.applicationEvent.count({ where: { applicationId: app.id, action: 'take' } })).toBe(
      rounds,
    );
  });

  it('are told so also when the client sends no version (the race is caught at the update)', async () => {
    for (let round = 0; round < rounds; round++) {
      const app = await steps.submitted('anna');
      const url = `/v1/applications/${app.id}/admissibility`;
      const results = await Promise.all([
        f.send('wout', 'POST', url, { admissible: true }),
        f.send('lotte', 'POST', url, { admissible: false, grounds: ['fee_unpaid'] }),
      ]);
      const loser = oneWinner(results);
      // Arriving after the winner committed it reads the new state (409 illegal_transition);
      // racing it, it loses at the update (409 version_conflict with the current state).
      expect(['version_conflict', 'illegal_transition']).toContain(loser.code);
      if (loser.code === 'version_conflict') expect(loser.current?.lastEvent?.action).toMatch(/^declare_/);
      expect(
        await h.db.applicationEvent.count({
          where: { applicationId: app.id, action: { startsWith: 'declare_' } },
        }),
      ).toBe(1);
    }
  });

  it('refuses a change made from a stale page, whatever the endpoint', async () => {
    const app = await steps.submitted('anna');
    const detail = await h.app.inject({
      method: 'GET',
      url: `/v1/applications/${app.id}`,
      headers: await h.as('wout'),
    });
    expect(detail.headers.etag).toBe(`"${app.version}"`);
    await f.send(
      'wout',
      'POST',
      `/v1/applications/${app.id}/supplement-requests`,
      {
        documentTypes: ['diploma'],
        message: 'Please add the diploma.',
        dueDate: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10),
      },
      app.version,
    );
    const stale = await f.send(
      'lotte',
      'POST',
      `/v1/applications/${app.id}/admissibility`,
      { admissible: true },
      app.version,
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'version_conflict',
      current: {
        state: 'work_supplement_requested',
        lastEvent: { action: 'request_supplement', actorName: 'Wout Maes' },
      },
    });
    const weak = await h.app.inject({
      method: 'POST',
      url: `/v1/applications/${app.id}/withdraw`,
      headers: { ...(await h.as('anna')), 'if-match': `W/"${app.version}"` },
      payload: {},
    });
    expect(weak.statusCode).toBe(409);
    const garbage = await h.app.inject({
      method: 'POST',
      url: `/v1/applications/${app.id}/withdraw`,
      headers: { ...(await h.as('anna')), 'if-match': '"abc"' },
      payload: {},
    });
    expect(garbage.statusCode).toBe(400);
  });
});
