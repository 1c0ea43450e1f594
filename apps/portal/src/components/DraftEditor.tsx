import type { ApplicationDetail } from '@loket/contracts';
import { useMessages } from '@loket/i18n/react';
import { Link } from '@loket/ui';
import { valuesFromApplication, warningsFor } from '../draft.ts';
import { EarlyWarnings } from '../wizard/EarlyWarnings.tsx';
import { nextUnfinishedStep, stepKeys, stepPath, stepStatus } from '../wizard/steps.ts';
import { wizardMessages } from '../wizard/wizard.messages.ts';

/**
 * A draft on its application page: the guided steps as a task list, each with its status in
 * words and a link, and a button to go on where the applicant stopped. The steps themselves
 * (/applications/:id/steps/:step) save and submit; this page only leads there.
 */
export function DraftEditor({
  application: a,
}: {
  application: ApplicationDetail;
  /** Unused since the steps save and submit themselves; kept so the hosting page needs no change. */
  onChanged?: () => Promise<void>;
  onSubmitted?: () => Promise<void>;
  onConflict?: () => void;
}) {
  const t = useMessages(wizardMessages);
  const values = valuesFromApplication(a);
  const next = nextUnfinishedStep(a);
  return (
    <section aria-labelledby="draft-steps-heading">
      <h2 id="draft-steps-heading">{t('stepsLabel')}</h2>
      <p>{t('overviewIntro')}</p>
      <ol className="task-list">
        {stepKeys.map((key) => {
          const status = key === 'review' ? undefined : stepStatus(a, key, values);
          return (
            <li key={key}>
              <Link to={stepPath(a.id, key)}>{t(`step_${key}`)}</Link>
              {status && (
                <span className={`task-status task-status-${status.replace('_', '-')}`}>
                  {t(`status_${status}`)}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <EarlyWarnings warnings={warningsFor(values, a.region)} applicationId={a.id} withLinks />
      <p>
        <Link to={stepPath(a.id, next)} className="button">
          {t('continueDraft')}
        </Link>
      </p>
    </section>
  );
}
