import type { ApplicationState } from '@loket/domain';
import { useLabels } from '../useLabels.ts';

type Tone = 'neutral' | 'info' | 'action' | 'success' | 'danger';

/** Icon and tone per state. The label carries the meaning; icon and colour only repeat it. */
const look: Record<ApplicationState, { icon: string; tone: Tone }> = {
  draft: { icon: '✎', tone: 'neutral' },
  submitted: { icon: '➜', tone: 'info' },
  work_supplement_requested: { icon: '!', tone: 'action' },
  inadmissible: { icon: '✕', tone: 'danger' },
  work_review: { icon: '…', tone: 'info' },
  work_refused: { icon: '✕', tone: 'danger' },
  residence_review: { icon: '…', tone: 'info' },
  residence_supplement_requested: { icon: '!', tone: 'action' },
  residence_refused: { icon: '✕', tone: 'danger' },
  permit_granted: { icon: '✓', tone: 'success' },
  withdrawn: { icon: '⊘', tone: 'neutral' },
};

export function StateBadge({ state }: { state: ApplicationState }) {
  const labels = useLabels();
  const { icon, tone } = look[state];
  return (
    <span className={`badge badge-${tone}`} data-state={state}>
      <span className="badge-icon" aria-hidden="true">
        {icon}
      </span>
      {labels.state[state]}
    </span>
  );
}
