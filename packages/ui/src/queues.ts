import type { ApplicationState, Part } from '@loket/domain';
import { type QueueFilterKey, queueFilterLabels } from './labels.ts';

export interface QueueFilter {
  key: QueueFilterKey;
  label: string;
  /** undefined: every state the caller may see (no filter sent to the API). */
  states: readonly ApplicationState[] | undefined;
}

const filter = (key: QueueFilterKey, states?: readonly ApplicationState[]): QueueFilter => ({
  key,
  label: queueFilterLabels[key],
  states,
});

/**
 * The filters each authority's queue offers. "Decided" spans several states: the API filters by
 * one state at a time, so the queue asks once per state and merges.
 */
export const queueFilters: Record<Part, readonly QueueFilter[]> = {
  work: [
    filter('all'),
    filter('submitted', ['submitted']),
    filter('waiting_for_applicant', ['work_supplement_requested']),
    filter('work_review', ['work_review']),
    filter('decided', [
      'inadmissible',
      'work_refused',
      'residence_review',
      'residence_supplement_requested',
      'residence_refused',
      'permit_granted',
    ]),
    filter('withdrawn', ['withdrawn']),
  ],
  residence: [
    filter('all'),
    filter('residence_review', ['residence_review']),
    filter('waiting_for_applicant', ['residence_supplement_requested']),
    // Admissible files are shared before the work decision, so the office can see what is coming.
    filter('work_review', ['work_review']),
    filter('decided', ['residence_refused', 'permit_granted']),
    filter('withdrawn', ['withdrawn']),
  ],
};

export function findQueueFilter(part: Part, key: string | null | undefined): QueueFilter {
  const filters = queueFilters[part];
  return filters.find((f) => f.key === key) ?? (filters[0] as QueueFilter);
}
