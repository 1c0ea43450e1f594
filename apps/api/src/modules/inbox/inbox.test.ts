import type { Actor } from '@loket/auth';
import type { ApplicationDetail, InboxItem, InboxSort, Team } from '@loket/contracts';
import { normalizeForSearch, openPartOf, searchTextOf } from '@loket/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { inboxSteps } from '../../testing/inbox-steps.ts';
import { useHarness } from '../../testing/use-harness.ts';
import { createInboxService, type SearchWalk } from './inbox.service.ts';

const { h, steps } = useHarness();
const day = 86_400_000;

/**
 * One Flemish queue, built through the API: each file is in a known worklist of the work service
 * (Wout and Lotte, Flanders) and, once admissible, of the residence service (Rita).
 */
let f: ReturnType<typeof inboxSteps>;
const files: Record<string, ApplicationDetail> = {};
let team: Team;
const idOf = (name: string) => files[name]?.id as string;
const ids = (items: InboxItem[]) => items.map((i) => i.id);

beforeAll(async () => {
  f = inboxSteps(h, steps);
  // Both Flemish caseworkers have signed in: they are on the team.
  await steps.call('lotte', 'GET', '/v1/worklists');
  team = await steps.call<Team>('wout', 'GET', '/v1/team');
  const lotte = team.items.find((m) => m.name === 'Lotte Jacobs')?.id as string;

  files.fresh = await f.filed('anna', '2000', {
    familyName: 'Okonkwo',
    givenName: 'Chídì',
    nationality: 'NG',
  });
  files.taken = await f.filed('anna', '9000', {
    familyName: 'Ferreira',
    givenName: 'Lucas',
    nationality: 'BR',
  });
  await f.send('wout', 'PUT', `/v1/applications/${idOf('taken')}/assignee`, { assigneeId: wout() });

  files.waiting = await f.filed('bart', '3000', {
    familyName: 'Nakamura',
    givenName: 'Yuki',
    nationality: 'JP',
  });
  await steps.call('wout', 'POST', `/v1/applications/${idOf('waiting')}/supplement-requests`, {
    documentTypes: ['diploma'],
    message: 'Please add the diploma.',
    dueDate: new Date(Date.now() + 20 * day).toISOString().slice(0, 10),
  });

  files.admissible = await f.filed('anna', '2000', {
    familyName: 'Santos',
    givenName: 'Maria',
    nationality: 'PH',
    category: 'eu_blue_card',
  });
  await steps.call('wout', 'POST', `/v1/applications/${idOf('admissible')}/admissibility`, {
    admissible: true,
  });
  await f.send('lotte', 'PUT', `/v1/applications/${idOf('admissible')}/assignee`, { assigneeId: lotte });

  files.overdue = await f.filed('anna', '2000', {
    familyName: 'Haddad',
    givenName: 'Karim',
    nationality: 'MA',
    category: 'shortage_occupation',
  });
  await f.backdate(idOf('overdue'), 100);

  files.dueSoon = await f.filed('anna', '9000', {
    familyName: 'Kowalczyk',
    givenName: 'Anna',
    nationality: 'UA',
    category: 'shortage_occupation',
  });
  await f.backdate(idOf('dueSoon'), 84);

  files.decided = await f.filed('anna', '2000', { familyName: 'Iyer', givenName: 'Ravi', nationality: 'IN' });
  await steps.call('wout', 'POST', `/v1/applications/${idOf('decided')}/admissibility`, { admissible: true });
  await steps.call('wout', 'POST', `/v1/applications/${idOf('decided')}/work-decision`, {
    outcome: 'granted',
    motivation: 'Conditions met.',
  });

  files.brussels = await f.filed('bart', '1000', {
    familyName: 'Dubois',
    givenName: 'Amina',
    nationality: 'MA',
  });
  files.draft = await steps.draft('anna', '2000');
});

function wout(): string {
  return team.items.find((m) => m.name === 'Wout Maes')?.id as string;
}

