import type {
  ApplicationDetail,
  Me,
  NoticeList,
  NoticeView,
  NotificationPreferences,
} from '@loket/contracts';
import { startDevMail } from '@loket/dev-mail';
import type { Language } from '@loket/domain';
import { describe, expect, it } from 'vitest';
import type { DemoUser } from '../../testing/harness.ts';
import { useHarness } from '../../testing/use-harness.ts';

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe('e-mails to the applicant', () => {
  const { h, steps } = useHarness();

  async function submitted(user: DemoUser = 'anna', postalCode = '2000', language?: Language) {
    const draft = await steps.draft(user, postalCode);
    const edited = language
      ? await steps.call<ApplicationDetail>(user, 'PATCH', `/v1/applications/${draft.id}`, {
          version: draft.version,
          language,
        })
      : draft;
    await steps.uploadChecklist(user, edited);
    return steps.call<ApplicationDetail>(user, 'POST', `/v1/applications/${draft.id}/submit`);
  }
  const mailsAbout = (reference: string) =>
    (h.mail?.mails() ?? []).filter((m) => m.subject.includes(reference));
  const mailFor = (reference: string, match: string) =>
    h.mail?.waitFor((m) => m.subject.includes(reference) && m.subject.includes(match)) ??
    Promise.reject(new Error('no catcher'));

  it('confirms the receipt of a submission, in the language of the region, with the link and no personal details', async () => {
    const app = await submitted('anna', '2000');
    const mail = await mailFor(app.reference, 'ontvangen');
    expect(mail.to).toEqual(['anna.peeters@example.com']);
    expect(mail.from).toContain('no-reply@loket.test');
    expect(mail.language).toBe('nl');
    expect(mail.subject).toBe(`Aanvraag ${app.reference} ontvangen`);
    expect(mail.text).toContain(`${h.portalUrl}/applications/${app.id}`);
    expect(mail.headers['auto-submitted']).toBe('auto-generated');
    for (const personal of ['Ravi', 'Testworker', 'Brouwerij', 'Process engineer', 'IN']) {
      expect(mail.text).not.toContain(personal);
    }
    expect(mailsAbout(app.reference)).toHaveLength(1);
  });

  it('announces a supplement request with its deadline and link, in the chosen language', async () => {
    const app = await submitted('anna', '2000', 'fr');
    const due = inDays(20);
    await steps.call('wout', 'POST', `/v1/applications/${app.id}/supplement-requests`, {
      documentTypes: ['diploma'],
      message: 'Le diplôme de Ravi Testworker est illisible.',
      dueDate: due,
    });
    const mail = await mailFor(app.reference, 'complément');
    expect(mail.language).toBe('fr');
    expect(mail.to).toEqual(['anna.peeters@example.com']);
    const written = new Intl.DateTimeFormat('fr-BE', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Brussels',
    }).format(new Date(`${due}T12:00:00Z`));
    expect(mail.text).toContain(`avant le ${written}`);
    expect(mail.text).toContain(`${h.portalUrl}/applications/${app.id}`);
    // The request's message and the requested documents stay in the portal.
    expect(mail.text).not.toContain('Ravi');
    expect(mail.text).not.toContain('diplôme');
  });

  it('announces each decision with a link only: one mail per decision, never the outcome', async () => {
    const app = await submitted('anna', '2000', 'en');
    await steps.call('wout', 'POST', `/v1/applications/${app.id}/admissibility`, { admissible: true });
    await steps.call('wout', 'POST', `/v1/applications/${app.id}/work-decision`, { outcome: 'granted' });
    await steps.call('rita', 'POST', `/v1/applications/${app.id}/residence-decision`, {
      outcome: 'refused',
      grounds: ['public_order'],
      motivation: 'Criminal record.',
    });
    await h.mail?.waitFor((m) => m.subject.includes(app.reference) && m.text.includes('the residence part'));
    const decisions = mailsAbout(app.reference).filter((m) =>
      m.subject.includes('a decision has been taken'),
    );
    expect(decisions.map((m) => m.text.match(/on the (\w+) part/)?.[1]).sort()).toEqual([
      'residence',
      'work',
    ]);
    for (const mail of decisions) {
      expect(mail.language).toBe('en');
      expect(mail.text).toContain(`${h.portalUrl}/applications/${app.id}`);
      for (const secret of ['refused', 'granted', 'Criminal', 'public order'])
        expect(mail.text).not.toContain(secret);
    }
    // Receipt + two decisions; the admissibility declaration is a step, not a decision.
    expect(mailsAbout(app.reference)).toHaveLength(3);
    // The catcher has it a moment before the worker marks it sent.
    let outbox = await h.db.mailOutbox.findMany({ where: { applicationId: app.id } });
    for (let i = 0; i < 100 && outbox.some((m) => m.status !== 'sent'); i++) {
      await new Promise((r) => setTimeout(r, 50));
      outbox = await h.db.mailOutbox.findMany({ where: { applicationId: app.id } });
    }
    expect(outbox.map((m) => m.status)).toEqual(['sent', 'sent', 'sent']);
    expect(new Set(outbox.map((m) => m.dedupeKey)).size).toBe(3);
  });

  it('announces an inadmissibility as a decision too', async () => {
    const app = await submitted('bart', '1000');
    await steps.call('bruno', 'POST', `/v1/applications/${app.id}/admissibility`, {
      admissible: false,
      grounds: ['incomplete_file'],
    });
    const mail = await mailFor(app.reference, 'une décision a été prise');
    expect(mail.to).toEqual(['bart.janssens@example.com']);
    expect(mail.text).toContain('le volet travail');
  });

  it('lets an applicant opt out of receipts, never of requests and decisions', async () => {
    expect(
      await steps.call<NotificationPreferences>('sofie', 'GET', '/v1/me/notification-preferences'),
    ).toEqual({
      nonEssential: true,
      alwaysSent: ['supplement_requested', 'decision'],
    });
    const set = await h.app.inject({
      method: 'PUT',
      url: '/v1/me/notification-preferences',
      headers: await h.as('sofie'),
      payload: { nonEssential: false },
    });
    expect(set.json()).toMatchObject({ nonEssential: false });
    const refused = await h.app.inject({
      method: 'PUT',
      url: '/v1/me/notification-preferences',
      headers: await h.as('wout'),
      payload: { nonEssential: false },
    });
    expect(refused.statusCode).toBe(403);

    const app = await submitted('sofie', '2000');
    await steps.call('wout', 'POST', `/v1/applications/${app.id}/supplement-requests`, {
      questions: ['Who pays the travel costs?'],
      message: 'One question.',
      dueDate: inDays(10),
    });
    const request = await mailFor(app.reference, 'aanvulling gevraagd');
    expect(request.to).toEqual(['sofie.claes@example.com']);
    expect(mailsAbout(app.reference)).toHaveLength(1); // no receipt
    expect(
      await h.db.mailOutbox.count({ where: { applicationId: app.id, kind: 'submission_received' } }),
    ).toBe(0);
  });
});

