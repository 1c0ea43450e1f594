import { type Region, type Role, regions, roles } from '@loket/domain';

/** Who is acting, as far as Loket's rules care; built from verified access token claims only. */
export interface Actor {
  /** The token's `sub`: stable per user at the identity provider. */
  id: string;
  name: string;
  roles: Role[];
  /** Enterprise numbers of the employers the person may act for. */
  employers: string[];
  /** The authority an officer works for; absent for everyone else and for unknown codes. */
  authority?: { kind: 'work'; region: Region } | { kind: 'residence' };
  /** The token's `email` claim, when present: where Loket writes to an applicant. */
  email?: string;
}

/** The subset of claims read here; anything else in the token is ignored. */
export interface ActorClaims {
  sub: string;
  name?: unknown;
  given_name?: unknown;
  family_name?: unknown;
  preferred_username?: unknown;
  realm_access?: unknown;
  employers?: unknown;
  authority?: unknown;
  email?: unknown;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const knownRole = (value: string): value is Role => (roles as readonly string[]).includes(value);

/** The identity provider's authority codes: `work_<region>` for the regional work services. */
function authorityFromCode(code: unknown): Actor['authority'] {
  if (code === 'residence_federal') return { kind: 'residence' };
  if (!isString(code) || !code.startsWith('work_')) return undefined;
  const region = code.slice('work_'.length);
  return (regions as readonly string[]).includes(region)
    ? { kind: 'work', region: region as Region }
    : undefined;
}

function strings(value: unknown): string[] {
  // Keycloak sends a single value as a bare string when a mapper is not marked multivalued.
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return [
    ...new Set(
      list
        .filter(isString)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ];
}

export function actorFromClaims(claims: ActorClaims): Actor {
  const realmAccess = claims.realm_access as { roles?: unknown } | undefined;
  const actorRoles = strings(realmAccess?.roles).filter(knownRole);
  const fullName = [claims.given_name, claims.family_name].filter(isString).join(' ').trim();
  const name =
    (isString(claims.name) && claims.name.trim()) ||
    fullName ||
    (isString(claims.preferred_username) && claims.preferred_username) ||
    claims.sub;
  const authority = authorityFromCode(claims.authority);
  const email =
    isString(claims.email) && /^[^\s@]+@[^\s@]+$/.test(claims.email.trim()) ? claims.email.trim() : '';
  return {
    id: claims.sub,
    name,
    roles: actorRoles,
    employers: strings(claims.employers),
    ...(authority ? { authority } : {}),
    ...(email ? { email } : {}),
  };
}