describe('the worklists of the work service', () => {
  it('put each file where its part stands', async () => {
    const list = async (key: string) => ids(await f.all('wout', `worklist=${key}`));
    expect(new Set(await list('new'))).toEqual(new Set([idOf('fresh'), idOf('overdue'), idOf('dueSoon')]));
    expect(await list('mine')).toEqual([idOf('taken')]);
    expect(new Set(await list('team'))).toEqual(
      new Set(['fresh', 'taken', 'waiting', 'admissible', 'overdue', 'dueSoon'].map(idOf)),
    );
    expect(await list('waiting')).toEqual([idOf('waiting')]);
    expect(await list('due_soon')).toEqual([idOf('dueSoon')]);
    expect(await list('overdue')).toEqual([idOf('overdue')]);
    expect(await list('decided')).toEqual([idOf('decided')]);
    // Most recent decision first by default in that list.
    expect((await f.inbox('wout', 'worklist=decided')).items[0]?.decidedAt).not.toBeNull();
    // `all`: everything the service may see, ended or not; never a draft or another region's file.
    const all = await list('all');
    expect(all).toHaveLength(7);
    expect(all).not.toContain(idOf('brussels'));
    expect(all).not.toContain(idOf('draft'));
    // Lotte holds the admissible file: it is hers, not Wout's.
    expect(ids(await f.all('lotte', 'worklist=mine'))).toEqual([idOf('admissible')]);
  });

  it('count what the lists show', async () => {
    const counts = await f.counts('wout');
    expect(counts).toEqual({ new: 3, mine: 1, team: 6, waiting: 1, due_soon: 1, overdue: 1, decided: 1 });
    for (const [key, count] of Object.entries(counts)) {
      expect((await f.all('wout', `worklist=${key}`, 100)).length, key).toBe(count);
    }
    expect((await f.counts('lotte')).mine).toBe(1);
  });

  it('are the team list by default, soonest legal deadline first', async () => {
    const items = (await f.inbox('wout')).items;
    expect(new Set(ids(items))).toEqual(new Set(ids(await f.all('wout', 'worklist=team'))));
    expect(items[0]?.id).toBe(idOf('overdue'));
    expect(items[1]?.id).toBe(idOf('dueSoon'));
  });
});

describe('the milestones the lists read', () => {
  it('say exactly what the states say, for every file the procedure made', async () => {
    const rows = await h.db.application.findMany({
      select: {
        state: true,
        submittedAt: true,
        workDecidedAt: true,
        closedAt: true,
        clockPausedSince: true,
      },
    });
    expect(rows.length).toBeGreaterThan(8);
    for (const r of rows) {
      const part = openPartOf(r.state);
      const workOpen = r.submittedAt !== null && r.workDecidedAt === null && r.closedAt === null;
      const residenceOpen = r.workDecidedAt !== null && r.closedAt === null;
      expect([part === 'work', part === 'residence'], r.state).toEqual([workOpen, residenceOpen]);
      if (part) expect(r.clockPausedSince !== null, r.state).toBe(r.state.endsWith('_supplement_requested'));
    }
  });
});

describe('the worklists of the residence service', () => {
  it('hold the files whose residence part is open, and count them', async () => {
    expect(ids(await f.all('rita', 'worklist=new'))).toEqual([idOf('decided')]);
    expect(ids(await f.all('rita', 'worklist=team'))).toEqual([idOf('decided')]);
    expect(await f.all('rita', 'worklist=decided')).toEqual([]);
    // The residence service sees the admissible files (all), not the ones still at the region.
    expect(new Set(ids(await f.all('rita', 'worklist=all')))).toEqual(
      new Set([idOf('admissible'), idOf('decided')]),
    );
    expect(await f.counts('rita')).toMatchObject({ new: 1, team: 1, mine: 0, waiting: 0 });
  });

  it('are another region’s business only for that region, and nobody else has an inbox', async () => {
    expect(ids(await f.all('bruno', 'worklist=all'))).toEqual([idOf('brussels')]);
    for (const user of ['anna', 'ada'] as const) {
      for (const url of ['/v1/inbox', '/v1/worklists', '/v1/team']) {
        const res = await h.app.inject({ method: 'GET', url, headers: await h.as(user) });
        expect(res.statusCode, `${user} ${url}`).toBe(403);
      }
    }
  });
});

