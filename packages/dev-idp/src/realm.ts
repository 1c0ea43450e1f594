import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Reads the parts of a Keycloak realm export the development identity provider needs, so the realm file
 * in infra/keycloak stays the one place where clients, roles and demo users are defined.
 */

export const defaultRealmFile = fileURLToPath(
  new URL('../../../infra/keycloak/loket-realm.json', import.meta.url),
);

/** A claim a Keycloak protocol mapper adds, and to which tokens it adds it. */
export interface AttributeClaim {
  attribute: string;
  claim: string;
  multivalued: boolean;
  idToken: boolean;
  accessToken: boolean;
  userinfo: boolean;
}

export interface RealmClient {
  clientId: string;
  /** Keycloak patterns: exact URIs, or a prefix ending in `*`. */
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  /** Exact origins, `*` (any), or `+` (the origins of the redirect URIs). */
  webOrigins: string[];
  audiences: string[];
  attributeClaims: AttributeClaim[];
}

export interface RealmUser {
  id: string;
  username: string;
  firstName: string;
  lastName: string;
  email: string | undefined;
  emailVerified: boolean;
  realmRoles: string[];
  attributes: Record<string, string[]>;
  /** SHA-256 of the password; only digests are kept in memory. */
  passwordDigest: Buffer | undefined;
}

export interface Realm {
  name: string;
  displayName: string;
  roles: string[];
  clients: RealmClient[];
  users: RealmUser[];
}

// Only the fields read below; a real export carries many more.
interface MapperRepresentation {
  protocol?: string;
  protocolMapper?: string;
  config?: Record<string, string>;
}
interface RealmRepresentation {
  realm?: string;
  displayName?: string;
  roles?: { realm?: { name?: string }[] };
  clients?: {
    clientId?: string;
    enabled?: boolean;
    publicClient?: boolean;
    standardFlowEnabled?: boolean;
    redirectUris?: string[];
    webOrigins?: string[];
    attributes?: Record<string, string>;
    protocolMappers?: MapperRepresentation[];
  }[];
  users?: {
    id?: string;
    username?: string;
    enabled?: boolean;
    firstName?: string;
    lastName?: string;
    email?: string;
    emailVerified?: boolean;
    realmRoles?: string[];
    attributes?: Record<string, string[] | string>;
    credentials?: { type?: string; value?: string; temporary?: boolean }[];
  }[];
}

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** Keycloak stores `##`-separated lists in client attributes; `+` means "same as the redirect URIs". */
function postLogoutRedirects(
  attributes: Record<string, string> | undefined,
  redirectUris: string[],
): string[] {
  const raw = attributes?.['post.logout.redirect.uris'];
  if (raw === undefined || raw === '') return [];
  return raw.split('##').flatMap((entry) => (entry === '+' ? redirectUris : [entry]));
}

