import type { Part } from './vocabulary.ts';

/**
 * Coded refusal and inadmissibility grounds. Codes are stable (statistics count them); labels
 * live in the UIs' translations.
 */
export const decisionGrounds = [
  'worker_present_before_authorisation',
  'not_shortage_occupation',
  'salary_below_threshold',
  'diploma_level_not_met',
  'incomplete_file',
  'fee_unpaid',
  'fraud_or_false_documents',
  'employer_breach',
  'public_order',
  'region_not_competent',
] as const;
export type DecisionGround = (typeof decisionGrounds)[number];

const groundParts: Record<DecisionGround, readonly ('admissibility' | Part)[]> = {
  worker_present_before_authorisation: ['work'],
  not_shortage_occupation: ['work'],
  salary_below_threshold: ['work'],
  diploma_level_not_met: ['work'],
  incomplete_file: ['admissibility'],
  fee_unpaid: ['admissibility'],
  fraud_or_false_documents: ['work', 'residence'],
  employer_breach: ['work'],
  public_order: ['residence'],
  region_not_competent: ['admissibility'],
};

/** Which grounds may motivate a refusal of the given part, or an inadmissibility. */
export function groundsFor(stage: 'admissibility' | Part): DecisionGround[] {
  return decisionGrounds.filter((g) => groundParts[g].includes(stage));
}
