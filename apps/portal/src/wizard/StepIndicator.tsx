import { useMessages } from '@loket/i18n/react';
import { Link } from '@loket/ui';
import { type StepKey, type StepStatus, stepKeys, stepPath } from './steps.ts';
import { wizardMessages } from './wizard.messages.ts';

const statusMark: Record<StepStatus, string> = { done: '✓', in_progress: '◐', not_started: '○' };

/**
 * Where the applicant is: "Step 2 of 6" and every step with its status in words (a mark beside
 * them repeats it; colour never carries it). Steps of a saved draft are links, so any step can be
 * reopened; before the draft exists only the first one is there.
 */
export function StepIndicator({
  applicationId,
  current,
  statusOf,
}: {
  applicationId: string | undefined;
  current: StepKey;
  statusOf: (step: StepKey) => StepStatus;
}) {
  const t = useMessages(wizardMessages);
  return (
    <nav className="wizard-steps" aria-label={t('stepsLabel')}>
      <ol>
        {stepKeys.map((key) => {
          const here = key === current;
          const status = statusOf(key);
          const title = t(`step_${key}`);
          return (
            <li key={key} className={here ? 'wizard-step wizard-step-current' : 'wizard-step'}>
              <span className="wizard-step-mark" aria-hidden="true">
                {statusMark[status]}
              </span>
              {here || !applicationId ? (
                <span aria-current={here ? 'step' : undefined}>
                  <strong>{title}</strong>
                  {here && <span className="visually-hidden"> {t('currentStep')}</span>}
                </span>
              ) : (
                <Link to={stepPath(applicationId, key)}>{title}</Link>
              )}
              {key !== 'review' && <span className="wizard-step-status"> – {t(`status_${status}`)}</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
