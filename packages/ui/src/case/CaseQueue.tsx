import type { InboxItem, Problem } from '@loket/contracts';
import type { Part } from '@loket/domain';
import { type ReactNode, useCallback, useState } from 'react';
import { useApi, useAuth, usePageTitle } from '../auth.tsx';
import { Loading } from '../components/Loading.tsx';
import { ProblemAlert } from '../components/ProblemAlert.tsx';
import { AssignDialog, BulkActions, BulkResults, type NamedResult } from '../inbox/Assignment.tsx';
import { ConflictAlert, versionConflictOf } from '../inbox/ConflictAlert.tsx';
import { InboxFilters } from '../inbox/InboxFilters.tsx';
import { InboxTable } from '../inbox/InboxTable.tsx';
import { defaultWorklist, hrefOfView, type InboxView, viewFromSearch } from '../inbox/query.ts';
import { SavedViews } from '../inbox/SavedViews.tsx';
import { useInbox, useTeam } from '../inbox/useInbox.ts';
import { DeadlineReminders, WorklistNav } from '../inbox/WorklistNav.tsx';
import { worklistLabels } from '../labels.ts';
import { LiveUpdateNote } from '../live/LiveUpdateNote.tsx';
import { useLiveRefresh } from '../live/useLiveEvents.ts';
import { navigate, useLocation } from '../router.tsx';
import { useRememberQueueOrder } from './queueOrder.ts';

/**
 * An authority's inbox: the worklists with their counts, filters and order in the address bar
 * (linkable, savable), the files page by page, and taking, assigning and releasing files one by
 * one or in bulk. Every change sends the version the row showed; a lost race says what changed.
 */
