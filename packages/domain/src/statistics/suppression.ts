/**
 * Small counts in published tables: which cells to withhold so that no count of 1 to 4 can be
 * read, nor worked out from the totals that are published beside it (docs/statistics.md).
 *
 * Primary suppression: every count from 1 to `threshold - 1` (default 1-4), totals included, is
 * withheld as `small` ("<5"). Zeros are shown: they identify nobody.
 *
 * Secondary suppression: as many further cells (`complement`, "x"), each of at least `threshold`,
 * as it takes that every small cell has at least two values consistent with everything that is
 * published. The attacker assumed here knows more than the table says: the rule itself, so that
 * a small cell lies between 1 and threshold - 1 and a complement is at least threshold. The
 * guarantee is constructive: for each small cell there is a second integer table, equal in every
 * shown cell and satisfying every total and bound, in which that cell has another value.
 *
 * How: a table with its totals is a transportation problem. Negating the totals (the "augmented"
 * table: each row and each column then sums to zero) makes every alternative table differ from
 * the true one by circulations: cycles that alternately add and take one along rows and
 * columns. A small cell can change if, and only if, a cycle through it exists using hidden cells
 * only, each moved within its bounds. So the check is a path search in a small graph (rows and
 * columns as nodes, hidden cells as arcs), and the repair is a cheapest path through shown cells
 * (fewest new cells, then the smallest counts), which are then withheld as complements.
 *
 * Linked tables: tables that cross one population by different variables share their totals row
 * (e.g. grants per category by age band, by sex, by nationality, and by province, all with the
 * same grants per category). An attacker may combine them. Cells of the shared row move only
 * together: a small shared cell is protected by one move of the shared row (the cell and one
 * partner in that row) completed by a path inside every table of the family, and every other cell
 * by a cycle that leaves the shared row alone. Either is a valid alternative for the combined
 * system, so the family is protected as a whole.
 *
 * The last resort: a few files spread so thinly that a small count stays pinned by its bounds
 * whatever is hidden. Then every cell of the table (of the family) is withheld as a complement,
 * zeros and small counts included, and a complement there may be any count.
 */

import { smallCountThreshold } from './definitions.ts';

export type CellStatus = 'shown' | 'small' | 'complement';

export interface SuppressionOptions {
  /** Counts from 1 to threshold - 1 are withheld. Default 5. */
  threshold?: number;
  /**
   * Whether each row has a published total. False for tables whose columns add up over the rows
   * but whose rows do not add up over the columns (a decision citing two grounds counts under
   * each). Only for a single table. Default true.
   */
  rowTotals?: boolean;
}

/** A table as published: the interior, each row's total last, the column totals as the last row. */
export interface ProtectedTable {
  /**
   * (rows + 1) x (columns + 1): row i's total at [i][columns], column j's total at [rows][j], the
   * grand total at [rows][columns]. Without row totals: (rows + 1) x columns.
   */
  values: number[][];
  status: CellStatus[][];
}

/** Withholds the small counts of one table and as many others as protect them (see above). */
export function protectTable(cells: readonly (readonly number[])[], options: SuppressionOptions = {}) {
  return protectFamily([cells], options)[0] as ProtectedTable;
}

/**
 * Withholds the small counts of several tables of one population that share their columns and
 * their column totals (the caller's tables must have equal column sums), and as many other cells
 * as protect them against the tables combined.
 */
export function protectTableFamily(
  tables: readonly (readonly (readonly number[])[])[],
  options: Omit<SuppressionOptions, 'rowTotals'> = {},
): ProtectedTable[] {
  return protectFamily(tables, options);
}

// ---------------------------------------------------------------------------------------------

interface Grid {
  /** Interior rows; the totals row has index `rows`. */
  rows: number;
  values: number[][];
  status: CellStatus[][];
}

interface Cell {
  t: number;
  i: number;
  j: number;
}