describe('filters', () => {
  const filtered = async (query: string) => new Set(ids(await f.all('wout', `worklist=all&${query}`, 100)));

  it('narrow by category, province, state, nationality and assignee', async () => {
    expect(await filtered('category=shortage_occupation')).toEqual(
      new Set([idOf('overdue'), idOf('dueSoon')]),
    );
    expect(await filtered('category=eu_blue_card&category=shortage_occupation')).toEqual(
      new Set([idOf('overdue'), idOf('dueSoon'), idOf('admissible')]),
    );
    expect(await filtered('province=east_flanders')).toEqual(new Set([idOf('taken'), idOf('dueSoon')]));
    expect(await filtered('province=flemish_brabant')).toEqual(new Set([idOf('waiting')]));
    expect(await filtered('state=work_review')).toEqual(new Set([idOf('admissible')]));
    expect(await filtered('nationality=PH&nationality=JP')).toEqual(
      new Set([idOf('admissible'), idOf('waiting')]),
    );
    expect(await filtered('assignee=me')).toEqual(new Set([idOf('taken')]));
    const lotte = team.items.find((m) => m.name === 'Lotte Jacobs')?.id as string;
    expect(await filtered(`assignee=${encodeURIComponent(lotte)}`)).toEqual(new Set([idOf('admissible')]));
    expect((await filtered('assignee=none')).has(idOf('taken'))).toBe(false);
    const overdue = await f.all('wout', 'worklist=overdue&category=shortage_occupation&province=antwerp');
    expect(ids(overdue)).toEqual([idOf('overdue')]);
  });

  it('narrow by the legal deadline', async () => {
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    expect(await filtered(`deadlineTo=${iso(Date.now() - day)}`)).toEqual(new Set([idOf('overdue')]));
    expect(
      await filtered(`deadlineFrom=${iso(Date.now())}&deadlineTo=${iso(Date.now() + 10 * day)}`),
    ).toEqual(new Set([idOf('dueSoon')]));
  });

  it('find text in the reference, the employer’s name and the worker’s names', async () => {
    expect(await filtered('q=nakam')).toEqual(new Set([idOf('waiting')]));
    expect(await filtered('q=KARIM')).toEqual(new Set([idOf('overdue')]));
    expect(await filtered('q=karim%20hadd')).toEqual(new Set([idOf('overdue')]));
    expect(await filtered('q=karim%20santos')).toEqual(new Set());
    expect(await filtered('q=zorggroep')).toEqual(new Set([idOf('waiting')]));
    const reference = files.fresh?.reference as string;
    expect(await filtered(`q=${reference.slice(-6)}`)).toEqual(new Set([idOf('fresh')]));
    // Accents and case do not matter, either way.
    expect(await filtered('q=chidi%20okonk')).toEqual(new Set([idOf('fresh')]));
    expect(await filtered(`q=${encodeURIComponent('CHÍDÌ')}`)).toEqual(new Set([idOf('fresh')]));
    expect(await filtered(`q=${encodeURIComponent('NAKAMÚRA')}`)).toEqual(new Set([idOf('waiting')]));
    // What is typed is text, not a pattern.
    expect(await filtered('q=%25%25%25')).toEqual(new Set());
    expect(await filtered('q=nak_m')).toEqual(new Set());
    // Another region's file is not found by its worker's name.
    expect(await filtered('q=dubois')).toEqual(new Set());
    const short = await h.app.inject({ method: 'GET', url: '/v1/inbox?q=ab', headers: await h.as('wout') });
    expect(short.statusCode).toBe(400);
  });
});

describe('a text search, however it looks for its page', () => {
  // The statement tries three ways in turn (docs/inbox.md, "Text search"); tiny sizes make each
  // of them the one that answers on these few files.
  const ways: Record<string, SearchWalk> = {
    'the first entries in order': { sample: 1000, walk: 1000 },
    'reading on in order': { sample: 1, walk: 1000 },
    'the trigram index, sorted': { sample: 1, walk: 1 },
    'a short walk, then the index': { sample: 2, walk: 3 },
  };
  const caseworker: Actor = {
    id: 'search-plan-test',
    name: 'Search Plan Test',
    roles: ['work_caseworker'],
    employers: [],
    authority: { kind: 'work', region: 'flanders' },
  };

  it('returns the same pages in the same order as the text test on every file in the list', async () => {
    const everyFile = await f.all('wout', 'worklist=all', 100);
    const employerWord = normalizeForSearch(everyFile[0]?.employer.name ?? '').split(' ')[0] as string;
    const queries = [employerWord, 'nakam', `${employerWord} karim`, 'okonkwo chidi', 'nowhere'];
    expect(
      everyFile.filter((i) => i.employer.name.toLowerCase().includes(employerWord)).length,
    ).toBeGreaterThan(3);
    for (const sort of ['deadline', '-submitted'] as InboxSort[]) {
      const inOrder = await f.all('wout', `worklist=all&sort=${sort}`, 100);
      for (const q of queries) {
        const words = normalizeForSearch(q).split(' ');
        const expected = inOrder
          .filter((i) => {
            const text = searchTextOf([i.reference, i.employer.name, i.workerName]);
            return words.every((w) => text.includes(w));
          })
          .map((i) => i.id);
        for (const [way, searchWalk] of Object.entries(ways)) {
          const inbox = createInboxService({ db: h.db, searchWalk });
          for (const limit of [1, 2, 3]) {
            const found: string[] = [];
            let cursor: string | undefined;
            do {
              const page = await inbox.list(caseworker, { worklist: 'all', q, sort, limit, cursor });
              expect(page.items.length, `${way}, ${q}, ${sort}, ${limit}`).toBeLessThanOrEqual(limit);
              found.push(...page.items.map((i) => i.id));
              cursor = page.nextCursor ?? undefined;
            } while (cursor);
            expect(found, `${way}, ${q}, ${sort}, limit ${limit}`).toEqual(expected);
          }
        }
      }
    }
  });
});

