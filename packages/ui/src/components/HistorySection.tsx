import type { History } from '@loket/contracts';
import { useMessages } from '@loket/i18n/react';
import type { AsyncState } from '../hooks.ts';
import { HistoryTimeline } from './HistoryTimeline.tsx';
import { historyMessages } from './history.messages.ts';
import { Loading } from './Loading.tsx';
import { ProblemAlert } from './ProblemAlert.tsx';

/**
 * The application's history under its own heading. It loads apart from the application, so a
 * failure here offers its own retry and leaves the rest of the page usable.
 */
export function HistorySection({ headingId, history }: { headingId: string; history: AsyncState<History> }) {
  const t = useMessages(historyMessages);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('heading')}</h2>
      {history.error !== undefined && (
        <ProblemAlert error={history.error} onRetry={() => void history.reload()} />
      )}
      {history.data ? (
        <HistoryTimeline entries={history.data.items} />
      ) : (
        history.error === undefined && <Loading label={t('loading')} />
      )}
    </section>
  );
}
