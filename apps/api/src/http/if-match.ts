import type { IfMatchHeaders } from '@loket/contracts';

/**
 * The version a client saw, from `If-Match: "<version>"` (the ETag of GET /v1/applications/:id;
 * a weak `W/"7"` or a bare `7` are read the same). Undefined when the header is absent or `*`
 * (any version): the change is then checked against the version read when the request arrives.
 */
export function ifMatchVersion(headers: IfMatchHeaders): number | undefined {
  const value = headers['if-match'];
  if (value === undefined) return undefined;
  const digits = value.match(/[0-9]+/)?.[0];
  return digits === undefined ? undefined : Number(digits);
}

/** The ETag of an application at `version`, the value If-Match sends back. */
export const etagOf = (version: number) => `"${version}"`;
