import type { ApplicationDetail } from '@loket/contracts';
import { useMessages } from '@loket/i18n/react';
import {
  ApplicationFacts,
  BackLink,
  checklistTypesFirst,
  DecisionList,
  DocumentList,
  FocusedNotice,
  firstMissingMandatory,
  HistorySection,
  LiveUpdateNote,
  PendingPage,
  ProblemAlert,
  StateBadge,
  SupplementRequestCard,
  useApi,
  useAsync,
  useLabels,
  useLiveRefresh,
  usePageTitle,
} from '@loket/ui';
import { useState } from 'react';
import { ApplicantUpload } from '../components/ApplicantDocuments.tsx';
import { DraftEditor } from '../components/DraftEditor.tsx';
import { StatusTimeline } from '../components/StatusTimeline.tsx';
import { SupplementTask } from '../components/SupplementTask.tsx';
import { WithdrawSection } from '../components/WithdrawSection.tsx';
import { withdrawMessages } from '../components/withdraw.messages.ts';
import { applicationMessages } from './application.messages.ts';

/** The confirmation after the applicant's own action; kept as a key so it follows a change of language. */
type NoticeKey = 'submitted' | 'answered';

/**
 * The file's documents in two: what the services added for the applicant (letters, notes) and
 * what the applicant uploaded, each version in one of them.
 */
function splitDocuments(a: ApplicationDetail) {
  const byApplicant = (role: string) => role.split(',').includes('applicant');
  const keep = (mine: boolean) =>
    a.documents
      .map((d) => ({ ...d, versions: d.versions.filter((v) => byApplicant(v.uploadedByRole) === mine) }))
      .filter((d) => d.versions.length > 0);
  return { fromServices: keep(false), yours: keep(true) };
}

/**
 * One application: the draft editor while it is a draft; afterwards an open request as a task at
 * the top, where the file stands (who holds it, the deadlines, every step), the decisions with
 * their letters, the file's facts and documents, the history and the withdrawal.
 */
export function ApplicationPage({ id }: { id: string }) {
  const api = useApi();
  const t = useMessages(applicationMessages);
  const tw = useMessages(withdrawMessages);
  const labels = useLabels();
  const app = useAsync((key) => api.getApplication(key), id);
  const history = useAsync((key) => api.history(key), id);
  const [notice, setNotice] = useState<NoticeKey>();
  const [withdrawnNow, setWithdrawnNow] = useState<'draft' | 'filed'>();
  const [draftKey, setDraftKey] = useState(0);
  const a = app.data;
  usePageTitle(a ? t('title', { reference: a.reference }) : t('titleLoading'));
  // Changes made elsewhere (by a service or a colleague). A draft's form is left alone, keeping what
  // was typed: saving sends the version it was loaded with, so a change meanwhile answers 409.
  const live = useLiveRefresh(
    (events) =>
      app.data?.state === 'draft' && events.every((e) => e.state === 'draft')
        ? false
        : Promise.all([app.reload(), history.reload()]),
    { matches: (e) => e.applicationId === id },
  );

  if (!a) {
    return (
      <PendingPage backLabel={t('back')} title={t('titleLoading')} loadingLabel={t('loading')} state={app} />
    );
  }

  const reloadAll = async () => {
    await Promise.all([app.reload(), history.reload()]);
  };
  const after = (key: NoticeKey) => async () => {
    await reloadAll();
    setNotice(key);
  };
  const can = new Set(a.availableActions);
  // A request is the applicant's task only while the file waits for the answer (not once withdrawn).
  const waiting = a.state === 'work_supplement_requested' || a.state === 'residence_supplement_requested';
  const openRequest = waiting ? a.supplementRequests.find((r) => r.status === 'open') : undefined;
  const pastRequests = a.supplementRequests.filter((r) => r !== openRequest);
  const { fromServices, yours } = splitDocuments(a);
  // A draft was never with a service: withdrawing it only sets it aside.
  const withdrawnText =
    withdrawnNow === 'filed' ? `${tw('done')} ${tw('doneDetail')}` : withdrawnNow && tw('done');
  const noticeText = withdrawnText || (notice ? t(notice) : undefined);

  return (
    <>
      <BackLink label={t('back')} />
      <h1>{t('title', { reference: a.reference })}</h1>
      <p className="state-line">
        {t('state')} <StateBadge state={a.state} />
      </p>
      <LiveUpdateNote {...live} />
      <FocusedNotice message={noticeText} />
      {app.error !== undefined && <ProblemAlert error={app.error} onRetry={() => void app.reload()} />}
      <p>{labels.stateHelp[a.state]}</p>

      {a.state === 'draft' ? (
        <DraftEditor
          key={draftKey}
          application={a}
          onChanged={reloadAll}
          onSubmitted={after('submitted')}
          onConflict={() => void app.reload().then(() => setDraftKey((k) => k + 1))}
        />
      ) : (
        <>
          {openRequest && (
            <SupplementTask
              application={a}
              request={openRequest}
              onChanged={reloadAll}
              onAnswered={after('answered')}
            />
          )}
          <StatusTimeline application={a} />
          {a.decisions.length > 0 && (
            <section aria-labelledby="decisions-heading">
              <h2 id="decisions-heading">{t('decisions')}</h2>
              <DecisionList
                applicationId={a.id}
                decisions={a.decisions}
                documents={a.documents}
                language={a.language}
              />
            </section>
          )}
          {fromServices.length > 0 && (
            <section aria-labelledby="letters-heading">
              <h2 id="letters-heading">{t('letters')}</h2>
              <p>{t('lettersIntro')}</p>
              <DocumentList applicationId={a.id} documents={fromServices} caption={t('letters')} />
            </section>
          )}
          <ApplicationFacts application={a} />
          <section aria-labelledby="documents-heading">
            <h2 id="documents-heading">{t('documents')}</h2>
            <DocumentList applicationId={a.id} documents={yours} caption={t('documents')} />
          </section>
          {/* An open request has its own upload in the task above; one upload form per page. */}
          {can.has('upload_document') && !openRequest && (
            <section aria-labelledby="add-document-heading">
              <h2 id="add-document-heading">{t('addDocument')}</h2>
              <p>{t('addDocumentText')}</p>
              <ApplicantUpload
                application={a}
                id="extra-upload"
                heading={null}
                types={checklistTypesFirst(a.checklist)}
                defaultType={firstMissingMandatory(a.checklist)}
                onUploaded={reloadAll}
              />
            </section>
          )}
          {pastRequests.length > 0 && (
            <section aria-labelledby="requests-heading">
              <h2 id="requests-heading">{t('earlierRequests')}</h2>
              <div className="stack">
                {pastRequests.map((r) => (
                  <SupplementRequestCard key={r.id} request={r} />
                ))}
              </div>
            </section>
          )}
          <HistorySection headingId="history-heading" history={history} />
        </>
      )}

      {can.has('withdraw') && (
        <WithdrawSection
          application={a}
          onWithdrawn={async (draft) => {
            await reloadAll();
            setNotice(undefined);
            setWithdrawnNow(draft ? 'draft' : 'filed');
          }}
        />
      )}
    </>
  );
}
