import type { ApplicationDetail, ExpectedDecisionView, PartProgress, PartStep } from '@loket/contracts';
import { useMessages } from '@loket/i18n/react';
import { type Labels, LegalClock, type ScreenFormats, useFormat, useLabels } from '@loket/ui';
import { timelineMessages } from './timeline.messages.ts';

type Key = keyof (typeof timelineMessages)['en'];
type T = (key: Key, params?: Record<string, string | number>) => string;

type StageKey = 'submitted' | 'admissibility' | 'workDecision' | 'handOff' | 'residenceDecision' | 'permit';
type StageStatus = 'done' | 'current' | 'waiting' | 'upcoming' | 'not_reached' | 'stopped' | 'refused';

interface StageEvent {
  at: string;
  text: string;
}

interface Stage {
  key: StageKey;
  status: StageStatus;
  /** When the stage was reached or ended. */
  at?: string | undefined;
  detail?: string | undefined;
  events: StageEvent[];
  expected?: ExpectedDecisionView | null | undefined;
}

const stageTitle: Record<StageKey, Key> = {
  submitted: 'stepSubmitted',
  admissibility: 'stepAdmissibility',
  workDecision: 'stepWorkDecision',
  handOff: 'stepHandOff',
  residenceDecision: 'stepResidenceDecision',
  permit: 'stepPermit',
};

/** The status in a word, with an icon that only repeats it (never colour or shape alone). */
const statusLook: Record<StageStatus, { word: Key; icon: string }> = {
  done: { word: 'statusDone', icon: '✓' },
  current: { word: 'statusCurrent', icon: '◷' },
  waiting: { word: 'statusWaiting', icon: '!' },
  upcoming: { word: 'statusUpcoming', icon: '○' },
  not_reached: { word: 'statusNotReached', icon: '–' },
  stopped: { word: 'statusStopped', icon: '⊘' },
  refused: { word: 'statusRefused', icon: '✕' },
};

const stepOf = (part: PartProgress | undefined, step: PartStep['step']) =>
  part?.steps.find((s) => s.step === step);

/**
 * Where the application stands: who holds the file, the expected decision and the legal
 * deadline, then every step of both parts (submission, admissibility, the work decision, the
 * hand-off to the residence service, the residence decision, the permit) with its date and
 * status in words. The current step is marked for assistive technology as well.
 */
export function StatusTimeline({ application: a }: { application: ApplicationDetail }) {
  const t = useMessages(timelineMessages);
  const labels = useLabels();
  const f = useFormat();
  const progress = a.progress;
  const open = progress.parts.find((p) => p.expectedDecision);
  const stages = stagesOf(a, t, f);

  return (
    <section aria-labelledby="status-heading" className="status-overview">
      <h2 id="status-heading">{t('heading')}</h2>
      <dl className="summary">
        <div>
          <dt>{t('holder')}</dt>
          <dd>{holderText(a, t, labels)}</dd>
        </div>
        {open?.expectedDecision && (
          <div>
            <dt>{t('expected')}</dt>
            <dd>
              <time dateTime={open.expectedDecision.date}>
                {t('expectedOn', {
                  date: f.day(open.expectedDecision.date),
                  part: labels.inSentence(labels.part[open.part]),
                })}
              </time>
              <span className="hint expected-basis">
                {open.expectedDecision.basis === 'throughput'
                  ? t('basisThroughput', {
                      count: open.expectedDecision.cases,
                      days: Math.round(open.expectedDecision.medianDays ?? 0),
                    })
                  : t('basisLegal')}
              </span>
            </dd>
          </div>
        )}
      </dl>
      <LegalClock clock={a.clock} viewer="applicant" />
      <h3 id="steps-heading">{t('stepsHeading')}</h3>
      <ol className="status-steps" aria-labelledby="steps-heading">
        {stages.map((stage) => {
          const look = statusLook[stage.status];
          const now = stage.status === 'current' || stage.status === 'waiting';
          return (
            <li
              key={stage.key}
              className={`status-step status-step-${stage.status.replace('_', '-')}`}
              aria-current={now ? 'step' : undefined}
              data-step={stage.key}
            >
              <span className="status-step-icon" aria-hidden="true">
                {look.icon}
              </span>
              <div className="status-step-body">
                <p className="status-step-title">
                  <strong>{t(stageTitle[stage.key])}</strong>
                  <span className="status-step-word">{t(look.word)}</span>
                </p>
                {stage.detail && (
                  <p>{stage.at ? <time dateTime={stage.at}>{stage.detail}</time> : stage.detail}</p>
                )}
                {stage.events.length > 0 && (
                  <ul className="status-step-events">
                    {stage.events.map((e) => (
                      <li key={`${e.at}:${e.text}`}>
                        <time dateTime={e.at}>{e.text}</time>
                      </li>
                    ))}
                  </ul>
                )}
                {stage.expected && now && (
                  <p>
                    <time dateTime={stage.expected.date}>
                      {t('expectedAround', { date: f.day(stage.expected.date) })}
                    </time>
                  </p>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function holderText(a: ApplicationDetail, t: T, labels: Labels): string {
  const holder = a.progress.holder;
  if (!holder) return t('holderNobody');
  switch (holder.party) {
    case 'applicant': {
      const request = a.progress.openSupplementRequest;
      if (!request) return t('holderYouDraft');
      return t(request.part === 'work' ? 'holderYouAnswerWork' : 'holderYouAnswerResidence');
    }
    case 'work_service':
      return holder.region
        ? t('holderWork', { region: labels.region[holder.region] })
        : t('holderWork', { region: '—' });
    case 'residence_service':
      return t('holderResidence');
  }
}

/** The six steps from the parts' progress; after an end, the steps never reached say so. */
function stagesOf(a: ApplicationDetail, t: T, f: ScreenFormats): Stage[] {
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