function protectFamily(
  tables: readonly (readonly (readonly number[])[])[],
  options: SuppressionOptions,
): ProtectedTable[] {
  const threshold = options.threshold ?? smallCountThreshold;
  const rowTotals = options.rowTotals ?? true;
  if (!Number.isInteger(threshold) || threshold < 2) throw new Error('threshold must be an integer >= 2');
  if (tables.length === 0) return [];
  if (!rowTotals && tables.length > 1) throw new Error('linked tables need row totals');
  const columns = tables[0]?.[0]?.length ?? 0;
  const grids: Grid[] = tables.map((cells) => augment(cells, columns, rowTotals));
  const linked = grids.length > 1;
  if (linked) {
    const first = grids[0] as Grid;
    for (const g of grids) {
      const a = g.values[g.rows] as number[];
      const b = first.values[first.rows] as number[];
      if (a.some((v, j) => v !== b[j])) throw new Error('linked tables must have the same column totals');
    }
  }
  const width = rowTotals ? columns + 1 : columns;
  const isSmall = (v: number) => v >= 1 && v < threshold;
  for (const g of grids) {
    g.status = g.values.map((row) => row.map((v) => (isSmall(v) ? 'small' : 'shown')));
  }
  // The shared totals row is one set of cells, whatever table it is read through.
  if (linked) {
    const shared = (grids[0] as Grid).status[(grids[0] as Grid).rows] as CellStatus[];
    for (const g of grids) g.status[g.rows] = shared;
  }

  const model: Model = {
    grids,
    threshold,
    rowTotals,
    width,
    linked,
    withheld: false,
    graphs: new Map(),
    trees: new Map(),
  };

  if (linked) {
    const shared = sharedRow(model);
    for (let k = 0; k < width; k++) {
      if (shared[k] !== 'small' || cheapestSharedMove(model, k, false)) continue;
      const found = cheapestSharedMove(model, k, true);
      if (found) hide(model, found.cells);
      else withholdAll(model);
    }
  }
  grids.forEach((g, t) => {
    for (let i = 0; i < g.values.length; i++) {
      if (linked && i === g.rows) continue;
      for (let j = 0; j < width; j++) {
        if (g.status[i]?.[j] !== 'small') continue;
        const cell = { t, i, j };
        if (cheapestCycle(model, cell, false)) continue;
        const found = cheapestCycle(model, cell, true);
        if (found) hide(model, found.cells);
        else withholdAll(model);
      }
    }
  });
  return grids.map((g) => ({ values: g.values, status: g.status.map((row) => [...row]) }));
}

function augment(cells: readonly (readonly number[])[], columns: number, rowTotals: boolean): Grid {
  const values: number[][] = [];
  const totals = new Array<number>(columns + 1).fill(0);
  for (const row of cells) {
    if (row.length !== columns) throw new Error('every row must have the same number of columns');
    for (const v of row) {
      if (!Number.isInteger(v) || v < 0) throw new Error('counts must be non-negative integers');
    }
    const sum = row.reduce((s, v) => s + v, 0);
    const line = rowTotals ? [...row, sum] : [...row];
    line.forEach((v, j) => {
      totals[j] = (totals[j] as number) + v;
    });
    values.push(line);
  }
  values.push(rowTotals ? totals : totals.slice(0, columns));
  return { rows: cells.length, values, status: [] };
}

interface Model {
  grids: Grid[];
  threshold: number;
  rowTotals: boolean;
  width: number;
  linked: boolean;
  /** Every cell withheld (the last resort): a complement may then be any count, zero included. */
  withheld: boolean;
  /** Graphs and path trees built for the current statuses (dropped whenever a cell is hidden). */
  graphs: Map<string, Arc[][]>;
  trees: Map<string, Tree[][]>;
}

const sharedRow = (m: Model) => {
  const g = m.grids[0] as Grid;
  return g.status[g.rows] as CellStatus[];
};

/** +1 for interior cells and the grand total, -1 for the totals (so every line sums to zero). */
function sign(m: Model, g: Grid, i: number, j: number): number {
  const totalRow = i === g.rows;
  const totalColumn = m.rowTotals && j === m.width - 1;
  return totalRow !== totalColumn ? -1 : 1;
}

/** Whether a hidden (or to-be-hidden) cell may change by `dx` within what the attacker knows of it. */
function mayMove(m: Model, status: CellStatus, value: number, dx: number): boolean {
  const next = value + dx;
  if (status === 'small') return next >= 1 && next <= m.threshold - 1;
  if (status === 'complement') return next >= (m.withheld ? 0 : m.threshold);
  return false;
}

// Graph of one table: row nodes 0..rows (the totals row last), then column nodes. Without row
// totals the rows are not constrained: they all collapse into node 0.
const rowNode = (m: Model, i: number) => (m.rowTotals ? i : 0);
const columnNode = (m: Model, g: Grid, j: number) => (m.rowTotals ? g.rows + 1 : 1) + j;
const nodeCount = (m: Model, g: Grid) => (m.rowTotals ? g.rows + 1 : 1) + m.width;