describe('sorting and paging', () => {
  it('pages with an opaque cursor without repeating or losing a file, in every order', async () => {
    const everything = new Set(ids(await f.all('wout', 'worklist=all', 100)));
    for (const sort of [
      'deadline',
      '-deadline',
      'submitted',
      '-submitted',
      'updated',
      '-updated',
      'decided',
      '-decided',
    ]) {
      const paged = await f.all('wout', `worklist=all&sort=${sort}`, 2);
      expect(new Set(ids(paged)), sort).toEqual(everything);
      expect(paged.length, sort).toBe(everything.size);
      const field = sort.replace('-', '');
      const key = (i: InboxItem) =>
        field === 'deadline' ? i.legalDeadline : field === 'submitted' ? i.submittedAt : i.updatedAt;
      const values = paged.map(key).filter((v): v is string => v !== null);
      const sorted = [...values].sort();
      if (sort.startsWith('-')) sorted.reverse();
      if (field === 'submitted' || field === 'updated') expect(values, sort).toEqual(sorted);
    }
  });

  it('refuses a cursor made for another order', async () => {
    const page = await f.inbox('wout', 'worklist=all&limit=1&sort=submitted');
    const res = await h.app.inject({
      method: 'GET',
      url: `/v1/inbox?worklist=all&limit=1&sort=updated&cursor=${page.nextCursor}`,
      headers: await h.as('wout'),
    });
    expect(res.statusCode).toBe(400);
  });
});

describe('deadlines on each row', () => {
  it('show the legal deadline, the pause, the days left, the hand-off and the category target', async () => {
    const byId = new Map((await f.all('wout', 'worklist=all', 100)).map((i) => [i.id, i]));
    const overdue = byId.get(idOf('overdue'));
    expect(overdue).toMatchObject({ paused: false, extended: false, part: 'work', assignee: null });
    expect(overdue?.daysLeft).toBeLessThan(0);
    const dueSoon = byId.get(idOf('dueSoon'));
    expect(dueSoon?.daysLeft).toBeGreaterThanOrEqual(5);
    expect(dueSoon?.daysLeft).toBeLessThanOrEqual(6);
    const waiting = byId.get(idOf('waiting'));
    expect(waiting?.paused).toBe(true);
    // The same clock as the case view.
    const detail = await steps.call<ApplicationDetail>('wout', 'GET', `/v1/applications/${idOf('waiting')}`);
    expect(waiting?.legalDeadline).toBe(detail.clock?.deadline);
    expect(waiting?.daysLeft).toBe(detail.clock?.daysLeft);

    // Hand-off: 15 days after admissibility, while the work part is open after it.
    const admissible = byId.get(idOf('admissible'));
    const admissibleAt = Date.parse(admissible?.admissibleAt as string);
    expect(admissible?.handOffDueDate).toBe(new Date(admissibleAt + 15 * day).toISOString().slice(0, 10));
    expect(admissible?.assignee?.name).toBe('Lotte Jacobs');
    expect(byId.get(idOf('fresh'))?.handOffDueDate).toBeNull();
    // Flemish category targets (2023): EU Blue Card 6 weeks, shortage occupation 9, others 3.
    const submittedAt = (name: string) => Date.parse(byId.get(idOf(name))?.submittedAt as string);
    const target = (name: string, weeks: number) =>
      new Date(submittedAt(name) + weeks * 7 * day).toISOString().slice(0, 10);
    expect(admissible?.categoryTargetDate).toBe(target('admissible', 6));
    expect(overdue?.categoryTargetDate).toBe(target('overdue', 9));
    expect(byId.get(idOf('fresh'))?.categoryTargetDate).toBe(target('fresh', 6));
    // Brussels published no targets; the residence service has none.
    const brussels = (await f.inbox('bruno', 'worklist=all')).items[0];
    expect(brussels?.categoryTargetDate).toBeNull();
    expect((await f.inbox('rita', 'worklist=new')).items[0]?.categoryTargetDate).toBeNull();
    expect(byId.get(idOf('decided'))).toMatchObject({ part: 'work', categoryTargetDate: null });
    expect(byId.get(idOf('decided'))?.decidedAt).not.toBeNull();
  });
});