export function CaseQueue({ part, heading, intro }: { part: Part; heading: string; intro?: ReactNode }) {
  usePageTitle(heading);
  const api = useApi();
  const { me } = useAuth();
  const { pathname, search } = useLocation();
  const view: InboxView = viewFromSearch(search);
  const worklist = view.worklist ?? defaultWorklist;
  const { items, error, loading, hasMore, loadMore, refresh, counts } = useInbox(view);
  const live = useLiveRefresh(() => refresh()); // files that arrive or move, without pressing Refresh
  const team = useTeam();
  const label = worklistLabels[worklist];
  useRememberQueueOrder(part, items, search.size > 0 ? `${pathname}?${search}` : pathname, label);

  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [busyId, setBusyId] = useState<string>();
  const [bulkBusy, setBulkBusy] = useState(false);
  const [conflict, setConflict] = useState<{ problem: Problem; reference: string }>();
  const [actionError, setActionError] = useState<unknown>();
  const [message, setMessage] = useState('');
  const [results, setResults] = useState<NamedResult[]>();
  const [assigning, setAssigning] = useState<InboxItem>();

  const apply = (next: InboxView) => {
    setSelected(new Set());
    navigate(hrefOfView(pathname, next));
  };

  const reload = useCallback(async () => {
    setConflict(undefined);
    setActionError(undefined);
    await refresh();
  }, [refresh]);

  /** One file's change, with the version its row showed (If-Match). */
  const change = async (
    item: InboxItem,
    assigneeId: string | null,
    reason: string | undefined,
    done: string,
  ) => {
    setBusyId(item.id);
    setConflict(undefined);
    setActionError(undefined);
    setResults(undefined);
    setMessage('');
    try {
      await api.assign(item.id, { assigneeId, ...(reason ? { reason } : {}) }, item.version);
      setAssigning(undefined);
      setMessage(done);
      await refresh();
    } catch (e) {
      setAssigning(undefined);
      const problem = versionConflictOf(e);
      if (problem) setConflict({ problem, reference: item.reference });
      else setActionError(e);
    } finally {
      setBusyId(undefined);
    }
  };

  const nameOf = (id: string) => team?.find((m) => m.id === id)?.name ?? 'the chosen colleague';
  const onTake = (item: InboxItem) => {
    // Someone else's file: taking it over is a reassignment, which needs a reason.
    if (item.assignee && item.assignee.id !== me.id) setAssigning(item);
    else void change(item, me.id, undefined, `${item.reference} is now assigned to you.`);
  };
  const onRelease = (item: InboxItem) => {
    if (item.assignee && item.assignee.id !== me.id) setAssigning(item);
    else void change(item, null, undefined, `${item.reference} was released to the team.`);
  };

  const bulk = async (assigneeId: string | null, reason: string | undefined) => {
    const chosen = (items ?? []).filter((i) => selected.has(i.id));
    if (chosen.length === 0) return;
    setBulkBusy(true);
    setConflict(undefined);
    setActionError(undefined);
    setMessage('');
    setResults(undefined);
    try {
      const res = await api.bulkAssign({
        items: chosen.map((i) => ({ id: i.id, version: i.version })),
        assigneeId,
        ...(reason ? { reason } : {}),
      });
      const refOf = new Map(chosen.map((i) => [i.id, i.reference]));
      setResults(res.results.map((r) => ({ reference: refOf.get(r.id) ?? r.id, result: r })));
      setSelected(new Set(res.results.filter((r) => !r.ok).map((r) => r.id)));
      await refresh();
    } catch (e) {
      setActionError(e);
    } finally {
      setBulkBusy(false);
    }
  };

  const shownText =
    items === undefined
      ? ''
      : items.length === 0
        ? 'No cases in this list.'
        : `${items.length}${hasMore ? '+' : ''} ${items.length === 1 ? 'case' : 'cases'} shown.`;

  return (
    <>
      <h1>{heading}</h1>
      {intro}
      <WorklistNav pathname={pathname} view={view} current={worklist} counts={counts} />
      <DeadlineReminders pathname={pathname} counts={counts} current={worklist} />
      <div className="inbox-layout">
        <div className="inbox-side">
          <InboxFilters part={part} view={view} team={team} onApply={apply} />
          <SavedViews pathname={pathname} view={view} />
        </div>
        <div className="inbox-main">
          <div className="toolbar">
            <h2 className="h3 worklist-heading">
              {label}
              {counts && <span className="muted"> – {countText(counts, worklist)}</span>}
            </h2>
            <button
              type="button"
              className="button secondary small"
              onClick={() => void reload()}
              disabled={loading}
            >
              Refresh
            </button>
          </div>
          <LiveUpdateNote {...live} />
          {conflict && (
            <ConflictAlert
              problem={conflict.problem}
              reference={conflict.reference}
              onReload={() => void reload()}
            />
          )}
          {actionError !== undefined && <ProblemAlert error={actionError} />}
          <div role="status" className={message ? 'alert alert-success' : undefined}>
            {message && (
              <>
                <span aria-hidden="true">✓ </span>
                {message}
              </>
            )}
          </div>
          <BulkActions
            count={selected.size}
            team={team}
            meId={me.id}
            busy={bulkBusy}
            onAssign={(to, reason) => void bulk(to, reason)}
            onRelease={(reason) => void bulk(null, reason)}
            onClear={() => setSelected(new Set())}
          />
          <BulkResults results={results} />
          {error !== undefined && <ProblemAlert error={error} onRetry={() => void reload()} />}
          {items === undefined ? (
            loading && <Loading label="Loading cases…" />
          ) : (
            <>
              <p role="status" className="muted">
                {shownText}
              </p>
              {items.length > 0 && (
                <InboxTable
                  items={items}
                  caption={`Cases: ${label}`}
                  selected={selected}
                  onSelect={(id, on) =>
                    setSelected((s) => {
                      const next = new Set(s);
                      if (on) next.add(id);
                      else next.delete(id);
                      return next;
                    })
                  }
                  onSelectAll={(on) => setSelected(on ? new Set(items.map((i) => i.id)) : new Set())}
                  actions={{ meId: me.id, busyId, onTake, onRelease, onAssign: setAssigning }}
                />
              )}
              {hasMore && (
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => void loadMore()}
                  disabled={loading}
                >
                  {loading ? 'Loading…' : 'Load more cases'}
                </button>
              )}
            </>
          )}
        </div>
      </div>
      <AssignDialog
        item={assigning}
        team={team}
        meId={me.id}
        busy={busyId !== undefined}
        onClose={() => setAssigning(undefined)}
        onAssign={(item, to, reason) =>
          void change(
            item,
            to,
            reason,
            to === null
              ? `${item.reference} was released to the team.`
              : to === me.id
                ? `${item.reference} is now assigned to you.`
                : `${item.reference} is now assigned to ${nameOf(to)}.`,
          )
        }
      />
    </>
  );
}

function countText(counts: NonNullable<ReturnType<typeof useInbox>['counts']>, key: string): string {
  const n = counts.items.find((i) => i.key === key)?.count;
  if (n === undefined) return '';
  return n === 1 ? '1 file' : `${n} files`;
}
