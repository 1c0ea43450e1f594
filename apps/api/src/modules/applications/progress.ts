import type { ApplicationProgress, PartProgress, PartStep } from '@loket/contracts';
import type { Prisma } from '@loket/db';
import { expectedDecision, openPartOf, type Part, partStates, type Throughput } from '@loket/domain';

type ProgressRow = Prisma.ApplicationGetPayload<{
  include: { supplementRequests: true; decisions: true };
}>;

const iso = (d: Date) => d.toISOString();

/**
 * The status timeline of an application from its own rows: each part's steps with their dates,
 * who holds the file (an authority or the applicant, never a person), the legal deadline, the
 * open supplement request, and, for the open part, when a decision can be expected.
 * `throughput`: the open part's recent figures (undefined when there is no open part).
 */
export function progressOf(
  row: ProgressRow,
  legalDeadline: Date | null,
  throughput: Throughput | null | undefined,
  now = new Date(),
): ApplicationProgress {
  const decisionOf = (part: Part) => row.decisions.find((d) => d.part === part);
  const requestsOf = (part: Part) => row.supplementRequests.filter((r) => r.part === part);
  const workDecision = decisionOf('work');
  const open = openPartOf(row.state);
  const withdrawn = row.state === 'withdrawn';

  function partProgress(part: Part, startedAt: Date | null): PartProgress {
    const decision = decisionOf(part);
    const steps: PartStep[] = [];
    if (part === 'work' && row.submittedAt) steps.push({ step: 'submitted', at: iso(row.submittedAt) });
    if (part === 'residence' && startedAt) steps.push({ step: 'started', at: iso(startedAt) });
    for (const r of requestsOf(part)) {
      steps.push({
        step: 'supplement_requested',
        at: iso(r.createdAt),
        supplementRequestId: r.id,
        dueDate: r.dueDate.toISOString().slice(0, 10),
      });
      if (r.answeredAt) {
        steps.push({ step: 'supplement_answered', at: iso(r.answeredAt), supplementRequestId: r.id });
      }
    }
    if (part === 'work' && row.admissibleAt)
      steps.push({ step: 'declared_admissible', at: iso(row.admissibleAt) });
    if (decision) steps.push({ step: 'decided', at: iso(decision.decidedAt), outcome: decision.outcome });
    const withdrawnHere = withdrawn && !decision && (startedAt !== null || part === 'work');
    if (withdrawnHere && row.closedAt) steps.push({ step: 'withdrawn', at: iso(row.closedAt) });
    steps.sort((a, b) => a.at.localeCompare(b.at));

    const isOpen = open === part;
    const status: PartProgress['status'] = decision
      ? decision.outcome
      : withdrawnHere
        ? 'withdrawn'
        : isOpen
          ? partStates[part].waiting.includes(row.state)
            ? 'waiting_for_applicant'
            : 'in_review'
          : 'not_started';
    const expected =
      isOpen && startedAt
        ? expectedDecision({
            startedAt,
            pauses: requestsOf(part).map((r) => ({ from: r.createdAt, to: r.answeredAt })),
            legalDeadline,
            throughput: throughput ?? null,
            now,
          })
        : null;
    return {
      part,
      region: part === 'work' ? row.region : null,
      status,
      startedAt: startedAt ? iso(startedAt) : null,
      decidedAt: decision ? iso(decision.decidedAt) : null,
      steps,
      expectedDecision: expected
        ? {
            date: iso(expected.date),
            basis: expected.basis,
            medianDays: expected.medianDays,
            cases: expected.cases,
          }
        : null,
    };
  }

  const residenceStart = workDecision?.outcome === 'granted' ? workDecision.decidedAt : null;
  const openRequest = row.supplementRequests.find((r) => r.status === 'open');
  return {
    holder: holderOf(row.state, row.region),
    legalDeadline: legalDeadline ? iso(legalDeadline) : null,
    openSupplementRequest: openRequest
      ? {
          id: openRequest.id,
          part: openRequest.part,
          dueDate: openRequest.dueDate.toISOString().slice(0, 10),
          createdAt: iso(openRequest.createdAt),
        }
      : null,
    parts: [partProgress('work', row.submittedAt), partProgress('residence', residenceStart)],
  };
}

function holderOf(state: ProgressRow['state'], region: ProgressRow['region']): ApplicationProgress['holder'] {
  if (state === 'draft') return { party: 'applicant', region: null };
  if (partStates.work.waiting.includes(state) || partStates.residence.waiting.includes(state)) {
    return { party: 'applicant', region: null };
  }
  if (partStates.work.actionable.includes(state)) return { party: 'work_service', region };
  if (partStates.residence.actionable.includes(state)) return { party: 'residence_service', region: null };
  return null;
}
