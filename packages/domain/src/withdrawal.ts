import { attempt } from './procedure.ts';
import type { ApplicationState } from './vocabulary.ts';
import { partStates } from './worklists.ts';

/**
 * What withdrawing an application means, as codes the portal explains before the applicant
 * confirms (and the UIs translate):
 * - draft_discarded: nothing was sent to any authority; the draft can no longer be submitted;
 * - procedure_ends: the authorities stop handling the file and take no decision on its open part;
 * - open_request_cancelled: the open supplement request need not be answered any more;
 * - granted_work_part_lapses: the work part was granted, but without the residence decision no
 *   combined permit is issued, so the grant leads nowhere;
 * - new_application_needed: to employ the worker after all, a new application must be filed;
 * - irreversible: a withdrawn application cannot be reopened.
 */
export const withdrawalConsequences = [
  'draft_discarded',
  'procedure_ends',
  'open_request_cancelled',
  'granted_work_part_lapses',
  'new_application_needed',
  'irreversible',
] as const;
export type WithdrawalConsequence = (typeof withdrawalConsequences)[number];

/** The consequences of withdrawing in `state`; empty when the applicant may not withdraw then. */
export function consequencesOfWithdrawal(state: ApplicationState): WithdrawalConsequence[] {
  if (!attempt(state, 'withdraw', 'applicant').allowed) return [];
  if (state === 'draft') return ['draft_discarded', 'irreversible'];
  const waiting = [...partStates.work.waiting, ...partStates.residence.waiting].includes(state);
  const workGranted = partStates.residence.open.includes(state);
  return [
    'procedure_ends',
    ...(waiting ? (['open_request_cancelled'] as const) : []),
    ...(workGranted ? (['granted_work_part_lapses'] as const) : []),
    'new_application_needed',
    'irreversible',
  ];
}
