import type {
  ApplicationDetail,
  MarkMessagesReadResult,
  Message,
  MessageList,
  UserPreferences,
} from '@loket/contracts';
import { demoIds } from '@loket/db';
import { describe, expect, it } from 'vitest';
import type { DemoUser } from '../../testing/harness.ts';
import { useHarness } from '../../testing/use-harness.ts';

const { h, steps } = useHarness();
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

const messages = (user: DemoUser, query = '') => steps.call<MessageList>(user, 'GET', `/v1/messages${query}`);

describe('the applicant’s messages', () => {
  let app: ApplicationDetail;
  let shared: { id: string; versions: { id: string }[] };

  it('gather requests, decisions with their letters and shared documents across applications, newest first', async () => {
    app = await steps.submitted('anna', '2000');
    const asked = await steps.call<ApplicationDetail>(
      'wout',
      'POST',
      `/v1/applications/${app.id}/supplement-requests`,
      {
        documentTypes: ['diploma'],
        questions: ['When does the contract start?'],
        message: 'Please add the diploma.',
        dueDate: inDays(14),
      },
    );
    const request = asked.supplementRequests[0];
    expect((await steps.upload('anna', app.id, 'diploma')).statusCode).toBe(201);
    await steps.call('anna', 'POST', `/v1/applications/${app.id}/supplement-requests/${request?.id}/answer`, {
      answers: ['On 1 March.'],
    });
    await steps.call('wout', 'POST', `/v1/applications/${app.id}/admissibility`, { admissible: true });
    shared = await steps.addDocument('wout', app.id, 'other', {
      audience: 'both',
      visibleToApplicant: 'true',
    });
    // An internal note is no message.
    await steps.addDocument('wout', app.id, 'note', { audience: 'both', visibleToApplicant: 'false' });
    const decided = await steps.call<ApplicationDetail>(
      'wout',
      'POST',
      `/v1/applications/${app.id}/work-decision`,
      {
        outcome: 'granted',
      },
    );

    const list = await messages('anna');
    const mine = list.items.filter((m) => m.application.id === app.id);
    expect(mine.map((m) => m.kind)).toEqual(['decision', 'document', 'supplement_request']);
    expect(list.unread).toBe(3);
    const [decision, document, supplement] = mine as [Message, Message, Message];
    expect(decision).toMatchObject({
      application: {
        id: app.id,
        reference: app.reference,
        employer: { id: demoIds.brouwerij, name: 'Brouwerij De Klok NV' },
        workerName: 'Ravi Testworker',
      },
      from: { party: 'work_service', region: 'flanders' },
      part: 'work',
      read: false,
      readAt: null,
      decision: { outcome: 'granted', grounds: [], letterVersionId: decided.decisions[0]?.letterVersionId },
      supplementRequest: null,
      document: null,
    });
    // The letter is part of its decision, not a message of its own.
    expect(decision.decision?.letterVersionId).toBeTruthy();
    expect(mine.map((m) => m.id)).not.toContain(decision.decision?.letterVersionId);
    expect(document).toMatchObject({
      id: shared.versions[0]?.id,
      document: { documentId: shared.id, versionId: shared.versions[0]?.id, type: 'other' },
    });
    expect(supplement).toMatchObject({
      id: request?.id,
      supplementRequest: {
        status: 'answered',
        dueDate: inDays(14),
        documentTypes: ['diploma'],
        questions: ['When does the contract start?'],
        message: 'Please add the diploma.',
      },
    });
    // An authority, never a person.
    expect(JSON.stringify(list)).not.toMatch(/Wout|Maes/);
    const sentAts = list.items.map((m) => m.sentAt);
    expect([...sentAts].sort().reverse()).toEqual(sentAts);
  });

  it('are read or unread per user, and marked read one by one or all at once', async () => {
    const [first] = (await messages('anna', `?applicationId=${app.id}`)).items;
    const read = await steps.call<Message>('anna', 'POST', `/v1/messages/${first?.id}/read`);
    expect(read).toMatchObject({ id: first?.id, read: true });
    expect(Date.parse(read.readAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
    // Again changes nothing.
    expect((await steps.call<Message>('anna', 'POST', `/v1/messages/${first?.id}/read`)).readAt).toBe(
      read.readAt,
    );

    const annas = await messages('anna', `?applicationId=${app.id}`);
    expect(annas.unread).toBe(2);
    expect((await messages('anna', `?applicationId=${app.id}&unread=true`)).items.map((m) => m.read)).toEqual(
      [false, false],
    );
    // Sofie acts for the same employer and has read nothing yet.
    expect((await messages('sofie', `?applicationId=${app.id}`)).unread).toBe(3);

    const all = await steps.call<MarkMessagesReadResult>('anna', 'POST', '/v1/messages/read', {
      applicationId: app.id,
    });
    expect(all).toEqual({ marked: 2, unread: 0 });
    expect((await messages('anna')).unread).toBe(0);
  });

  it('page with a cursor, filter per employer, and hide what the user may not see', async () => {
    const other = await steps.submitted('sofie', '1000');
    await steps.call('bruno', 'POST', `/v1/applications/${other.id}/supplement-requests`, {
      documentTypes: ['cv'],
      message: 'Add the CV.',
      dueDate: inDays(7),
    });
    const everything = await messages('sofie', '?limit=100');
    expect(everything.items).toHaveLength(4);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: MessageList = await messages('sofie', `?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((m) => m.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(everything.items.map((m) => m.id));

    const ofZorggroep = await messages('sofie', `?employerId=${demoIds.zorggroep}`);
    expect(ofZorggroep.items.map((m) => m.application.id)).toEqual([other.id]);
    expect(ofZorggroep.items[0]?.from).toEqual({ party: 'work_service', region: 'brussels' });
    expect(ofZorggroep.unread).toBe(1);

    // Bart acts for Zorggroep only: anna's messages do not exist for him.
    expect((await messages('bart')).items.map((m) => m.application.id)).toEqual([other.id]);
    const notHis = await h.app.inject({
      method: 'POST',
      url: `/v1/messages/${everything.items.find((m) => m.application.id === app.id)?.id}/read`,
      headers: await h.as('bart'),
    });
    expect(notHis.statusCode).toBe(404);
    for (const url of [
      `/v1/messages?employerId=${demoIds.zorggroep}`,
      `/v1/messages?applicationId=${other.id}`,
    ]) {
      const res = await h.app.inject({ method: 'GET', url, headers: await h.as('anna') });
      expect(res.statusCode, url).toBe(404);
    }
    const caseworker = await h.app.inject({
      method: 'GET',
      url: '/v1/messages',
      headers: await h.as('wout'),
    });
    expect(caseworker.statusCode).toBe(403);
    expect(caseworker.json()).toMatchObject({ code: 'forbidden' });
    const badCursor = await h.app.inject({
      method: 'GET',
      url: '/v1/messages?cursor=x',
      headers: await h.as('anna'),
    });
    expect(badCursor.statusCode).toBe(400);
  });

  it('link from each e-mail to the application page, on the message announced', async () => {
    const list = await messages('anna', `?applicationId=${app.id}`);
    const request = list.items.find((m) => m.kind === 'supplement_request');
    const decision = list.items.find((m) => m.kind === 'decision');
    const mailWith = (needle: string) =>
      h.mail?.waitFor((m) => m.subject.includes(app.reference) && m.text.includes(needle)) ??
      Promise.reject(new Error('no catcher'));
    await mailWith(`${h.portalUrl}/applications/${app.id}?message=${request?.id}`);
    await mailWith(`${h.portalUrl}/applications/${app.id}?message=${decision?.id}`);
  });
});

describe('the user’s preferences', () => {
  it('keep the portal language and the e-mail choice on the server, each changed on its own', async () => {
    const initial = await steps.call<UserPreferences>('bart', 'GET', '/v1/me/preferences');
    expect(initial).toEqual({
      language: null,
      email: { nonEssential: true, alwaysSent: ['supplement_requested', 'decision'] },
    });
    const french = await steps.call<UserPreferences>('bart', 'PUT', '/v1/me/preferences', { language: 'fr' });
    expect(french).toMatchObject({ language: 'fr', email: { nonEssential: true } });
    const quiet = await steps.call<UserPreferences>('bart', 'PUT', '/v1/me/preferences', {
      email: { nonEssential: false },
    });
    expect(quiet).toMatchObject({ language: 'fr', email: { nonEssential: false } });
    // The same store as the e-mail preferences the outbox reads.
    expect(await steps.call('bart', 'GET', '/v1/me/notification-preferences')).toMatchObject({
      nonEssential: false,
    });
    const forgotten = await steps.call<UserPreferences>('bart', 'PUT', '/v1/me/preferences', {
      language: null,
    });
    expect(forgotten).toMatchObject({ language: null, email: { nonEssential: false } });
    // A caseworker keeps a language too.
    expect(
      await steps.call<UserPreferences>('wout', 'PUT', '/v1/me/preferences', { language: 'de' }),
    ).toMatchObject({ language: 'de' });

    const wrong = await h.app.inject({
      method: 'PUT',
      url: '/v1/me/preferences',
      headers: await h.as('bart'),
      payload: { language: 'es' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors.map((e: { pointer: string }) => e.pointer)).toContain('/language');
  });
});
