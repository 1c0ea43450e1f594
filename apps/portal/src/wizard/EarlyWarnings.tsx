import type { EarlyWarning } from '@loket/domain';
import { localeOf } from '@loket/i18n';
import { useI18n, useMessages } from '@loket/i18n/react';
import { fieldId, type Labels, Link, useLabels } from '@loket/ui';
import type { Translate } from './fieldText.ts';
import { stepOf, stepPath } from './steps.ts';
import { wizardMessages } from './wizard.messages.ts';

/** A threshold may have cents (a monthly amount times twelve); a whole amount shows none. */
export function euroExact(amount: number, language: keyof typeof localeOf): string {
  return new Intl.NumberFormat(localeOf[language], {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(amount);
}

export function warningText(
  w: EarlyWarning,
  t: Translate,
  labels: Labels,
  date: (d: string) => string,
): string {
  const region = labels.regionInSentence[w.params.region];
  switch (w.code) {
    case 'salary_below_threshold': {
      const params = {
        salary: euroExact(w.params.salary, labels.language),
        threshold: euroExact(w.params.threshold, labels.language),
        category: labels.category[w.params.category],
        region,
        date: date(w.params.validFrom),
      };
      return w.params.youngerThan
        ? t('warn_salary_young', { ...params, age: w.params.youngerThan })
        : t('warn_salary', params);
    }
    case 'not_shortage_occupation':
      return t('warn_occupation', { code: w.params.occupationCode, region, date: date(w.params.validFrom) });
    case 'worker_present_before_authorisation':
      return t('warn_presence', {
        situation: labels.inSentence(labels.situation[w.params.situation]),
        category: labels.category[w.params.category],
        region,
      });
  }
}

/**
 * Likely refusal grounds, as the applicant types: in words, with a "Warning" prefix and a mark
 * (never colour alone), announced politely. They never stop the applicant; on the review page each
 * links to the field it is about.
 */
export function EarlyWarnings({
  warnings,
  applicationId,
  withLinks = false,
}: {
  warnings: readonly EarlyWarning[];
  applicationId?: string | undefined;
  withLinks?: boolean;
}) {
  const t = useMessages(wizardMessages);
  const labels = useLabels();
  const { date } = useI18n();
  return (
    <div aria-live="polite" className="early-warnings-region">
      {warnings.length > 0 && (
        <section className="alert alert-warning early-warnings" aria-labelledby="early-warnings-heading">
          <h2 id="early-warnings-heading" className="alert-title">
            <span aria-hidden="true">⚠ </span>
            {t('warningsHeading')}
          </h2>
          <p>{t('warningsIntro')}</p>
          <ul>
            {warnings.map((w) => (
              <li key={w.code} data-warning={w.code}>
                <span className="visually-hidden">{t('warningLabel')} </span>
                {warningText(w, t, labels, date)}
                {withLinks && applicationId && (
                  <>
                    {' '}
                    <Link to={stepPath(applicationId, stepOf(w.field), fieldId(w.field))}>
                      {t('fixThis')}
                    </Link>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
