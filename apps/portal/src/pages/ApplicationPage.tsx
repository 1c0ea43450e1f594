import {
  ApplicationFacts,
  applicantStateHelp,
  BackLink,
  checklistTypesFirst,
  DecisionList,
  DocumentList,
  FocusedNotice,
  firstMissingMandatory,
  HistorySection,
  LegalClock,
  LiveUpdateNote,
  PendingPage,
  ProblemAlert,
  StateBadge,
  SupplementRequestCard,
  useApi,
  useAsync,
  useLiveRefresh,
  usePageTitle,
} from '@loket/ui';
import { useState } from 'react';
import { ApplicantUpload } from '../components/ApplicantDocuments.tsx';
import { DraftEditor } from '../components/DraftEditor.tsx';
import { SupplementTask } from '../components/SupplementTask.tsx';
import { WithdrawSection } from '../components/WithdrawSection.tsx';

/** One application: the draft editor while it is a draft, afterwards its status, tasks and file. */
export function ApplicationPage({ id }: { id: string }) {
  const api = useApi();
  const app = useAsync((key) => api.getApplication(key), id);
  const history = useAsync((key) => api.history(key), id);
  const [notice, setNotice] = useState<string>();
  const [draftKey, setDraftKey] = useState(0);
  const a = app.data;
  usePageTitle(a ? `Application ${a.reference}` : 'Application');
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
      <PendingPage
        backLabel="Back to my applications"
        title="Application"
        loadingLabel="Loading the application…"
        state={app}
      />
    );
  }

  const reloadAll = async () => {
    await Promise.all([app.reload(), history.reload()]);
  };
  const after = (message: string) => async () => {
    await reloadAll();
    setNotice(message);
  };
  const can = new Set(a.availableActions);
  const openRequest = a.supplementRequests.find((r) => r.status === 'open');
  const pastRequests = a.supplementRequests.filter((r) => r !== openRequest);

  return (
    <>
      <BackLink label="Back to my applications" />
      <h1>Application {a.reference}</h1>
      <p className="state-line">
        State: <StateBadge state={a.state} />
      </p>
      <LiveUpdateNote {...live} />
      <LegalClock clock={a.clock} viewer="applicant" />
      <p>{applicantStateHelp[a.state]}</p>
      <FocusedNotice message={notice} />
      {app.error !== undefined && <ProblemAlert error={app.error} onRetry={() => void app.reload()} />}

      {a.state === 'draft' ? (
        <DraftEditor
          key={draftKey}
          application={a}
          onChanged={reloadAll}
          onSubmitted={after('Your application was submitted.')}
          onConflict={() => void app.reload().then(() => setDraftKey((k) => k + 1))}
        />
      ) : (
        <>
          {openRequest && (
            <SupplementTask
              application={a}
              request={openRequest}
              onChanged={reloadAll}
              onAnswered={after('Your answer was sent.')}
            />
          )}
          {a.decisions.length > 0 && (
            <section aria-labelledby="decisions-heading">
              <h2 id="decisions-heading">Decisions</h2>
              <DecisionList
                applicationId={a.id}
                decisions={a.decisions}
                documents={a.documents}
                language={a.language}
              />
            </section>
          )}
          <ApplicationFacts application={a} />
          <section aria-labelledby="documents-heading">
            <h2 id="documents-heading">Documents</h2>
            <DocumentList applicationId={a.id} documents={a.documents} />
          </section>
          {/* An open request has its own upload in the task above; one upload form per page. */}
          {can.has('upload_document') && !openRequest && (
            <section aria-labelledby="add-document-heading">
              <h2 id="add-document-heading">Add or replace a document</h2>
              <p>
                Until a decision ends the procedure you can send a new version of a document, for example a
                better copy, or an extra document. The services see it in the file.
              </p>
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
              <h2 id="requests-heading">Earlier supplement requests</h2>
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
        <WithdrawSection applicationId={a.id} onWithdrawn={after('The application was withdrawn.')} />
      )}
    </>
  );
}