interface Arc {
  to: number;
  cost: number;
  cell: Cell;
}

/**
 * The arcs of table t's residual graph. A move of +1 in the augmented (signed) table runs
 * row -> column, a move of -1 column -> row. Hidden cells cost nothing; with `withCandidates`,
 * shown cells that could be withheld as complements (at least threshold) cost one new cell plus
 * a little per count, so the cheapest path hides the fewest and smallest.
 */
function graphOf(m: Model, t: number, withCandidates: boolean, reverse = false): Arc[][] {
  const id = `${t}:${withCandidates}:${reverse}`;
  let graph = m.graphs.get(id);
  if (!graph) {
    graph = reverse
      ? reversed(graphOf(m, t, withCandidates))
      : arcs(m, t, (c) => isSharedRow(m, c), withCandidates);
    m.graphs.set(id, graph);
  }
  return graph;
}

function arcs(m: Model, t: number, exclude: (c: Cell) => boolean, withCandidates: boolean): Arc[][] {
  const g = m.grids[t] as Grid;
  const out: Arc[][] = Array.from({ length: nodeCount(m, g) }, () => []);
  for (let i = 0; i < g.values.length; i++) {
    for (let j = 0; j < m.width; j++) {
      const cell = { t, i, j };
      if (exclude(cell)) continue;
      const value = g.values[i]?.[j] as number;
      let status = g.status[i]?.[j] as CellStatus;
      let cost = 0;
      if (status === 'shown') {
        if (!withCandidates || value < m.threshold) continue;
        status = 'complement';
        cost = candidateCost(value);
      }
      const s = sign(m, g, i, j);
      const r = rowNode(m, i);
      const c = columnNode(m, g, j);
      if (mayMove(m, status, value, s)) out[r]?.push({ to: c, cost, cell });
      if (mayMove(m, status, value, -s)) out[c]?.push({ to: r, cost, cell });
    }
  }
  return out;
}

interface Tree {
  dist: number[];
  /** The arc each node was reached by (in the graph searched). */
  via: (Arc | undefined)[];
  prev: number[];
}

/**
 * Cheapest paths from `source` (Dijkstra; the graphs have a few dozen nodes), to every node, or
 * until `target` is settled. Arcs of the cell `skip` are not taken. In a graph of hidden cells
 * only (`free`: every arc costs nothing) any path is cheapest, and a breadth-first walk finds one.
 */
function cheapestFrom(graph: Arc[][], source: number, skip?: Cell, target?: number, free = false): Tree {
  const n = graph.length;
  const dist = new Array<number>(n).fill(Number.POSITIVE_INFINITY);
  const via = new Array<Arc | undefined>(n);
  const prev = new Array<number>(n).fill(-1);
  dist[source] = 0;
  if (free) {
    const queue = [source];
    for (let head = 0; head < queue.length && dist[target ?? -1] !== 0; head++) {
      const u = queue[head] as number;
      for (const arc of graph[u] ?? []) {
        if (dist[arc.to] === 0 || (skip && sameCell(arc.cell, skip))) continue;
        dist[arc.to] = 0;
        via[arc.to] = arc;
        prev[arc.to] = u;
        queue.push(arc.to);
      }
    }
    return { dist, via, prev };
  }
  const done = new Array<boolean>(n).fill(false);
  for (;;) {
    let u = -1;
    for (let v = 0; v < n; v++) {
      if (done[v] || dist[v] === Number.POSITIVE_INFINITY) continue;
      if (u < 0 || (dist[v] as number) < (dist[u] as number)) u = v;
    }
    if (u < 0 || u === target) break;
    done[u] = true;
    for (const arc of graph[u] ?? []) {
      if (skip && sameCell(arc.cell, skip)) continue;
      const d = (dist[u] as number) + arc.cost;
      if (d < (dist[arc.to] as number)) {
        dist[arc.to] = d;
        via[arc.to] = arc;
        prev[arc.to] = u;
      }
    }
  }
  return { dist, via, prev };
}

/** The cells on the tree's path to `target` (from its source), or undefined if unreachable. */
function cellsTo(tree: Tree, target: number): Cell[] | undefined {
  if (tree.dist[target] === Number.POSITIVE_INFINITY) return undefined;
  const cells: Cell[] = [];
  for (let v = target; tree.prev[v] !== -1; v = tree.prev[v] as number) cells.push((tree.via[v] as Arc).cell);
  return cells;
}

