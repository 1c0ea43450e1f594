import type { ApplicationDetail, InboxList, Worklists } from '@loket/contracts';
import type { Category } from '@loket/domain';
import { syncClock } from '../modules/deadlines/clock-sync.ts';
import type { DemoUser, Harness } from './harness.ts';
import type { journey } from './journey.ts';

const day = 86_400_000;

/** Steps for inbox tests: files with a worker of one's choosing, time travel, list reading. */
export function inboxSteps(h: Harness, steps: ReturnType<typeof journey>) {
  const self = {
    /** A submitted application with the given worker and category (the rest as steps.draft). */
    async filed(
      user: DemoUser,
      postalCode: string,
      worker: { givenName?: string; familyName?: string; nationality?: string; category?: Category } = {},
    ): Promise<ApplicationDetail> {
      const draft = await steps.draft(user, postalCode);
      const { category, ...names } = worker;
      const edited = await steps.call<ApplicationDetail>(user, 'PATCH', `/v1/applications/${draft.id}`, {
        version: draft.version,
        ...(category ? { category } : {}),
        worker: names,
      });
      await steps.uploadChecklist(user, edited);
      return steps.call<ApplicationDetail>(user, 'POST', `/v1/applications/${draft.id}/submit`);
    },

    /**
     * Moves a file's past back by `days` (filing, admissibility, supplement requests), as if it
     * had been filed that much earlier, and lets the stored clock follow, as a change would.
     */
    async backdate(id: string, days: number) {
      const app = await h.db.application.findUniqueOrThrow({
        where: { id },
        include: { supplementRequests: true },
      });
      const back = (d: Date | null) => (d ? new Date(d.getTime() - days * day) : d);
      await h.db.application.update({
        where: { id },
        data: {
          createdAt: back(app.createdAt) as Date,
          submittedAt: back(app.submittedAt),
          admissibleAt: back(app.admissibleAt),
        },
      });
      for (const r of app.supplementRequests) {
        await h.db.supplementRequest.update({
          where: { id: r.id },
          data: { createdAt: back(r.createdAt) as Date, answeredAt: back(r.answeredAt) },
        });
      }
      await syncClock(h.db, id);
    },

    async inbox(user: DemoUser, query = ''): Promise<InboxList> {
      return steps.call<InboxList>(user, 'GET', `/v1/inbox${query ? `?${query}` : ''}`);
    },

    /** Every item of a list, page by page (checks that no page repeats an item). */
    async all(user: DemoUser, query = '', limit = 2): Promise<InboxList['items']> {
      const items: InboxList['items'] = [];
      let cursor: string | null = null;
      do {
        const params = [query, `limit=${limit}`, cursor ? `cursor=${cursor}` : ''].filter(Boolean).join('&');
        const page: InboxList = await self.inbox(user, params);
        items.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return items;
    },

    async counts(user: DemoUser): Promise<Record<string, number>> {
      const lists = await steps.call<Worklists>(user, 'GET', '/v1/worklists');
      return Object.fromEntries(lists.items.map((i) => [i.key, i.count]));
    },

    /** A change as a client that saw `version` sends it. */
    async send(user: DemoUser, method: 'POST' | 'PUT', url: string, payload: object, version?: number) {
      return h.app.inject({
        method,
        url,
        headers: { ...(await h.as(user)), ...(version === undefined ? {} : { 'if-match': `"${version}"` }) },
        payload,
      });
    },
  };
  return self;
}
