import type { Assignment, BulkAssignResult, History, Team } from '@loket/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { inboxSteps } from '../../testing/inbox-steps.ts';
import { useHarness } from '../../testing/use-harness.ts';

const { h, steps } = useHarness();
let f: ReturnType<typeof inboxSteps>;
let wout: string;
let lotte: string;
let rita: string;

beforeAll(async () => {
  f = inboxSteps(h, steps);
  await steps.call('lotte', 'GET', '/v1/worklists');
  await steps.call('omar', 'GET', '/v1/worklists');
  const work = await steps.call<Team>('wout', 'GET', '/v1/team');
  wout = work.items.find((m) => m.name === 'Wout Maes')?.id as string;
  lotte = work.items.find((m) => m.name === 'Lotte Jacobs')?.id as string;
  rita = (await steps.call<Team>('rita', 'GET', '/v1/team')).items.find((m) => m.name === 'Rita Wouters')
    ?.id as string;
});

const assign = (user: 'wout' | 'lotte' | 'rita' | 'bruno', id: string, body: object, version?: number) =>
  f.send(user, 'PUT', `/v1/applications/${id}/assignee`, body, version);

describe('the team', () => {
  it('is learned from sign-ins, per service', async () => {
    const work = await steps.call<Team>('wout', 'GET', '/v1/team');
    expect(work).toMatchObject({ part: 'work', region: 'flanders' });
    expect(work.items.map((m) => m.name)).toEqual(['Lotte Jacobs', 'Wout Maes']);
    const residence = await steps.call<Team>('omar', 'GET', '/v1/team');
    expect(residence).toMatchObject({ part: 'residence', region: null });
    expect(residence.items.map((m) => m.name)).toEqual(['Omar Benali', 'Rita Wouters']);
    await steps.call('bruno', 'GET', '/v1/worklists');
    expect((await steps.call<Team>('bruno', 'GET', '/v1/team')).items.map((m) => m.name)).toEqual([
      'Bruno Dubois',
    ]);
    // Applicants never become members.
    await steps.call('anna', 'GET', '/v1/applications');
    expect(await h.db.member.count({ where: { name: 'Anna Peeters' } })).toBe(0);
  });
});

describe('assigning one file', () => {
  it('takes, assigns, reassigns with a reason and releases, each recorded in the history', async () => {
    const app = await f.filed('anna', '2000');
    const taken = await assign('wout', app.id, { assigneeId: wout }, app.version);
    expect(taken.statusCode).toBe(200);
    expect(taken.headers.etag).toBe(`"${app.version + 1}"`);
    expect(taken.json<Assignment>()).toMatchObject({
      part: 'work',
      version: app.version + 1,
      assignee: { id: wout, name: 'Wout Maes' },
    });

    // Lotte may not take Wout's file without saying why.
    const noReason = await assign('lotte', app.id, { assigneeId: lotte });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors).toEqual([
      { pointer: '/reason', code: 'required', message: 'Give a reason for the reassignment.' },
    ]);
    const reassigned = await assign('lotte', app.id, { assigneeId: lotte, reason: 'Wout is on leave.' });
    expect(reassigned.json<Assignment>().assignee?.name).toBe('Lotte Jacobs');

    // Her own file she hands on without a reason, and releases likewise.
    expect((await assign('lotte', app.id, { assigneeId: wout })).json<Assignment>().assignee?.id).toBe(wout);
    const released = await assign('wout', app.id, { assigneeId: null });
    expect(released.json<Assignment>().assignee).toBeNull();
    // Releasing again changes nothing.
    const again = await assign('wout', app.id, { assigneeId: null });
    expect(again.json<Assignment>().version).toBe(released.json<Assignment>().version);

    const history = await steps.call<History>('wout', 'GET', `/v1/applications/${app.id}/history`);
    const assignments = history.items.filter((e) =>
      ['take', 'assign', 'reassign', 'release'].includes(e.action),
    );
    expect(assignments.map((e) => [e.action, e.actorName, e.actorRole, e.reason])).toEqual([
      ['take', 'Wout Maes', 'work_caseworker', null],
      ['reassign', 'Lotte Jacobs', 'work_caseworker', 'Wout is on leave.'],
      ['reassign', 'Lotte Jacobs', 'work_caseworker', null],
      ['release', 'Wout Maes', 'work_caseworker', null],
    ]);
    const events = await h.db.applicationEvent.findMany({
      where: { applicationId: app.id, action: { in: ['take', 'reassign', 'release'] } },
      orderBy: { id: 'asc' },
    });
    expect(events.map((e) => e.details)).toEqual([
      { part: 'work', from: null, to: wout },
      { part: 'work', from: wout, to: lotte },
      { part: 'work', from: lotte, to: wout },
      { part: 'work', from: wout, to: null },
    ]);
    expect(events.every((e) => e.fromState === 'submitted' && e.toState === 'submitted')).toBe(true);
  });

  it('keeps the two services apart: one holder per part, each team its own', async () => {
    const app = await steps.workGranted('anna');
    expect((await assign('rita', app.id, { assigneeId: rita })).statusCode).toBe(200);
    // The work part is decided: the region no longer assigns it.
    const late = await assign('wout', app.id, { assigneeId: wout });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('illegal_transition');
    // Nobody outside the residence team can be given its file.
    const foreign = await assign('rita', app.id, { assigneeId: lotte, reason: 'x' });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors[0].pointer).toBe('/assigneeId');
    const row = await h.db.application.findUniqueOrThrow({ where: { id: app.id } });
    expect(row).toMatchObject({ residenceAssigneeId: rita, workAssigneeId: null });
    // Another region does not see the file at all.
    expect((await assign('bruno', app.id, { assigneeId: null })).statusCode).toBe(404);
  });

  it('refuses a stale version with 409 and the current state', async () => {
    const app = await f.filed('anna', '2000');
    await assign('wout', app.id, { assigneeId: wout }, app.version);
    const stale = await assign('lotte', app.id, { assigneeId: lotte, reason: 'Mine now.' }, app.version);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'version_conflict',
      current: {
        version: app.version + 1,
        state: 'submitted',
        lastEvent: { action: 'take', actorName: 'Wout Maes', actorRole: 'work_caseworker' },
      },
    });
  });
});

