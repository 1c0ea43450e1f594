import { CaseView } from '@loket/ui';
import { pageAt, realmRegistrations } from '@loket/ui/testing';
import { describe, expect, it } from 'vitest';
import { appConfig } from './app.tsx';
import { CasePage } from './pages/CasePage.tsx';
import { QueuePage } from './pages/QueuePage.tsx';

describe('work inbox', () => {
  it('is for work caseworkers, signed in with its own client that the realm registers', async () => {
    expect(appConfig.requiredRole).toBe('work_caseworker');
    expect(appConfig.clientId).toBe('loket-work-inbox');
    const realm = await realmRegistrations();
    expect(realm.clients).toContain(appConfig.clientId);
    expect(realm.roles).toContain(appConfig.requiredRole);
  });

  it('opens the queue at / and a case on its work part at /applications/:id', () => {
    const id = '00000000-0000-4000-8000-000000002001';
    expect(pageAt(appConfig, '/')?.type).toBe(QueuePage);
    const casePage = pageAt(appConfig, `/applications/${id}`);
    expect(casePage?.type).toBe(CasePage);
    expect(casePage?.props.id).toBe(id);
    // Keyed by the id, so going from one case to the next starts the page afresh.
    expect(casePage?.key).toBe(id);
    const view = CasePage({ id });
    expect(view.type).toBe(CaseView);
    expect(view.props).toMatchObject({ id, part: 'work' });
  });

  it('has no page for other addresses', () => {
    expect(pageAt(appConfig, '/applications')).toBeNull();
    expect(pageAt(appConfig, '/applications/1/documents')).toBeNull();
  });
});
