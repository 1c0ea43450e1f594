import { type InboxSort, inboxSorts, type SavedViewQuery } from '@loket/contracts';
import {
  type ApplicationState,
  applicationStates,
  type Category,
  categories,
  type Province,
  provinces,
  type WorklistKey,
  worklistKeys,
} from '@loket/domain';

/**
 * The inbox view in the address bar, so a list can be linked, bookmarked and saved: the worklist,
 * each filter (repeated for several values) and the order. Anything the API would refuse (an
 * unknown code, a search word under three characters) is left out rather than sent.
 */
export type InboxView = SavedViewQuery;

export const defaultWorklist: WorklistKey = 'team';
/** The API's order when none is asked for: latest decisions first in "decided", soonest deadline elsewhere. */
export const defaultSortFor = (worklist: WorklistKey | undefined): InboxSort =>
  worklist === 'decided' ? '-decided' : 'deadline';

const listKeys = ['category', 'province', 'state', 'nationality'] as const;
const dateRe = /^\d{4}-\d{2}-\d{2}$/;

function pick<V extends string>(values: readonly string[], allowed: readonly V[]): V[] {
  return [...new Set(values.filter((v): v is V => (allowed as readonly string[]).includes(v)))];
}

export function viewFromSearch(search: URLSearchParams): InboxView {
  const view: InboxView = {};
  const worklist = search.get('worklist');
  if (worklist && (worklistKeys as readonly string[]).includes(worklist)) {
    view.worklist = worklist as WorklistKey;
  }
  const category = pick<Category>(search.getAll('category'), categories);
  if (category.length) view.category = category;
  const province = pick<Province>(search.getAll('province'), provinces);
  if (province.length) view.province = province;
  const state = pick<ApplicationState>(search.getAll('state'), applicationStates);
  if (state.length) view.state = state;
  const nationality = [
    ...new Set(
      search
        .getAll('nationality')
        .map((n) => n.trim().toUpperCase())
        .filter((n) => /^[A-Z]{2}$/.test(n)),
    ),
  ];
  if (nationality.length) view.nationality = nationality;
  const from = search.get('deadlineFrom');
  if (from && dateRe.test(from)) view.deadlineFrom = from;
  const to = search.get('deadlineTo');
  if (to && dateRe.test(to)) view.deadlineTo = to;
  const assignee = search.get('assignee')?.trim();
  if (assignee) view.assignee = assignee.slice(0, 255);
  const q = search.get('q')?.trim();
  if (q && validSearch(q)) view.q = q.slice(0, 100);
  const sort = search.get('sort');
  if (sort && (inboxSorts as readonly string[]).includes(sort)) view.sort = sort as InboxSort;
  return view;
}

/** A search the API accepts: at least one word of three characters or more. */
export function validSearch(q: string): boolean {
  return q
    .trim()
    .split(/\s+/)
    .some((w) => w.length >= 3);
}

/** The query string of a view (without "?"), in a stable order; empty for the default view. */
export function searchOfView(view: InboxView): string {
  const search = new URLSearchParams();
  if (view.worklist && view.worklist !== defaultWorklist) search.set('worklist', view.worklist);
  for (const key of listKeys) for (const v of view[key] ?? []) search.append(key, v);
  if (view.deadlineFrom) search.set('deadlineFrom', view.deadlineFrom);
  if (view.deadlineTo) search.set('deadlineTo', view.deadlineTo);
  if (view.assignee) search.set('assignee', view.assignee);
  if (view.q) search.set('q', view.q);
  if (view.sort && view.sort !== defaultSortFor(view.worklist)) search.set('sort', view.sort);
  return search.toString();
}

export function hrefOfView(pathname: string, view: InboxView): string {
  const s = searchOfView(view);
  return s ? `${pathname}?${s}` : pathname;
}

/** True when any filter narrows the worklist (the order and the worklist do not count). */
export function hasFilters(view: InboxView): boolean {
  return (
    listKeys.some((k) => (view[k]?.length ?? 0) > 0) ||
    !!view.deadlineFrom ||
    !!view.deadlineTo ||
    !!view.assignee ||
    !!view.q
  );
}

/** A stable key for a view, to refetch when (and only when) it changes. */
export const viewKey = (view: InboxView): string =>
  searchOfView({ ...view, worklist: view.worklist ?? defaultWorklist });
