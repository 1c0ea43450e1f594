import type { ApplicationList, Employer, EmployerList } from '@loket/contracts';
import { demoIds } from '@loket/db';
import { describe, expect, it } from 'vitest';
import { useHarness } from '../../testing/use-harness.ts';

const { h, steps } = useHarness();
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe('an agent acting for several employers', () => {
  it('lists the employers of the token’s claim, each with how its applications stand', async () => {
    const draft = await steps.draft('sofie', '2000');
    const submitted = await steps.submitted('sofie', '1000');
    await steps.call('bruno', 'POST', `/v1/applications/${submitted.id}/supplement-requests`, {
      documentTypes: ['cv'],
      message: 'Add the CV.',
      dueDate: inDays(10),
    });

    const sofies = await steps.call<EmployerList>('sofie', 'GET', '/v1/employers');
    expect(sofies.items.map((e) => [e.name, e.applications])).toEqual([
      ['Brouwerij De Klok NV', { drafts: 1, open: 0, waitingForApplicant: 0 }],
      ['Zorggroep Horizon VZW', { drafts: 0, open: 1, waitingForApplicant: 1 }],
    ]);
    expect(draft.employer.id).toBe(demoIds.brouwerij);
    const annas = await steps.call<EmployerList>('anna', 'GET', '/v1/employers');
    expect(annas.items.map((e) => e.id)).toEqual([demoIds.brouwerij]);
    // A caseworker acts for no employer.
    expect((await steps.call<EmployerList>('wout', 'GET', '/v1/employers')).items).toEqual([]);
  });

  it('reads one employer it acts for; any other is not found', async () => {
    const zorggroep = await steps.call<Employer>('sofie', 'GET', `/v1/employers/${demoIds.zorggroep}`);
    expect(zorggroep).toMatchObject({ name: 'Zorggroep Horizon VZW', enterpriseNumber: '0812345603' });
    expect(zorggroep.establishmentUnits.map((u) => u.postalCode).sort()).toEqual(['1000', '3000']);
    for (const [user, id] of [
      ['anna', demoIds.zorggroep],
      ['wout', demoIds.brouwerij],
      ['sofie', '00000000-0000-4000-8000-00000000dead'],
    ] as const) {
      const res = await h.app.inject({
        method: 'GET',
        url: `/v1/employers/${id}`,
        headers: await h.as(user),
      });
      expect(res.statusCode, `${user} ${id}`).toBe(404);
      expect(res.json()).toMatchObject({ code: 'not_found' });
    }
    const malformed = await h.app.inject({
      method: 'GET',
      url: '/v1/employers/x',
      headers: await h.as('sofie'),
    });
    expect(malformed.statusCode).toBe(400);
  });

  it('filters the applications per employer, and answers 404 for an employer it does not act for', async () => {
    const ofZorggroep = await steps.call<ApplicationList>(
      'sofie',
      'GET',
      `/v1/applications?employerId=${demoIds.zorggroep}`,
    );
    expect(ofZorggroep.items.length).toBeGreaterThan(0);
    expect(ofZorggroep.items.every((a) => a.employer.id === demoIds.zorggroep)).toBe(true);

    const foreign = await h.app.inject({
      method: 'GET',
      url: `/v1/applications?employerId=${demoIds.zorggroep}`,
      headers: await h.as('anna'),
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.headers['content-type']).toContain('application/problem+json');
    expect(foreign.json()).toMatchObject({ code: 'not_found' });
    // An authority filters within what it may see: Brussels sees Zorggroep's one submitted file.
    const bruno = await steps.call<ApplicationList>(
      'bruno',
      'GET',
      `/v1/applications?employerId=${demoIds.zorggroep}`,
    );
    expect(bruno.items.map((a) => a.id)).toEqual(ofZorggroep.items.map((a) => a.id));
  });
});