/** A stable identifier for users the export gives no `id`, so `sub` does not change between restarts. */
function derivedUserId(realm: string, username: string): string {
  const hex = createHash('sha256').update(`${realm}/${username}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function parseRealm(representation: unknown): Realm {
  const rep = representation as RealmRepresentation;
  if (typeof rep !== 'object' || rep === null || typeof rep.realm !== 'string' || rep.realm === '') {
    throw new Error('not a Keycloak realm export: "realm" is missing');
  }
  const name = rep.realm;
  const roles = (rep.roles?.realm ?? []).flatMap((r) => (typeof r.name === 'string' ? [r.name] : []));

  const clients: RealmClient[] = (rep.clients ?? [])
    // The development IdP only plays public browser clients using the authorization code flow.
    .filter(
      (c) => c.clientId && c.enabled !== false && c.publicClient === true && c.standardFlowEnabled !== false,
    )
    .map((c) => {
      const redirectUris = c.redirectUris ?? [];
      const mappers = (c.protocolMappers ?? []).filter(
        (m) => (m.protocol ?? 'openid-connect') === 'openid-connect',
      );
      const flag = (m: MapperRepresentation, key: string) => m.config?.[key] === 'true';
      return {
        clientId: c.clientId as string,
        redirectUris,
        postLogoutRedirectUris: postLogoutRedirects(c.attributes, redirectUris),
        webOrigins: c.webOrigins ?? [],
        audiences: mappers
          .filter((m) => m.protocolMapper === 'oidc-audience-mapper' && flag(m, 'access.token.claim'))
          .flatMap(
            (m) => m.config?.['included.custom.audience'] ?? m.config?.['included.client.audience'] ?? [],
          )
          .filter((aud) => aud !== ''),
        attributeClaims: mappers
          .filter((m) => m.protocolMapper === 'oidc-usermodel-attribute-mapper')
          .flatMap((m) => {
            const attribute = m.config?.['user.attribute'];
            const claim = m.config?.['claim.name'];
            if (!attribute || !claim) return [];
            return [
              {
                attribute,
                claim,
                multivalued: flag(m, 'multivalued'),
                idToken: flag(m, 'id.token.claim'),
                accessToken: flag(m, 'access.token.claim'),
                userinfo: flag(m, 'userinfo.token.claim'),
              },
            ];
          }),
      };
    });

  const users: RealmUser[] = (rep.users ?? [])
    .filter((u) => typeof u.username === 'string' && u.username !== '' && u.enabled !== false)
    .map((u) => {
      const username = (u.username as string).toLowerCase();
      // Exports from a running Keycloak carry only hashes; those users cannot log in here.
      const password = u.credentials?.find(
        (c) => c.type === 'password' && typeof c.value === 'string',
      )?.value;
      return {
        id: u.id ?? derivedUserId(name, username),
        username,
        firstName: u.firstName ?? '',
        lastName: u.lastName ?? '',
        email: u.email?.toLowerCase(),
        emailVerified: u.emailVerified === true,
        realmRoles: u.realmRoles ?? [],
        attributes: Object.fromEntries(
          Object.entries(u.attributes ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v : [v]]),
        ),
        passwordDigest: password === undefined ? undefined : digest(password),
      };
    });

  return { name, displayName: rep.displayName || name, roles, clients, users };
}

export function loadRealm(file: string = defaultRealmFile): Realm {
  return parseRealm(JSON.parse(readFileSync(file, 'utf8')));
}

/** Keycloak lets users log in with their username or, by default, their email address. */
export function findUserByLogin(realm: Realm, login: string): RealmUser | undefined {
  const wanted = login.trim().toLowerCase();
  if (wanted === '') return undefined;
  return realm.users.find((u) => u.username === wanted) ?? realm.users.find((u) => u.email === wanted);
}

export function checkPassword(user: RealmUser | undefined, password: string): boolean {
  // Compare even for an unknown user so the response time does not reveal which usernames exist.
  const expected = user?.passwordDigest ?? digest('\u0000no user\u0000');
  return timingSafeEqual(expected, digest(password)) && user?.passwordDigest !== undefined;
}

export type TokenKind = 'access' | 'id' | 'userinfo';

/**
 * The claims Keycloak's default client scopes (profile, email, roles) and the client's attribute mappers
 * put into the given kind of token for this user.
 */
export function userClaims(
  realm: Realm,
  user: RealmUser,
  client: RealmClient | undefined,
  kind: TokenKind,
): Record<string, unknown> {
  const name = [user.firstName, user.lastName].filter(Boolean).join(' ');
  const claims: Record<string, unknown> = {
    sub: user.id,
    preferred_username: user.username,
    ...(name ? { name } : {}),
    ...(user.firstName ? { given_name: user.firstName } : {}),
    ...(user.lastName ? { family_name: user.lastName } : {}),
    ...(user.email ? { email: user.email, email_verified: user.emailVerified } : {}),
  };
  if (kind === 'access') {
    // Keycloak's "realm roles" mapper only writes roles the realm defines.
    claims.realm_access = { roles: user.realmRoles.filter((r) => realm.roles.includes(r)) };
  }
  for (const mapper of client?.attributeClaims ?? []) {
    const wanted = kind === 'access' ? mapper.accessToken : kind === 'id' ? mapper.idToken : mapper.userinfo;
    const values = user.attributes[mapper.attribute];
    if (!wanted || values === undefined || values.length === 0) continue;
    claims[mapper.claim] = mapper.multivalued ? [...values] : values[0];
  }
  return claims;
}
