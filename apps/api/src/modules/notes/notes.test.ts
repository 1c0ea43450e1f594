import type { CaseNote, CaseNoteList } from '@loket/contracts';
import { describe, expect, it } from 'vitest';
import { useHarness } from '../../testing/use-harness.ts';

const { h, steps } = useHarness();

describe('internal notes', () => {
  it("are read by the author's authority only: never by the other authority or the applicant", async () => {
    const app = await steps.admissible();
    const note = await steps.call<CaseNote>('wout', 'POST', `/v1/applications/${app.id}/notes`, {
      text: 'Employer called: contract signed on 3 March.',
    });
    expect(note).toMatchObject({ part: 'work', authorName: 'Wout Maes' });
    await steps.call('rita', 'POST', `/v1/applications/${app.id}/notes`, {
      text: 'Check the address with the commune.',
    });

    const work = await steps.call<CaseNoteList>('wout', 'GET', `/v1/applications/${app.id}/notes`);
    expect(work.items.map((n) => n.text)).toEqual(['Employer called: contract signed on 3 March.']);
    const residence = await steps.call<CaseNoteList>('rita', 'GET', `/v1/applications/${app.id}/notes`);
    expect(residence.items.map((n) => n.text)).toEqual(['Check the address with the commune.']);

    const asApplicant = await h.app.inject({
      method: 'GET',
      url: `/v1/applications/${app.id}/notes`,
      headers: await h.as('anna'),
    });
    expect(asApplicant.statusCode).toBe(403);
  });

  it('are refused on a file the caseworker cannot see', async () => {
    const app = await steps.submitted('anna', '2000');
    const res = await h.app.inject({
      method: 'POST',
      url: `/v1/applications/${app.id}/notes`,
      headers: await h.as('bruno'),
      payload: { text: 'Not my region.' },
    });
    expect(res.statusCode).toBe(404);
    expect(await h.db.caseNote.count({ where: { applicationId: app.id } })).toBe(0);
  });
});