/** The graph with every arc turned round: cheapest paths from it are cheapest paths *to* a node. */
function reversed(graph: Arc[][]): Arc[][] {
  const out: Arc[][] = graph.map(() => []);
  graph.forEach((list, from) => {
    for (const arc of list) out[arc.to]?.push({ to: from, cost: arc.cost, cell: arc.cell });
  });
  return out;
}

const sameCell = (a: Cell, b: Cell) => a.t === b.t && a.i === b.i && a.j === b.j;

function hide(m: Model, cells: Cell[]) {
  m.graphs.clear();
  m.trees.clear();
  for (const c of cells) {
    const g = m.grids[c.t] as Grid;
    const row = g.status[c.i] as CellStatus[];
    if (row[c.j] === 'shown') row[c.j] = 'complement';
  }
}

/** The cycle through `cell` in direction dy (+1: row -> column), as path endpoints, if the cell may move so. */
function cycleEnds(m: Model, cell: Cell, dy: number): [number, number] | undefined {
  const g = m.grids[cell.t] as Grid;
  const value = g.values[cell.i]?.[cell.j] as number;
  const status = g.status[cell.i]?.[cell.j] as CellStatus;
  if (!mayMove(m, status, value, sign(m, g, cell.i, cell.j) * dy)) return undefined;
  const r = rowNode(m, cell.i);
  const c = columnNode(m, g, cell.j);
  // +1 runs r -> c, so the rest of the cycle runs c -> r; -1 the other way round.
  return dy > 0 ? [c, r] : [r, c];
}

const isSharedRow = (m: Model, c: Cell) => m.linked && c.i === (m.grids[c.t] as Grid).rows;

/**
 * Cheapest paths between the columns of each table, leaving the shared row alone: how a move of
 * the shared row is completed inside a table. [t][k] is the tree from column k of table t.
 */
function completions(m: Model, withCandidates: boolean): Tree[][] {
  const id = `completions:${withCandidates}`;
  const cached = m.trees.get(id);
  if (cached) return cached;
  const trees = m.grids.map((g, t) => {
    const graph = graphOf(m, t, withCandidates);
    return Array.from({ length: m.width }, (_v, k) =>
      cheapestFrom(graph, columnNode(m, g, k), undefined, undefined, !withCandidates),
    );
  });
  m.trees.set(id, trees);
  return trees;
}

/** What it costs to use shared-row cell k moving by dy (signed), or undefined if it may not. */
function sharedCost(m: Model, k: number, dy: number, withCandidates: boolean): number | undefined {
  const first = m.grids[0] as Grid;
  const value = first.values[first.rows]?.[k] as number;
  let status = sharedRow(m)[k] as CellStatus;
  let cost = 0;
  if (status === 'shown') {
    if (!withCandidates || value < m.threshold) return undefined;
    status = 'complement';
    cost = candidateCost(value);
  }
  return mayMove(m, status, value, sign(m, first, first.rows, k) * dy) ? cost : undefined;
}

const candidateCost = (value: number) => 1_000_000_000 + value;

interface Found {
  cells: Cell[];
  cost: number;
}

/**
 * The cheapest alternative table in which a cell that is not in the shared row changes: a cycle
 * inside its table that leaves the shared row alone or, for linked tables, a cycle that passes
 * the shared row once (two of its cells, k and k2) with the same move of the shared row completed
 * inside every other table. If no cycle of the first kind exists, the two halves of one of the
 * second kind share no node (else they would contain one of the first kind), so it is a cycle.
 */
