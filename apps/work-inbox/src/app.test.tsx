import { readFile } from 'node:fs/promises';
import { CaseView, resolveRoute } from '@loket/ui';
import { isValidElement, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { appConfig } from './app.tsx';
import { CasePage } from './pages/CasePage.tsx';
import { QueuePage } from './pages/QueuePage.tsx';

/** The element an address renders (not mounted: the pages themselves need a signed-in session). */
function pageAt(pathname: string): ReactElement<Record<string, unknown>> | null {
  const match = resolveRoute(appConfig.routes, pathname);
  if (!match) return null;
  const element = match.route.render(match.params);
  if (!isValidElement<Record<string, unknown>>(element)) throw new Error(`${pathname} renders no element`);
  return element;
}

describe('work inbox', () => {
  it('is for work caseworkers, signed in with its own client that the realm registers', async () => {
    expect(appConfig.requiredRole).toBe('work_caseworker');
    expect(appConfig.clientId).toBe('loket-work-inbox');
    const realm = JSON.parse(
      await readFile(new URL('../../../infra/keycloak/loket-realm.json', import.meta.url), 'utf8'),
    ) as { clients: { clientId: string }[]; roles: { realm: { name: string }[] } };
    expect(realm.clients.map((c) => c.clientId)).toContain(appConfig.clientId);
    expect(realm.roles.realm.map((r) => r.name)).toContain(appConfig.requiredRole);
  });

  it('opens the queue at / and a case on its work part at /applications/:id', () => {
    const id = '00000000-0000-4000-8000-000000002001';
    expect(pageAt('/')?.type).toBe(QueuePage);
    const casePage = pageAt(`/applications/${id}`);
    expect(casePage?.type).toBe(CasePage);
    expect(casePage?.props.id).toBe(id);
    // Keyed by the id, so going from one case to the next starts the page afresh.
    expect(casePage?.key).toBe(id);
    const view = CasePage({ id });
    expect(view.type).toBe(CaseView);
    expect(view.props).toMatchObject({ id, part: 'work' });
  });

  it('has no page for other addresses', () => {
    expect(pageAt('/applications')).toBeNull();
    expect(pageAt('/applications/1/documents')).toBeNull();
  });
});
