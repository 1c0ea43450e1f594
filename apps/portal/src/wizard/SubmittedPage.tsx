import { useMessages } from '@loket/i18n/react';
import {
  LegalClock,
  Link,
  LiveUpdateNote,
  Notice,
  navigate,
  PendingPage,
  StateBadge,
  useApi,
  useAsync,
  useLabels,
  useLiveRefresh,
  usePageTitle,
} from '@loket/ui';
import { useEffect } from 'react';
import { nextUnfinishedStep, stepPath } from './steps.ts';
import { wizardMessages } from './wizard.messages.ts';

/**
 * /applications/:id/submitted – the confirmation after submitting: that it went, the reference,
 * where the application stands (kept current while the page is open), the decision period now
 * running, and what happens next.
 */
export function SubmittedPage({ id }: { id: string }) {
  const api = useApi();
  const t = useMessages(wizardMessages);
  const labels = useLabels();
  const app = useAsync((key) => api.getApplication(key), id);
  const a = app.data;
  usePageTitle(t('submittedTitle'));
  const live = useLiveRefresh(() => app.reload(), { matches: (e) => e.applicationId === id });
  useEffect(() => {
    if (a?.state === 'draft') navigate(stepPath(a.id, nextUnfinishedStep(a)), { replace: true });
  }, [a]);

  if (!a || a.state === 'draft') {
    return (
      <PendingPage
        backLabel={t('backToApplications')}
        title={t('submittedTitle')}
        loadingLabel={t('loadingApplication')}
        state={app}
      />
    );
  }
  return (
    <>
      <h1>{t('submittedTitle')}</h1>
      <Notice>{t('submittedNotice')}</Notice>
      <p>{t('submittedReference', { reference: a.reference })}</p>
      <p className="state-line">
        {t('stateNow')} <StateBadge state={a.state} />
      </p>
      <LiveUpdateNote {...live} />
      <p>{labels.stateHelp[a.state]}</p>
      <LegalClock clock={a.clock} viewer="applicant" />
      <h2>{t('nextHeading')}</h2>
      <ol>
        <li>
          {a.region ? t('nextCheck', { region: labels.regionInSentence[a.region] }) : t('nextCheckUnknown')}
        </li>
        <li>{t('nextSupplement')}</li>
        <li>{t('nextResidence')}</li>
      </ol>
      <p>
        <Link to={`/applications/${encodeURIComponent(a.id)}`} className="button">
          {t('followApplication')}
        </Link>
      </p>
      <p>
        <Link to="/">{t('backToApplications')}</Link>
      </p>
    </>
  );
}
