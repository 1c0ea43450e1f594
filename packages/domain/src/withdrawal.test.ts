import { describe, expect, it } from 'vitest';
import { applicationStates, terminalStates } from './vocabulary.ts';
import { consequencesOfWithdrawal } from './withdrawal.ts';

describe('the consequences of a withdrawal', () => {
  it('differ with how far the application has come', () => {
    expect(consequencesOfWithdrawal('draft')).toEqual(['draft_discarded', 'irreversible']);
    expect(consequencesOfWithdrawal('submitted')).toEqual([
      'procedure_ends',
      'new_application_needed',
      'irreversible',
    ]);
    expect(consequencesOfWithdrawal('work_supplement_requested')).toEqual([
      'procedure_ends',
      'open_request_cancelled',
      'new_application_needed',
      'irreversible',
    ]);
    expect(consequencesOfWithdrawal('residence_supplement_requested')).toEqual([
      'procedure_ends',
      'open_request_cancelled',
      'granted_work_part_lapses',
      'new_application_needed',
      'irreversible',
    ]);
  });

  it('are none once the application has ended: it cannot be withdrawn then', () => {
    for (const state of terminalStates) expect(consequencesOfWithdrawal(state), state).toEqual([]);
    for (const state of applicationStates.filter((s) => !terminalStates.includes(s))) {
      expect(consequencesOfWithdrawal(state), state).toContain('irreversible');
    }
  });
});
