export interface KeycloakLocation {
  url: string;
  realm: string;
}

/**
 * keycloak-js wants the server URL and the realm apart, while the platform configures one issuer
 * URL (`<server>/realms/<realm>`), the value the API checks tokens against. Splitting it here
 * keeps a single setting for both sides.
 */
export function splitIssuer(issuer: string): KeycloakLocation {
  let parsed: URL;
  try {
    parsed = new URL(issuer);
  } catch {
    throw new Error(`The OIDC issuer "${issuer}" is not a URL.`);
  }
  const m = /^(.*)\/realms\/([^/]+)\/?$/.exec(parsed.pathname);
  if (!m?.[2]) {
    throw new Error(`The OIDC issuer "${issuer}" is not a Keycloak realm URL (…/realms/<realm>).`);
  }
  return { url: `${parsed.origin}${m[1] ?? ''}`, realm: decodeURIComponent(m[2]) };
}
