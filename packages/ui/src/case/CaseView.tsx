import type { Part } from '@loket/domain';
import { useState } from 'react';
import { useApi, usePageTitle } from '../auth.tsx';
import { AdmissibilityForm } from '../components/AdmissibilityForm.tsx';
import { ApplicationFacts } from '../components/ApplicationFacts.tsx';
import { AuthorityDocumentForm } from '../components/AuthorityDocumentForm.tsx';
import { DecisionForm } from '../components/DecisionForm.tsx';
import { DecisionList } from '../components/DecisionList.tsx';
import { DocumentList } from '../components/DocumentList.tsx';
import { HistorySection } from '../components/HistorySection.tsx';
import { LegalClock } from '../components/LegalClock.tsx';
import { BackLink, PendingPage } from '../components/PendingPage.tsx';
import { FocusedNotice, ProblemAlert } from '../components/ProblemAlert.tsx';
import { RequestSupplementForm } from '../components/RequestSupplementForm.tsx';
import { StateBadge } from '../components/StateBadge.tsx';
import { SupplementRequestCard } from '../components/SupplementRequestCard.tsx';
import { useAsync } from '../hooks.ts';
import { DeadlineExtension } from '../inbox/DeadlineExtension.tsx';
import { LiveUpdateNote } from '../live/LiveUpdateNote.tsx';
import { useLiveRefresh } from '../live/useLiveEvents.ts';
import { CaseNavigation } from './CaseNavigation.tsx';
import { CaseNotes } from './CaseNotes.tsx';

/**
 * One case as an authority sees it: the file, then the actions the API offers this caller now.
 * `part` decides which decision the caller takes; everything else is the same for both services.
 */
export function CaseView({ id, part }: { id: string; part: Part }) {
  const api = useApi();
  const app = useAsync((key) => api.getApplication(key), id);
  const history = useAsync((key) => api.history(key), id);
  const [notice, setNotice] = useState<string>();
  const a = app.data;
  usePageTitle(a ? `Case ${a.reference}` : 'Case');
  // The other service, the applicant or a colleague changed this file: show it as it is now.
  const live = useLiveRefresh(() => Promise.all([app.reload(), history.reload()]), {
    matches: (e) => e.applicationId === id,
  });

  if (!a) {
    return (
      <PendingPage
        backLabel="Back to the case list"
        title="Case"
        loadingLabel="Loading the case…"
        state={app}
      />
    );
  }

  const can = new Set(a.availableActions);
  const act = async (call: () => Promise<unknown>, done: string) => {
    await call();
    setNotice(done);
    await Promise.all([app.reload(), history.reload()]);
  };
  const outcomes = [
    ...(can.has(`grant_${part}_part`) ? (['granted'] as const) : []),
    ...(can.has(`refuse_${part}_part`) ? (['refused'] as const) : []),
  ];
  const admissibility = can.has('declare_admissible') || can.has('declare_inadmissible');
  const canExtend = can.has('extend_deadline') && a.clock !== null && !a.clock.extended;
  const anyAction = can.has('request_supplement') || admissibility || outcomes.length > 0 || canExtend;

  return (
    <>
      <BackLink label="Back to the case list" />
      <CaseNavigation id={a.id} part={part} />
      <h1>Case {a.reference}</h1>
      <p className="state-line">
        State: <StateBadge state={a.state} />
      </p>
      <LiveUpdateNote {...live} />
      <LegalClock clock={a.clock} viewer="authority" />
      <FocusedNotice message={notice} />
      {app.error !== undefined && <ProblemAlert error={app.error} onRetry={() => void app.reload()} />}

      <ApplicationFacts application={a} />

      <section aria-labelledby="case-documents">
        <h2 id="case-documents">Documents</h2>
        <DocumentList applicationId={a.id} documents={a.documents} viewable />
      </section>

      <AuthorityDocumentForm
        applicationId={a.id}
        part={part}
        onAdded={async (_doc, message) => {
          setNotice(message);
          await Promise.all([app.reload(), history.reload()]);
        }}
      />

      <section aria-labelledby="case-supplements">
        <h2 id="case-supplements">Supplement requests</h2>
        {a.supplementRequests.length === 0 ? (
          <p>No supplement has been requested.</p>
        ) : (
          <div className="stack">
            {a.supplementRequests.map((r) => (
              <SupplementRequestCard key={r.id} request={r} />
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="case-decisions">
        <h2 id="case-decisions">Decisions</h2>
        <DecisionList
          applicationId={a.id}
          decisions={a.decisions}
          documents={a.documents}
          language={a.language}
        />
      </section>

      {anyAction && (
        <section aria-labelledby="case-actions">
          <h2 id="case-actions">Actions</h2>
          <div className="stack">
            {admissibility && (
              <AdmissibilityForm
                canDeclareAdmissible={can.has('declare_admissible')}
                canDeclareInadmissible={can.has('declare_inadmissible')}
                onSubmit={(body) =>
                  act(
                    () => api.decideAdmissibility(a.id, body),
                    body.admissible
                      ? 'The application was declared admissible.'
                      : 'The application was declared inadmissible.',
                  )
                }
              />
            )}
            {outcomes.length > 0 && (
              <DecisionForm
                part={part}
                outcomes={outcomes}
                onSubmit={(body) => act(() => api.decide(a.id, part, body), 'The decision was recorded.')}
              />
            )}
            {can.has('request_supplement') && (
              <RequestSupplementForm
                onSubmit={(body) =>
                  act(
                    () => api.requestSupplement(a.id, body),
                    'The supplement request was sent to the applicant.',
                  )
                }
              />
            )}
            {canExtend && (
              <DeadlineExtension
                application={a}
                onExtended={async (message) => {
                  setNotice(message);
                  await Promise.all([app.reload(), history.reload()]);
                }}
                onReload={async () => {
                  await Promise.all([app.reload(), history.reload()]);
                }}
              />
            )}
          </div>
        </section>
      )}

      <CaseNotes applicationId={a.id} part={part} />

      <HistorySection headingId="case-history" history={history} />
    </>
  );
}
