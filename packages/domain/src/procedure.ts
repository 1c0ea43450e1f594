import { type ApplicationState, applicationStates, type Role, terminalStates } from './vocabulary.ts';
import { partStates } from './worklists.ts';

/**
 * The combined-permit procedure as one table: which role may take which action in which state,
 * and where it leads. Everything else is refused. The API asks `attempt` before every change.
 */
export const actions = [
  'edit_draft',
  'upload_document',
  'submit',
  'withdraw',
  'request_supplement',
  'answer_supplement',
  'declare_admissible',
  'declare_inadmissible',
  'grant_work_part',
  'refuse_work_part',
  'grant_residence_part',
  'refuse_residence_part',
  'assign',
  'extend_deadline',
] as const;
export type Action = (typeof actions)[number];

interface Step {
  action: Action;
  role: Role;
  from: readonly ApplicationState[];
  /** undefined: the action does not change the state (editing, uploading). */
  to?: ApplicationState;
}

const openStates = applicationStates.filter((s) => !terminalStates.includes(s));
const workOpen = partStates.work.open;
const residenceOpen = partStates.residence.open;

const steps: readonly Step[] = [
  { action: 'edit_draft', role: 'applicant', from: ['draft'] },
  // A correction or an extra document never needs a new application: uploads stay open until the end.
  { action: 'upload_document', role: 'applicant', from: openStates },
  { action: 'submit', role: 'applicant', from: ['draft'], to: 'submitted' },
  { action: 'withdraw', role: 'applicant', from: openStates, to: 'withdrawn' },
  {
    action: 'request_supplement',
    role: 'work_caseworker',
    from: ['submitted'],
    to: 'work_supplement_requested',
  },
  {
    action: 'request_supplement',
    role: 'residence_officer',
    from: ['residence_review'],
    to: 'residence_supplement_requested',
  },
  { action: 'answer_supplement', role: 'applicant', from: ['work_supplement_requested'], to: 'submitted' },
  {
    action: 'answer_supplement',
    role: 'applicant',
    from: ['residence_supplement_requested'],
    to: 'residence_review',
  },
  { action: 'declare_admissible', role: 'work_caseworker', from: ['submitted'], to: 'work_review' },
  { action: 'declare_inadmissible', role: 'work_caseworker', from: ['submitted'], to: 'inadmissible' },
  { action: 'grant_work_part', role: 'work_caseworker', from: ['work_review'], to: 'residence_review' },
  { action: 'refuse_work_part', role: 'work_caseworker', from: ['work_review'], to: 'work_refused' },
  {
    action: 'grant_residence_part',
    role: 'residence_officer',
    from: ['residence_review'],
    to: 'permit_granted',
  },
  {
    action: 'refuse_residence_part',
    role: 'residence_officer',
    from: ['residence_review'],
    to: 'residence_refused',
  },
  // Who holds the file within a service (take, assign, reassign, release): the part's own team,
  // while its part is open.
  { action: 'assign', role: 'work_caseworker', from: workOpen },
  { action: 'assign', role: 'residence_officer', from: residenceOpen },
  // The one extension of the legal decision period (exceptional, with a reason), by the service
  // that holds the open part.
  { action: 'extend_deadline', role: 'work_caseworker', from: workOpen },
  { action: 'extend_deadline', role: 'residence_officer', from: residenceOpen },
];

export type Attempt =
  | { allowed: true; to: ApplicationState }
  | { allowed: false; refusal: 'role'; reason: string }
  | { allowed: false; refusal: 'state'; reason: string; allowedFrom: ApplicationState[] };

/**
 * Decides whether `role` may take `action` on an application in `state`.
 * A refusal says why in words a caseworker understands: the role never may (403), or not now (409).
 */
export function attempt(state: ApplicationState, action: Action, role: Role): Attempt {
  const forRole = steps.filter((s) => s.action === action && s.role === role);
  if (forRole.length === 0) {
    return { allowed: false, refusal: 'role', reason: `A ${describe(role)} may not ${describe(action)}.` };
  }
  const step = forRole.find((s) => s.from.includes(state));
  if (!step) {
    const allowedFrom = forRole.flatMap((s) => [...s.from]);
    return {
      allowed: false,
      refusal: 'state',
      allowedFrom,
      reason: `Cannot ${describe(action)}: the application is ${describe(state)}; this is possible only when it is ${allowedFrom.map(describe).join(' or ')}.`,
    };
  }
  return { allowed: true, to: step.to ?? state };
}

/** The actions a role may take now: what the UIs offer as buttons. */
export function availableActions(state: ApplicationState, role: Role): Action[] {
  return actions.filter((a) => attempt(state, a, role).allowed);
}

export function isTerminal(state: ApplicationState): boolean {
  return terminalStates.includes(state);
}

function describe(code: string): string {
  return code.replaceAll('_', ' ');
}
