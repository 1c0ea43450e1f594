import type { ApplicationDetail, ExpectedDecisionView, PartProgress, PartStep } from '@loket/contracts';
import type { ScreenFormats } from '@loket/ui';
import type { timelineMessages } from './timeline.messages.ts';

type Key = keyof (typeof timelineMessages)['en'];
export type T = (key: Key, params?: Record<string, string | number>) => string;

export type StageKey =
  | 'submitted'
  | 'admissibility'
  | 'workDecision'
  | 'handOff'
  | 'residenceDecision'
  | 'permit';
export type StageStatus = 'done' | 'current' | 'waiting' | 'upcoming' | 'not_reached' | 'stopped' | 'refused';

export interface StageEvent {
  at: string;
  text: string;
}

export interface Stage {
  key: StageKey;
  status: StageStatus;
  /** When the stage was reached or ended. */
  at?: string | undefined;
  detail?: string | undefined;
  events: StageEvent[];
  expected?: ExpectedDecisionView | null | undefined;
}

const stepOf = (part: PartProgress | undefined, step: PartStep['step']) =>
  part?.steps.find((s) => s.step === step);

/** The six steps from the parts' progress; after an end, the steps never reached say so. */
export function stagesOf(a: ApplicationDetail, t: T, f: ScreenFormats): Stage[] {
  const work = a.progress.parts.find((p) => p.part === 'work');
  const residence = a.progress.parts.find((p) => p.part === 'residence');
  const submitted = stepOf(work, 'submitted');
  const admissible = stepOf(work, 'declared_admissible');
  const workDecided = stepOf(work, 'decided');
  const residenceDecided = stepOf(residence, 'decided');
  const withdrawn = stepOf(work, 'withdrawn') ?? stepOf(residence, 'withdrawn');

  const requestEvents = (part: PartProgress | undefined, from?: string, until?: string): StageEvent[] =>
    (part?.steps ?? [])
      .filter((s) => s.step === 'supplement_requested' || s.step === 'supplement_answered')
      .filter((s) => (!from || s.at >= from) && (!until || s.at < until))
      .map((s) => ({
        at: s.at,
        text:
          s.step === 'supplement_requested'
            ? t('supplementRequested', { date: f.day(s.at), due: f.date(s.dueDate) })
            : t('supplementAnswered', { date: f.day(s.at) }),
      }));

  const openStatus = (part: PartProgress | undefined): StageStatus =>
    part?.status === 'waiting_for_applicant' ? 'waiting' : 'current';
  const decided = (step: PartStep): Pick<Stage, 'status' | 'at' | 'detail'> =>
    step.outcome === 'granted'
      ? { status: 'done', at: step.at, detail: t('grantedOn', { date: f.day(step.at) }) }
      : { status: 'refused', at: step.at, detail: t('refusedOn', { date: f.day(step.at) }) };

  const stages: Stage[] = [
    {
      key: 'submitted',
      events: [],
      ...(submitted
        ? { status: 'done', at: submitted.at, detail: t('on', { date: f.day(submitted.at) }) }
        : { status: 'upcoming' }),
    },
    {
      key: 'admissibility',
      events: requestEvents(work, undefined, admissible?.at),
      ...(admissible
        ? { status: 'done', at: admissible.at, detail: t('admissibleOn', { date: f.day(admissible.at) }) }
        : workDecided?.outcome === 'inadmissible'
          ? {
              status: 'stopped',
              at: workDecided.at,
              detail: t('inadmissibleOn', { date: f.day(workDecided.at) }),
            }
          : work && (work.status === 'in_review' || work.status === 'waiting_for_applicant')
            ? { status: openStatus(work), detail: t('checking') }
            : { status: 'upcoming' }),
    },
    {
      key: 'workDecision',
      events: admissible ? requestEvents(work, admissible.at) : [],
      expected: work?.expectedDecision,
      ...(workDecided && workDecided.outcome !== 'inadmissible'
        ? decided(workDecided)
        : admissible && work && (work.status === 'in_review' || work.status === 'waiting_for_applicant')
          ? { status: openStatus(work), detail: t('assessingWork') }
          : { status: 'upcoming' }),
    },
    {
      key: 'handOff',
      events: [],
      ...(residence?.startedAt
        ? { status: 'done', at: residence.startedAt, detail: t('on', { date: f.day(residence.startedAt) }) }
        : { status: 'upcoming' }),
    },
    {
      key: 'residenceDecision',
      events: requestEvents(residence),
      expected: residence?.expectedDecision,
      ...(residenceDecided
        ? decided(residenceDecided)
        : residence && (residence.status === 'in_review' || residence.status === 'waiting_for_applicant')
          ? { status: openStatus(residence), detail: t('assessingResidence') }
          : { status: 'upcoming' }),
    },
    {
      key: 'permit',
      events: [],
      ...(residenceDecided?.outcome === 'granted'
        ? {
            status: 'done',
            at: residenceDecided.at,
            detail: t('grantedOn', { date: f.day(residenceDecided.at) }),
          }
        : { status: 'upcoming' }),
    },
  ];

  const ended = ['withdrawn', 'inadmissible', 'work_refused', 'residence_refused'].includes(a.state);
  if (!ended) return stages;
  // Withdrawing stops the step that was under way; every step after an end was never reached.
  let stopped = false;
  return stages.map((stage) => {
    if (stage.status !== 'upcoming' && stage.status !== 'current' && stage.status !== 'waiting') return stage;
    if (withdrawn && !stopped) {
      stopped = true;
      return {
        ...stage,
        status: 'stopped',
        at: withdrawn.at,
        detail: t('withdrawnOn', { date: f.day(withdrawn.at) }),
        expected: null,
      };
    }
    return { ...stage, status: 'not_reached', detail: undefined, expected: null };
  });
}
