import type { ApplicationDetail, History } from '@loket/contracts';
import { readLegalClock } from '@loket/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { inboxSteps } from '../../testing/inbox-steps.ts';
import { useHarness } from '../../testing/use-harness.ts';

const { h, steps } = useHarness();
let f: ReturnType<typeof inboxSteps>;
const day = 86_400_000;

beforeAll(() => {
  f = inboxSteps(h, steps);
});

/** The stored clock and what the domain's rule says from the rows it is made of. */
async function storedAndRule(id: string, now: Date) {
  const row = await h.db.application.findUniqueOrThrow({
    where: { id },
    include: { supplementRequests: true },
  });
  const pauses = row.supplementRequests.map((r) => ({ from: r.createdAt, to: r.answeredAt }));
  const open = pauses.find((p) => p.to === null);
  const rule = readLegalClock(
    { startedAt: row.submittedAt as Date, pauses, extensionDays: row.deadlineExtensionDays },
    open ? open.from : now,
  );
  return { row, rule };
}

describe('the stored legal clock', () => {
  it('starts at submission, stands still while a supplement request is open and moves the deadline by the pause', async () => {
    const app = await f.filed('anna', '2000');
    let { row, rule } = await storedAndRule(app.id, new Date());
    expect(row.decisionDeadline?.toISOString()).toBe(app.clock?.deadline);
    expect(row.decisionDeadline).toEqual(rule.deadline);
    await f.backdate(app.id, 20); // filed twenty days ago
    ({ row, rule } = await storedAndRule(app.id, new Date()));
    expect(row.decisionDeadline).toEqual(rule.deadline);
    expect(row.clockPausedSince).toBeNull();
    const before = row.decisionDeadline as Date;

    const asked = await steps.call<ApplicationDetail>(
      'wout',
      'POST',
      `/v1/applications/${app.id}/supplement-requests`,
      {
        documentTypes: ['diploma'],
        message: 'Please add the diploma.',
        dueDate: new Date(Date.now() + 20 * day).toISOString().slice(0, 10),
      },
    );
    ({ row } = await storedAndRule(app.id, new Date()));
    expect(row.clockPausedSince?.toISOString()).toBe(asked.supplementRequests[0]?.createdAt);
    expect(asked.clock?.paused).toBe(true);

    // Ten days later the applicant answers: the deadline moved ten days.
    const request = asked.supplementRequests[0]?.id as string;
    await h.db.supplementRequest.update({
      where: { id: request },
      data: { createdAt: new Date(Date.now() - 10 * day + 5 * 60_000) }, // 10 days (a started day counts)
    });
    expect((await steps.upload('anna', app.id, 'diploma')).statusCode).toBe(201);
    await steps.call('anna', 'POST', `/v1/applications/${app.id}/supplement-requests/${request}/answer`, {
      message: 'Here it is.',
    });
    ({ row, rule } = await storedAndRule(app.id, new Date()));
    expect(row.clockPausedSince).toBeNull();
    expect(row.decisionDeadline).toEqual(rule.deadline);
    expect(((row.decisionDeadline as Date).getTime() - before.getTime()) / day).toBe(10);
  });
});

describe('the deadline extension', () => {
  it('adds the 30 days of the period in force once, with a reason, and is recorded', async () => {
    const app = await f.filed('anna', '2000');
    const noReason = await f.send('wout', 'POST', `/v1/applications/${app.id}/deadline-extension`, {});
    expect(noReason.statusCode).toBe(400);
    const tooShort = await f.send('wout', 'POST', `/v1/applications/${app.id}/deadline-extension`, {
      reason: 'busy',
    });
    expect(tooShort.statusCode).toBe(400);
    expect(app.availableActions).not.toContain('extend_deadline'); // the applicant may not

    const seen = await steps.call<ApplicationDetail>('wout', 'GET', `/v1/applications/${app.id}`);
    expect(seen.availableActions).toContain('extend_deadline');
    const reason = 'The employer is under investigation by the social inspection.';
    const res = await f.send(
      'wout',
      'POST',
      `/v1/applications/${app.id}/deadline-extension`,
      { reason },
      seen.version,
    );
    expect(res.statusCode).toBe(200);
    const extended = res.json<ApplicationDetail>();
    expect(res.headers.etag).toBe(`"${extended.version}"`);
    expect(extended.clock).toMatchObject({ periodDays: 120, extended: true });
    expect(Date.parse(extended.clock?.deadline as string) - Date.parse(seen.clock?.deadline as string)).toBe(
      30 * day,
    );
    expect(extended.availableActions).not.toContain('extend_deadline');
    const { row, rule } = await storedAndRule(app.id, new Date());
    expect(row.deadlineExtensionDays).toBe(30);
    expect(row.decisionDeadline).toEqual(rule.deadline);
    expect(row.decisionDeadline?.toISOString()).toBe(extended.clock?.deadline);
    const item = (await f.inbox('wout', `worklist=all&q=${app.reference.slice(-8)}`)).items[0];
    expect(item).toMatchObject({ extended: true, legalDeadline: extended.clock?.deadline });

    const history = await steps.call<History>('anna', 'GET', `/v1/applications/${app.id}/history`);
    expect(history.items.at(-1)).toMatchObject({ action: 'extend_deadline', actorName: 'Wout Maes', reason });

    const twice = await f.send('lotte', 'POST', `/v1/applications/${app.id}/deadline-extension`, {
      reason: 'Another exceptional reason for more time.',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'illegal_transition' });
    expect(twice.json().detail).toContain('only once');
  });

  it('belongs to the service holding the open part', async () => {
    const app = await f.filed('anna', '2000');
    const reason = 'Exceptional: the diploma must be verified abroad.';
    const residence = await f.send('rita', 'POST', `/v1/applications/${app.id}/deadline-extension`, {
      reason,
    });
    expect(residence.statusCode).toBe(404); // not admissible: the residence service does not see it yet
    const applicant = await f.send('anna', 'POST', `/v1/applications/${app.id}/deadline-extension`, {
      reason,
    });
    expect(applicant.statusCode).toBe(403);
    const granted = await steps.workGranted('anna');
    expect(
      (await f.send('wout', 'POST', `/v1/applications/${granted.id}/deadline-extension`, { reason }))
        .statusCode,
    ).toBe(409);
    expect(
      (await f.send('rita', 'POST', `/v1/applications/${granted.id}/deadline-extension`, { reason }))
        .statusCode,
    ).toBe(200);
  });
});
