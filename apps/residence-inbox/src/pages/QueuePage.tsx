import { CaseQueue } from '@loket/ui';

/** The federal Immigration Office's queue: files whose work part the regions have granted. */
export function QueuePage() {
  return (
    <CaseQueue
      part="residence"
      heading="Residence permit cases"
      intro={
        <p>
          Applications reach you once a regional work service has declared them admissible. When the work part
          is granted, ask for supplements where needed and decide the residence part.
        </p>
      }
    />
  );
}
