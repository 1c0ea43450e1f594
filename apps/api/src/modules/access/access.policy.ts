import type { Actor } from '@loket/auth';
import type { Prisma } from '@loket/db';
import type { AuthorityKind, Role } from '@loket/domain';

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
 */
export function applicationScope(actor: Actor): Prisma.ApplicationWhereInput {
  const grants: Prisma.ApplicationWhereInput[] = [];
  if (actor.roles.includes('applicant') && actor.employers.length > 0) {
    grants.push({ employer: { enterpriseNumber: { in: actor.employers } } });
  }
  if (actor.roles.includes('work_caseworker') && actor.authority?.kind === 'work') {
    grants.push({ region: actor.authority.region, submittedAt: { not: null } });
  }
  if (actor.roles.includes('residence_officer') && actor.authority?.kind === 'residence') {
    grants.push({ admissibleAt: { not: null } });
  }
  // An impossible condition rather than an empty OR, whose meaning differs between query engines.
  return grants.length > 0 ? { OR: grants } : { id: { in: [] } };
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

/**
 * Which documents of a visible application the actor may see: the applicant sees all they filed
 * and what the authorities shared with them; an authority sees only the documents whose audience
 * includes it (a medical certificate is the residence service's business, not the region's; an
 * internal note of one service is not the other's).
 */
export function documentScope(actor: Actor): Prisma.DocumentWhereInput {
  const grants: Prisma.DocumentWhereInput[] = [];
  if (actor.roles.includes('applicant')) {
    grants.push({
      visibleToApplicant: true,
      application: { employer: { enterpriseNumber: { in: actor.employers } } },
    });
  }
  const kind = authorityKindOf(actor);
  if (kind) grants.push({ audience: { in: ['both', kind] } });
  return grants.length > 0 ? { OR: grants } : { id: { in: [] } };
}

/** The roles of the actor that the procedure knows, in the order they are tried for an action. */
export function procedureRoles(actor: Actor): Role[] {
  return actor.roles.filter((r) => r !== 'analyst' && r !== 'team_lead');
}