function cheapestCycle(m: Model, cell: Cell, withCandidates: boolean): Found | undefined {
  let best: Found | undefined;
  const consider = (found: Found) => {
    if (!best || found.cost < best.cost) best = found;
  };
  let pairs: Tree[][] | undefined;
  for (const dy of [1, -1]) {
    const ends = cycleEnds(m, cell, dy);
    if (!ends) continue;
    // The shared row is left out of the graph; the cell itself is skipped by the search.
    const graph = graphOf(m, cell.t, withCandidates);
    // Settling ends[1] is enough when a direct cycle exists; without one, the search runs to the end.
    const forward = cheapestFrom(graph, ends[0], cell, ends[1], !withCandidates);
    const direct = cellsTo(forward, ends[1]);
    if (direct) consider({ cells: direct, cost: forward.dist[ends[1]] as number });
    if (!m.linked || (best && !withCandidates)) continue;
    if (direct) continue; // preferred: it leaves the other tables of the family alone
    const backward = cheapestFrom(
      graphOf(m, cell.t, withCandidates, true),
      ends[1],
      cell,
      undefined,
      !withCandidates,
    );
    const g = m.grids[cell.t] as Grid;
    pairs ??= completions(m, withCandidates);
    // The cycle: ends[0] ~> column k2, k2 -> shared row (-1), shared row -> column k (+1), k ~> ends[1].
    for (let k = 0; k < m.width; k++) {
      const costK = sharedCost(m, k, 1, withCandidates);
      if (costK === undefined) continue;
      const toEnd = backward.dist[columnNode(m, g, k)] as number;
      if (toEnd === Number.POSITIVE_INFINITY) continue;
      for (let k2 = 0; k2 < m.width; k2++) {
        if (k2 === k) continue;
        const costK2 = sharedCost(m, k2, -1, withCandidates);
        if (costK2 === undefined) continue;
        const fromStart = forward.dist[columnNode(m, g, k2)] as number;
        if (fromStart === Number.POSITIVE_INFINITY) continue;
        let cost = costK + costK2 + toEnd + fromStart;
        for (let t = 0; t < m.grids.length && cost < Number.POSITIVE_INFINITY; t++) {
          if (t === cell.t) continue;
          const tree = (pairs[t] as Tree[])[k] as Tree;
          cost += tree.dist[columnNode(m, m.grids[t] as Grid, k2)] as number;
        }
        if (cost === Number.POSITIVE_INFINITY || (best && cost >= best.cost)) continue;
        const cells: Cell[] = [
          { t: 0, i: (m.grids[0] as Grid).rows, j: k },
          { t: 0, i: (m.grids[0] as Grid).rows, j: k2 },
          ...(cellsTo(forward, columnNode(m, g, k2)) ?? []),
          ...(cellsTo(cheapestFrom(graph, columnNode(m, g, k), cell, ends[1], !withCandidates), ends[1]) ??
            []),
        ];
        for (let t = 0; t < m.grids.length; t++) {
          if (t === cell.t) continue;
          cells.push(...(cellsTo(pairs[t]?.[k] as Tree, columnNode(m, m.grids[t] as Grid, k2)) ?? []));
        }
        consider({ cells, cost });
      }
    }
  }
  return best;
}

/**
 * The cheapest move of the shared row that changes its cell k: k by dy, a partner k2 by -dy (the
 * row keeps its total), completed inside every table by a path between the two columns.
 */
function cheapestSharedMove(m: Model, k: number, withCandidates: boolean): Found | undefined {
  let best: Found | undefined;
  const pairs = completions(m, withCandidates);
  const rows = (m.grids[0] as Grid).rows;
  for (const dy of [1, -1]) {
    const costK = sharedCost(m, k, dy, withCandidates);
    if (costK === undefined) continue;
    for (let k2 = 0; k2 < m.width; k2++) {
      if (k2 === k) continue;
      const costK2 = sharedCost(m, k2, -dy, withCandidates);
      if (costK2 === undefined) continue;
      // dy = +1: shared row -> column k, column k2 -> shared row; inside each table k ~> k2.
      const [from, to] = dy > 0 ? [k, k2] : [k2, k];
      let cost = costK + costK2;
      const cells: Cell[] = [{ t: 0, i: rows, j: k2 }];
      for (let t = 0; t < m.grids.length; t++) {
        const tree = pairs[t]?.[from] as Tree;
        const target = columnNode(m, m.grids[t] as Grid, to);
        const path = cellsTo(tree, target);
        if (!path) {
          cost = Number.POSITIVE_INFINITY;
          break;
        }
        cost += tree.dist[target] as number;
        cells.push(...path);
      }
      if (cost < Number.POSITIVE_INFINITY && (!best || cost < best.cost)) best = { cells, cost };
      if (best && !withCandidates) return best;
    }
  }
  return best;
}

/**
 * The last resort, for tables too sparse to protect otherwise (a handful of files where every
 * count is small and pinned by its bounds): withhold every cell, zeros and small ones included, all
 * as complements, so that not even the bounds of a small count are told. Each count of at least one
 * can then be one less, with the totals around it.
 */
function withholdAll(m: Model) {
  m.graphs.clear();
  m.trees.clear();
  m.withheld = true;
  for (const g of m.grids) for (const row of g.status) row.fill('complement');
}
