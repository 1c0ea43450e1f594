import type { ApplicationDetail } from '@loket/contracts';
import { useMessages } from '@loket/i18n/react';
import { type Labels, LegalClock, useFormat, useLabels } from '@loket/ui';
import { type StageKey, type StageStatus, stagesOf, type T } from './stages.ts';
import { timelineMessages } from './timeline.messages.ts';

type Key = keyof (typeof timelineMessages)['en'];

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
