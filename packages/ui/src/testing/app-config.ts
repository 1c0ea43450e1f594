import { readFile } from 'node:fs/promises';
import { isValidElement, type ReactElement } from 'react';
import type { AppConfig } from '../mount.tsx';
import { resolveRoute } from '../routes.ts';

/** For an app's own tests: the element an address renders (not mounted: pages need a signed-in session). */
export function pageAt(config: AppConfig, pathname: string): ReactElement<Record<string, unknown>> | null {
  const match = resolveRoute(config.routes, pathname);
  if (!match) return null;
  const element = match.route.render(match.params);
  if (!isValidElement<Record<string, unknown>>(element)) throw new Error(`${pathname} renders no element`);
  return element;
}

/** The client ids and realm roles that the Keycloak realm in infra/keycloak registers. */
export async function realmRegistrations(): Promise<{ clients: string[]; roles: string[] }> {
  const realm = JSON.parse(
    await readFile(new URL('../../../../infra/keycloak/loket-realm.json', import.meta.url), 'utf8'),
  ) as { clients: { clientId: string }[]; roles: { realm: { name: string }[] } };
  return { clients: realm.clients.map((c) => c.clientId), roles: realm.roles.realm.map((r) => r.name) };
}