describe('a mail server that is down', () => {
  let port = 0;
  const { h, steps } = useHarness(async () => {
    const probe = await startDevMail();
    port = probe.smtpPort;
    await probe.close();
    return { mail: { smtpUrl: `smtp://127.0.0.1:${port}`, retryBaseMs: 200, sweepIntervalMs: 500 } };
  });

  it('does not fail the decision, and the mail goes out when the server is back', async () => {
    const app = await steps.admissible();
    const decided = await h.app.inject({
      method: 'POST',
      url: `/v1/applications/${app.id}/work-decision`,
      headers: await h.as('wout'),
      payload: { outcome: 'refused', grounds: ['salary_below_threshold'], motivation: 'Te laag loon.' },
    });
    expect(decided.statusCode).toBe(200);
    expect(decided.json().state).toBe('work_refused');

    const key = `decision:${app.id}:work`;
    for (let i = 0; i < 100; i++) {
      const row = await h.db.mailOutbox.findUniqueOrThrow({ where: { dedupeKey: key } });
      if (row.attempts > 0 && row.status === 'pending' && row.lockedUntil === null) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const waiting = await h.db.mailOutbox.findUniqueOrThrow({ where: { dedupeKey: key } });
    expect(waiting).toMatchObject({ status: 'pending', lastError: expect.stringMatching(/^E[A-Z]+$/) });
    expect(waiting.attempts).toBeGreaterThan(0);

    const back = await startDevMail({ smtpPort: port });
    try {
      const mail = await back.waitFor(
        (m) => m.subject.includes(app.reference) && m.subject.includes('beslissing'),
        15_000,
      );
      expect(mail.to).toEqual(['anna.peeters@example.com']);
      expect(mail.messageId).toBe(`<${waiting.id}@loket.test>`);
      for (let i = 0; i < 50; i++) {
        if ((await h.db.mailOutbox.findUniqueOrThrow({ where: { dedupeKey: key } })).status === 'sent') break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(await h.db.mailOutbox.findUniqueOrThrow({ where: { dedupeKey: key } })).toMatchObject({
        status: 'sent',
        lastError: null,
      });
      // Delivered once: the receipt and the decision, nothing twice.
      await new Promise((r) => setTimeout(r, 700));
      expect(
        back.mails().filter((m) => m.subject.includes(app.reference) && m.subject.includes('beslissing')),
      ).toHaveLength(1);
    } finally {
      await back.close();
    }
  });
});

describe('notices for caseworkers', () => {
  const { h, steps } = useHarness();

  async function answeredRequest(assignee?: DemoUser) {
    const app = await steps.submitted('anna', '2000');
    if (assignee) {
      const me = await steps.call<Me>(assignee, 'GET', '/v1/me');
      const res = await h.app.inject({
        method: 'PUT',
        url: `/v1/applications/${app.id}/assignee`,
        headers: await h.as(assignee),
        payload: { assigneeId: me.id },
      });
      expect(res.statusCode).toBe(200);
    }
    const asked = await steps.call<ApplicationDetail>(
      'wout',
      'POST',
      `/v1/applications/${app.id}/supplement-requests`,
      {
        questions: ['Since when?'],
        message: 'A question.',
        dueDate: inDays(10),
      },
    );
    const requestId = asked.supplementRequests[0]?.id;
    await steps.call('anna', 'POST', `/v1/applications/${app.id}/supplement-requests/${requestId}/answer`, {
      answers: ['Since 2019.'],
    });
    return { app, requestId };
  }
  const notices = (user: DemoUser) => steps.call<NoticeList>(user, 'GET', '/v1/notices');

  it('tells the team of the service that asked when the applicant answers, unread first; each reads for themselves', async () => {
    const { app, requestId } = await answeredRequest();
    const forWout = await notices('wout');
    const notice = forWout.items.find((n) => n.applicationId === app.id);
    expect(notice).toMatchObject({
      kind: 'supplement_answered',
      reference: app.reference,
      part: 'work',
      supplementRequestId: requestId,
      personal: false,
      read: false,
      readAt: null,
    });
    expect(forWout.unread).toBeGreaterThanOrEqual(1);
    // Another region's service and the federal service hear nothing of it.
    expect((await notices('bruno')).items.some((n) => n.applicationId === app.id)).toBe(false);
    expect((await notices('rita')).items.some((n) => n.applicationId === app.id)).toBe(false);
    const forbidden = await h.app.inject({ method: 'GET', url: '/v1/notices', headers: await h.as('anna') });
    expect(forbidden.statusCode).toBe(403);

    const read = await steps.call<NoticeView>('wout', 'POST', `/v1/notices/${notice?.id}/read`);
    expect(read).toMatchObject({ id: notice?.id, read: true });
    expect(read.readAt).not.toBeNull();
    const again = await notices('wout');
    expect(again.unread).toBe(forWout.unread - 1);
    expect(again.items.find((n) => n.id === notice?.id)?.read).toBe(true);
    // Unread ones come first.
    const firstRead = again.items.findIndex((n) => n.read);
    expect(again.items.slice(firstRead).every((n) => n.read)).toBe(true);
    // Lotte, on the same team, still has it unread.
    expect((await notices('lotte')).items.find((n) => n.id === notice?.id)?.read).toBe(false);
    // Bruno cannot mark it: for him it does not exist.
    const foreign = await h.app.inject({
      method: 'POST',
      url: `/v1/notices/${notice?.id}/read`,
      headers: await h.as('bruno'),
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('addresses the assignee personally, once', async () => {
    const { app } = await answeredRequest('lotte');
    const forLotte = (await notices('lotte')).items.filter((n) => n.applicationId === app.id);
    expect(forLotte).toHaveLength(1);
    expect(forLotte[0]).toMatchObject({ personal: true, read: false });
    const forWout = (await notices('wout')).items.filter((n) => n.applicationId === app.id);
    expect(forWout).toHaveLength(1);
    expect(forWout[0]).toMatchObject({ personal: false });
  });
});
