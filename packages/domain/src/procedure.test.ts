import { describe, expect, it } from 'vitest';
import {
  type Action,
  type ApplicationState,
  actions,
  applicationStates,
  attempt,
  availableActions,
  isTerminal,
  type Role,
  roles,
} from './index.ts';

/**
 * The procedure of shared/domain.md, written out by hand as the triples that are allowed.
 * The test walks every state x action x role and checks the table against this list, so a
 * change to the procedure has to be made twice, on purpose.
 */
const allowed: [ApplicationState, Action, Role, ApplicationState][] = [
  ['draft', 'edit_draft', 'applicant', 'draft'],
  ['draft', 'upload_document', 'applicant', 'draft'],
  ['draft', 'submit', 'applicant', 'submitted'],
  ['draft', 'withdraw', 'applicant', 'withdrawn'],
  ['submitted', 'upload_document', 'applicant', 'submitted'],
  ['submitted', 'withdraw', 'applicant', 'withdrawn'],
  ['submitted', 'request_supplement', 'work_caseworker', 'work_supplement_requested'],
  ['submitted', 'declare_admissible', 'work_caseworker', 'work_review'],
  ['submitted', 'declare_inadmissible', 'work_caseworker', 'inadmissible'],
  ['work_supplement_requested', 'upload_document', 'applicant', 'work_supplement_requested'],
  ['work_supplement_requested', 'answer_supplement', 'applicant', 'submitted'],
  ['work_supplement_requested', 'withdraw', 'applicant', 'withdrawn'],
  ['work_review', 'grant_work_part', 'work_caseworker', 'residence_review'],
  ['work_review', 'refuse_work_part', 'work_caseworker', 'work_refused'],
  ['work_review', 'upload_document', 'applicant', 'work_review'],
  ['work_review', 'withdraw', 'applicant', 'withdrawn'],
  ['residence_review', 'request_supplement', 'residence_officer', 'residence_supplement_requested'],
  ['residence_review', 'grant_residence_part', 'residence_officer', 'permit_granted'],
  ['residence_review', 'refuse_residence_part', 'residence_officer', 'residence_refused'],
  ['residence_review', 'upload_document', 'applicant', 'residence_review'],
  ['residence_review', 'withdraw', 'applicant', 'withdrawn'],
  ['residence_supplement_requested', 'upload_document', 'applicant', 'residence_supplement_requested'],
  ['residence_supplement_requested', 'answer_supplement', 'applicant', 'residence_review'],
  ['residence_supplement_requested', 'withdraw', 'applicant', 'withdrawn'],
  ['submitted', 'assign', 'work_caseworker', 'submitted'],
  ['work_supplement_requested', 'assign', 'work_caseworker', 'work_supplement_requested'],
  ['work_review', 'assign', 'work_caseworker', 'work_review'],
  ['residence_review', 'assign', 'residence_officer', 'residence_review'],
  ['residence_supplement_requested', 'assign', 'residence_officer', 'residence_supplement_requested'],
  ['submitted', 'extend_deadline', 'work_caseworker', 'submitted'],
  ['work_supplement_requested', 'extend_deadline', 'work_caseworker', 'work_supplement_requested'],
  ['work_review', 'extend_deadline', 'work_caseworker', 'work_review'],
  ['residence_review', 'extend_deadline', 'residence_officer', 'residence_review'],
  [
    'residence_supplement_requested',
    'extend_deadline',
    'residence_officer',
    'residence_supplement_requested',
  ],
];

const key = (s: string, a: string, r: string) => `${s} ${a} ${r}`;
const expected = new Map(allowed.map(([s, a, r, to]) => [key(s, a, r), to]));

describe('the procedure table', () => {
  for (const state of applicationStates) {
    for (const action of actions) {
      for (const role of roles) {
        const to = expected.get(key(state, action, role));
        it(`${role} ${to ? 'may' : 'may not'} ${action} in ${state}`, () => {
          const result = attempt(state, action, role);
          if (to) {
            expect(result).toEqual({ allowed: true, to });
          } else {
            expect(result.allowed).toBe(false);
          }
        });
      }
    }
  }

  it('refuses by role (403) when the role never takes the action, by state (409) otherwise', () => {
    expect(attempt('submitted', 'grant_residence_part', 'work_caseworker')).toMatchObject({
      refusal: 'role',
    });
    expect(attempt('submitted', 'submit', 'analyst')).toMatchObject({ refusal: 'role' });
    const early = attempt('work_review', 'grant_residence_part', 'residence_officer');
    expect(early).toMatchObject({ refusal: 'state', allowedFrom: ['residence_review'] });
    expect(early.allowed === false && early.reason).toBe(
      'Cannot grant residence part: the application is work review; this is possible only when it is residence review.',
    );
  });

  it('lets nobody act on an application that has ended', () => {
    for (const state of applicationStates.filter(isTerminal)) {
      for (const role of roles) expect(availableActions(state, role)).toEqual([]);
    }
  });

  it('gives the analyst no action at all', () => {
    for (const state of applicationStates) expect(availableActions(state, 'analyst')).toEqual([]);
  });

  it('reaches every state from a draft, and an end from every state', () => {
    const edges = allowed.filter(([from, , , to]) => from !== to);
    const reachable = new Set<ApplicationState>(['draft']);
    for (let grew = true; grew; ) {
      grew = false;
      for (const [from, , , to] of edges) {
        if (reachable.has(from) && !reachable.has(to)) {
          reachable.add(to);
          grew = true;
        }
      }
    }
    expect([...reachable].sort()).toEqual([...applicationStates].sort());
    for (const state of applicationStates) {
      if (isTerminal(state)) continue;
      expect(edges.some(([from, , , to]) => from === state && isTerminal(to))).toBe(true);
    }
  });

  it('keeps the residence service out until the work service declared the file admissible', () => {
    for (const state of ['draft', 'submitted', 'work_supplement_requested'] as const) {
      expect(availableActions(state, 'residence_officer')).toEqual([]);
    }
  });
});