describe('assigning many files', () => {
  it('answers per file: done, or the problem of that one file', async () => {
    const a = await f.filed('anna', '2000');
    const b = await f.filed('anna', '9000');
    const decided = await steps.workGranted('anna');
    const changed = await f.filed('anna', '2000');
    await assign('wout', changed.id, { assigneeId: wout });
    const missing = '00000000-0000-4000-8000-00000000dead';

    const res = await f.send('lotte', 'POST', '/v1/assignments', {
      items: [
        { id: a.id, version: a.version },
        { id: b.id },
        { id: decided.id },
        { id: changed.id, version: changed.version },
        { id: missing },
      ],
      assigneeId: lotte,
    });
    expect(res.statusCode).toBe(200);
    const { results } = res.json<BulkAssignResult>();
    expect(results.map((r) => [r.id, r.ok ? 'ok' : r.problem.code])).toEqual([
      [a.id, 'ok'],
      [b.id, 'ok'],
      [decided.id, 'illegal_transition'],
      [changed.id, 'version_conflict'],
      [missing, 'not_found'],
    ]);
    const conflict = results[3];
    expect(conflict && !conflict.ok && conflict.problem.current?.lastEvent?.action).toBe('take');
    expect(await h.db.application.count({ where: { id: { in: [a.id, b.id] }, workAssigneeId: lotte } })).toBe(
      2,
    );

    // Bulk release, with the reason the files of someone else need.
    const release = await f.send('lotte', 'POST', '/v1/assignments', {
      items: [{ id: a.id }, { id: b.id }, { id: changed.id }],
      assigneeId: null,
      reason: 'Back to the team queue.',
    });
    expect(
      release.json<BulkAssignResult>().results.map((r) => (r.ok ? r.assignment.assignee : r.problem.code)),
    ).toEqual([null, null, null]);
    expect(
      await h.db.applicationEvent.count({
        where: { applicationId: { in: [a.id, b.id, changed.id] }, action: 'release' },
      }),
    ).toBe(3);

    // Someone outside the team is refused for the whole request, before any change.
    const outsider = await f.send('lotte', 'POST', '/v1/assignments', {
      items: [{ id: a.id }],
      assigneeId: rita,
    });
    expect(outsider.statusCode).toBe(400);
    expect((await h.db.application.findUniqueOrThrow({ where: { id: a.id } })).workAssigneeId).toBeNull();
  });
});
