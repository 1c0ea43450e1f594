import type { Actor } from '@loket/auth';
import { Prisma } from '@loket/db';
import type { AuthorityKind, Region, Role } from '@loket/domain';

/**
 * Who may see what, in one place. Every read of an application or a document goes through these
 * filters, so a rule is written once and enforced by the database query itself: what a user may
 * not see is simply not found (404), which also hides that it exists.
 *
 * - an applicant sees the applications of the employers they act for (the `employers` claim);
 * - a work caseworker sees submitted applications whose place of employment is in their region;
 * - the residence service sees an application once the work service declared it admissible;
 * - an analyst sees no individual application, nor does the team-lead role by itself (a team lead
 *   sees files through their caseworker role only).
 *
 * The rules are decided once, as grants (`applicationGrants`, `documentGrants`), and rendered
 * twice: as Prisma filters, and as SQL for the few hot reads that skip Prisma's per-query
 * compilation (the inbox, the case view; docs/inbox.md "Performance"). Both renderings sit here,
 * side by side, and access.policy.test.ts proves they select the same rows for every kind of actor.
 */
type ApplicationGrant =
  | { to: 'employers'; enterpriseNumbers: string[] }
  | { to: 'submitted_in_region'; region: Region }
  | { to: 'admissible' };

type DocumentGrant =
  | { to: 'applicant_documents'; enterpriseNumbers: string[] }
  | { to: 'audience'; kind: AuthorityKind };

function applicationGrants(actor: Actor): ApplicationGrant[] {
  const grants: ApplicationGrant[] = [];
  if (actor.roles.includes('applicant') && actor.employers.length > 0) {
    grants.push({ to: 'employers', enterpriseNumbers: actor.employers });
  }
  if (actor.roles.includes('work_caseworker') && actor.authority?.kind === 'work') {
    grants.push({ to: 'submitted_in_region', region: actor.authority.region });
  }
  if (actor.roles.includes('residence_officer') && actor.authority?.kind === 'residence') {
    grants.push({ to: 'admissible' });
  }
  return grants;
}

function applicationGrantWhere(g: ApplicationGrant): Prisma.ApplicationWhereInput {
  switch (g.to) {
    case 'employers':
      return { employer: { enterpriseNumber: { in: g.enterpriseNumbers } } };
    case 'submitted_in_region':
      return { region: g.region, submittedAt: { not: null } };
    case 'admissible':
      return { admissibleAt: { not: null } };
  }
}

export function applicationScope(actor: Actor): Prisma.ApplicationWhereInput {
  const grants = applicationGrants(actor).map(applicationGrantWhere);
  // An impossible condition rather than an empty OR, whose meaning differs between query engines.
  return grants.length > 0 ? { OR: grants } : { id: { in: [] } };
}

/**
 * `applicationScope` as an SQL condition on the application table under `alias`, with the values
 * as parameters. Written as Prisma writes the same filter (an enum as a cast of a text parameter),
 * so the planner sees what it saw before and the inbox's partial indexes still apply.
 */
export function applicationScopeSql(actor: Actor, alias = 'a'): Prisma.Sql {
  const a = sqlAlias(alias);
  const grants = applicationGrants(actor).map((g) => applicationGrantSql(g, a));
  return grants.length > 0 ? Prisma.sql`(${Prisma.join(grants, ' OR ')})` : Prisma.sql`FALSE`;
}

function applicationGrantSql(g: ApplicationGrant, a: Prisma.Sql): Prisma.Sql {
  switch (g.to) {
    case 'employers':
      return Prisma.sql`${a}.employer_id IN (SELECT o.id FROM organisation o
        WHERE o.enterprise_number = ANY(${g.enterpriseNumbers}::text[]))`;
    case 'submitted_in_region':
      return Prisma.sql`(${a}.region = CAST(${g.region}::text AS "Region") AND ${a}.submitted_at IS NOT NULL)`;
    case 'admissible':
      return Prisma.sql`${a}.admissible_at IS NOT NULL`;
  }
}

/**
 * The employers an applicant acts for (an agent: several): those whose enterprise number is in
 * the token's `employers` claim. Anyone else acts for none.
 */
export function actsForEmployer(actor: Actor): Prisma.OrganisationWhereInput {
  if (!actor.roles.includes('applicant') || actor.employers.length === 0) return { id: { in: [] } };
  return { kind: 'employer', enterpriseNumber: { in: actor.employers } };
}

/** The authority an actor works for, if any: decides which documents' audiences they are in. */
export function authorityKindOf(actor: Actor): AuthorityKind | undefined {
  return actor.authority?.kind;
}

function documentGrants(actor: Actor): DocumentGrant[] {
  const grants: DocumentGrant[] = [];
  if (actor.roles.includes('applicant')) {
    grants.push({ to: 'applicant_documents', enterpriseNumbers: actor.employers });
  }
  const kind = authorityKindOf(actor);
  if (kind) grants.push({ to: 'audience', kind });
  return grants;
}

/**
 * Which documents of a visible application the actor may see: the applicant sees all they filed
 * and what the authorities shared with them; an authority sees only the documents whose audience
 * includes it (a medical certificate is the residence service's business, not the region's; an
 * internal note of one service is not the other's).
 */
export function documentScope(actor: Actor): Prisma.DocumentWhereInput {
  const grants = documentGrants(actor).map(documentGrantWhere);
  return grants.length > 0 ? { OR: grants } : { id: { in: [] } };
}

function documentGrantWhere(g: DocumentGrant): Prisma.DocumentWhereInput {
  switch (g.to) {
    case 'applicant_documents':
      return {
        visibleToApplicant: true,
        application: { employer: { enterpriseNumber: { in: g.enterpriseNumbers } } },
      };
    case 'audience':
      return { audience: { in: ['both', g.kind] } };
  }
}

/** `documentScope` as an SQL condition on the document table under `alias` (see applicationScopeSql). */
export function documentScopeSql(actor: Actor, alias = 'd'): Prisma.Sql {
  const d = sqlAlias(alias);
  const grants = documentGrants(actor).map((g) => documentGrantSql(g, d));
  return grants.length > 0 ? Prisma.sql`(${Prisma.join(grants, ' OR ')})` : Prisma.sql`FALSE`;
}

function documentGrantSql(g: DocumentGrant, d: Prisma.Sql): Prisma.Sql {
  switch (g.to) {
    case 'applicant_documents':
      return Prisma.sql`(${d}.visible_to_applicant AND ${d}.application_id IN (
        SELECT da.id FROM application da JOIN organisation o ON o.id = da.employer_id
         WHERE o.enterprise_number = ANY(${g.enterpriseNumbers}::text[])))`;
    case 'audience':
      return Prisma.sql`${d}.audience IN ('both', CAST(${g.kind}::text AS "Audience"))`;
  }
}

/** The roles of the actor that the procedure knows, in the order they are tried for an action. */
export function procedureRoles(actor: Actor): Role[] {
  return actor.roles.filter((r) => r !== 'analyst' && r !== 'team_lead');
}

/** A table alias for the SQL renderings: a fixed identifier chosen by the caller, never input. */
function sqlAlias(alias: string): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/.test(alias)) throw new Error(`not an SQL alias: ${alias}`);
  return Prisma.raw(alias);
}
