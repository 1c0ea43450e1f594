import { CaseQueue, regionLabels, useAuth } from '@loket/ui';

/** The regional work service's queue: only its own region's applications reach it. */
export function QueuePage() {
  const { me } = useAuth();
  const region = me.authority?.kind === 'work' ? regionLabels[me.authority.region] : undefined;
  return (
    <CaseQueue
      part="work"
      heading={region ? `Work permit cases – ${region}` : 'Work permit cases'}
      intro={
        <p>
          Check new applications for completeness and admissibility, ask for supplements, and decide the work
          part. Admissible files go on to the Immigration Office once the work part is granted.
        </p>
      }
    />
  );
}
