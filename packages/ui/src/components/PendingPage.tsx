import type { AsyncState } from '../hooks.ts';
import { Link } from '../router.tsx';
import { Loading } from './Loading.tsx';
import { ProblemAlert } from './ProblemAlert.tsx';

/** The link back to the app's start page, above a detail page. */
export function BackLink({ label }: { label: string }) {
  return (
    <p>
      <Link to="/">{label}</Link>
    </p>
  );
}

/**
 * A detail page before its data is there: the way back, then a spinner or, when loading failed,
 * the page's title with the problem and a retry.
 */
export function PendingPage({
  backLabel,
  title,
  loadingLabel,
  state,
}: {
  backLabel: string;
  title: string;
  loadingLabel: string;
  state: AsyncState<unknown>;
}) {
  return (
    <>
      <BackLink label={backLabel} />
      {state.error !== undefined ? (
        <>
          <h1>{title}</h1>
          <ProblemAlert error={state.error} onRetry={() => void state.reload()} />
        </>
      ) : (
        <Loading label={loadingLabel} />
      )}
    </>
  );
}
