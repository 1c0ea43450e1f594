import type { Worklists } from '@loket/contracts';
import type { WorklistKey } from '@loket/domain';
import { worklistLabels } from '../labels.ts';
import { Link } from '../router.tsx';
import { hrefOfView, type InboxView } from './query.ts';

/** The worklists in the order a caseworker goes through them; `all` has no count and is left out. */
export const shownWorklists: readonly WorklistKey[] = [
  'new',
  'mine',
  'team',
  'waiting',
  'due_soon',
  'overdue',
  'decided',
];

export const countOf = (counts: Worklists | undefined, key: WorklistKey): number | undefined =>
  counts?.items.find((i) => i.key === key)?.count;

/**
 * The worklists as links with their counts in the text; the current one is marked for assistive
 * technology (aria-current) as well as by its look. Switching keeps the filters.
 */
export function WorklistNav({
  pathname,
  view,
  current,
  counts,
}: {
  pathname: string;
  view: InboxView;
  current: WorklistKey;
  counts: Worklists | undefined;
}) {
  return (
    <nav className="worklists" aria-label="Worklists">
      <ul>
        {shownWorklists.map((key) => {
          const count = countOf(counts, key);
          return (
            <li key={key}>
              <Link
                to={hrefOfView(pathname, { ...view, worklist: key })}
                aria-current={key === current ? 'page' : undefined}
                className={key === current ? 'worklist current' : 'worklist'}
                data-worklist={key}
              >
                {worklistLabels[key]}
                {count !== undefined && <span className="worklist-count"> ({count})</span>}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/**
 * A clock drawn inline: the emoji once used here has no glyph in many fonts (headless Chromium
 * drew a box). It only repeats the text beside it, so it is hidden from assistive technology.
 */
function ClockIcon() {
  return (
    <svg
      style={{ verticalAlign: '-0.125em' }}
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
    >
      <circle cx="8" cy="8" r="6.5" />
      <path d="M8 4.5V8l2.5 1.5" />
    </svg>
  );
}

/** Reminders above the list: files overdue and due soon, each a link to its worklist. */
export function DeadlineReminders({
  pathname,
  counts,
  current,
}: {
  pathname: string;
  counts: Worklists | undefined;
  current: WorklistKey;
}) {
  if (!counts) return null;
  const overdue = countOf(counts, 'overdue') ?? 0;
  const dueSoon = countOf(counts, 'due_soon') ?? 0;
  const files = (n: number) => (n === 1 ? '1 file' : `${n} files`);
  const lines = [
    overdue > 0 && current !== 'overdue'
      ? { key: 'overdue' as const, icon: '⚠', text: `${files(overdue)} past the legal deadline` }
      : undefined,
    dueSoon > 0 && current !== 'due_soon'
      ? {
          key: 'due_soon' as const,
          icon: <ClockIcon />,
          text: `${files(dueSoon)} due within ${counts.dueSoonDays} days`,
        }
      : undefined,
  ].filter((l) => l !== undefined);
  if (lines.length === 0) return null;
  return (
    <div className="alert alert-warning deadline-reminders">
      <p className="alert-title">Deadlines</p>
      <ul>
        {lines.map((l) => (
          <li key={l.key}>
            <span aria-hidden="true">{l.icon} </span>
            <Link to={hrefOfView(pathname, { worklist: l.key })}>{l.text}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
