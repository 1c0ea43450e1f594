import { describe, expect, it } from 'vitest';
import { type CellStatus, type ProtectedTable, protectTable, protectTableFamily } from './suppression.ts';

/**
 * The attacker: knows every shown cell, every published total relation, and the rule (a "<5"
 * lies in 1..4, an "x" is at least 5). For each "<5" cell it searches for a second integer
 * solution of all published relations in which that cell has another value (depth-first with
 * interval propagation; the search is an independent solver, not the suppression's own cycle
 * argument). A cell without such a solution is recovered.
 */
interface Equation {
  /** sum of coef * variable + constant = 0 */
  terms: { v: number; coef: number }[];
  constant: number;
}

interface Published {
  /** Per table, per cell: a known value or a variable index. */
  tables: { values: number[][]; status: CellStatus[][]; rowTotals: boolean }[];
  /** The shared totals row of linked tables is the same variables in each. */
  linked: boolean;
}

interface System {
  lower: number[];
  upper: number[];
  equations: Equation[];
  /** For each variable, where it sits: [table, row, column]. */
  where: [number, number, number][];
  truth: number[];
}

function systemOf(p: Published, threshold = 5): System {
  const lower: number[] = [];
  const upper: number[] = [];
  const where: [number, number, number][] = [];
  const truth: number[] = [];
  const ids = p.tables.map((t) => t.values.map((row) => row.map(() => -1)));
  const grand = (p.tables[0]?.values.at(-1)?.at(-1) as number) ?? 0;
  // A table withheld as a whole (every cell hidden, zeros included) says nothing of its complements.
  const everythingHidden = p.tables.every((t) => t.status.every((row) => row.every((s) => s !== 'shown')));
  p.tables.forEach((t, ti) => {
    t.values.forEach((row, i) => {
      row.forEach((v, j) => {
        const sharedRow = p.linked && i === t.values.length - 1;
        // A cell of the shared row is known if any table shows it.
        const shownAnywhere = sharedRow && p.tables.some((u) => u.status.at(-1)?.[j] === 'shown');
        const status = shownAnywhere ? 'shown' : (t.status[i]?.[j] as CellStatus);
        if (status === 'shown') return;
        const row = (ids[ti] as number[][])[i] as number[];
        if (sharedRow && ti > 0) {
          row[j] = (ids[0] as number[][]).at(-1)?.[j] as number;
          return;
        }
        row[j] = lower.length;
        where.push([ti, i, j]);
        truth.push(v);
        lower.push(status === 'small' ? 1 : everythingHidden ? 0 : threshold);
        // The attacker's search is bounded; a bound only makes an alternative harder to find.
        upper.push(status === 'small' ? threshold - 1 : grand + 50);
      });
    });
  });
  const equations: Equation[] = [];
  const addLine = (ti: number, cells: [number, number, number][]) => {
    const terms: { v: number; coef: number }[] = [];
    let constant = 0;
    for (const [i, j, coef] of cells) {
      const id = (ids[ti] as number[][])[i]?.[j] as number;
      if (id >= 0) terms.push({ v: id, coef });
      else constant += coef * ((p.tables[ti] as Published['tables'][number]).values[i]?.[j] as number);
    }
    equations.push({ terms, constant });
  };
  p.tables.forEach((t, ti) => {
    const rows = t.values.length - 1;
    const width = t.values[0]?.length ?? 0;
    const interior = t.rowTotals ? width - 1 : width;
    // Each column (totals column included): interior rows sum to the totals row.
    for (let j = 0; j < width; j++) {
      const cells: [number, number, number][] = [];
      for (let i = 0; i < rows; i++) cells.push([i, j, 1]);
      cells.push([rows, j, -1]);
      addLine(ti, cells);
    }
    if (!t.rowTotals) return;
    // Each row (totals row included): interior columns sum to the row's total.
    for (let i = 0; i <= rows; i++) {
      const cells: [number, number, number][] = [];
      for (let j = 0; j < interior; j++) cells.push([i, j, 1]);
      cells.push([i, interior, -1]);
      addLine(ti, cells);
    }
  });
  return { lower, upper, equations, where, truth };
}

/** Tightens bounds from the equations until nothing changes; false if infeasible. */
function propagate(s: System, lo: number[], hi: number[]): boolean {
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of s.equations) {
      let minSum = e.constant;
      let maxSum = e.constant;
      for (const { v, coef } of e.terms) {
        minSum += coef > 0 ? coef * (lo[v] as number) : coef * (hi[v] as number);
        maxSum += coef > 0 ? coef * (hi[v] as number) : coef * (lo[v] as number);
      }
      if (minSum > 0 || maxSum < 0) return false;
      for (const { v, coef } of e.terms) {
        // coef * x = -(rest); rest lies in [minSum - own min, maxSum - own max].
        const ownMin = coef > 0 ? coef * (lo[v] as number) : coef * (hi[v] as number);
        const ownMax = coef > 0 ? coef * (hi[v] as number) : coef * (lo[v] as number);
        const restMin = minSum - ownMin;
        const restMax = maxSum - ownMax;
        let newLo = coef > 0 ? Math.ceil(-restMax / coef) : Math.ceil(-restMin / coef);
        let newHi = coef > 0 ? Math.floor(-restMin / coef) : Math.floor(-restMax / coef);
        newLo = Math.max(newLo, lo[v] as number);
        newHi = Math.min(newHi, hi[v] as number);
        if (newLo > newHi) return false;
        if (newLo !== lo[v] || newHi !== hi[v]) {
          lo[v] = newLo;
          hi[v] = newHi;
          changed = true;
        }
      }
    }
  }
  return true;
}

/** Any integer solution within the bounds, or undefined. */
function solve(s: System, lo: number[], hi: number[], budget = { nodes: 200_000 }): number[] | undefined {
  if (--budget.nodes < 0) throw new Error('attacker search budget exhausted');
  if (!propagate(s, lo, hi)) return undefined;
  let pick = -1;
  for (let v = 0; v < lo.length; v++) {
    if (lo[v] === hi[v]) continue;
    if (pick < 0 || (hi[v] as number) - (lo[v] as number) < (hi[pick] as number) - (lo[pick] as number))
      pick = v;
  }
  if (pick < 0) return [...lo];
  for (let x = lo[pick] as number; x <= (hi[pick] as number); x++) {
    const l = [...lo];
    const h = [...hi];
    l[pick] = x;
    h[pick] = x;
    const found = solve(s, l, h, budget);
    if (found) return found;
  }
  return undefined;
}

/** The small cells the attacker recovers exactly, each as [table, row, column]. */
function recovered(p: Published): [number, number, number][] {
  const s = systemOf(p);
  const out: [number, number, number][] = [];
  s.where.forEach(([t, i, j], v) => {
    const truth = s.truth[v] as number;
    if (truth < 1 || truth > 4) return;
    const alternative = [truth - 1, truth + 1].some((bound, k) => {
      const lo = [...s.lower];
      const hi = [...s.upper];
      if (k === 0) hi[v] = Math.min(hi[v] as number, bound);
      else lo[v] = Math.max(lo[v] as number, bound);
      const solution = solve(s, lo, hi);
      if (solution) expect(satisfies(s, solution)).toBe(true);
      return solution !== undefined;
    });
    if (!alternative) out.push([t, i, j]);
  });
  return out;
}

const satisfies = (s: System, x: number[]) =>
  s.equations.every(
    (e) => e.terms.reduce((sum, { v, coef }) => sum + coef * (x[v] as number), e.constant) === 0,
  );

const published = (tables: ProtectedTable[], rowTotals = true): Published => ({
  tables: tables.map((t) => ({ values: t.values, status: t.status, rowTotals })),
  linked: tables.length > 1,
});

/** Primary suppression only: what a naive publisher would do. */
const primaryOnly = (t: ProtectedTable): ProtectedTable => ({
  values: t.values,
  status: t.values.map((row) => row.map((v) => (v >= 1 && v <= 4 ? 'small' : 'shown'))),
});

function random(seed: number) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

function randomTable(next: () => number, rows: number, columns: number): number[][] {
  return Array.from({ length: rows }, () =>
    Array.from({ length: columns }, () => {
      const u = next();
      if (u < 0.25) return 0;
      if (u < 0.55) return 1 + Math.floor(next() * 4);
      return 5 + Math.floor(next() * 25);
    }),
  );
}

const hiddenCount = (t: ProtectedTable) => t.status.flat().filter((s) => s !== 'shown').length;

describe('primary suppression', () => {
  it('withholds every count from 1 to 4, totals included, and shows zeros', () => {
    const t = protectTable([
      [0, 3, 10],
      [20, 7, 0],
    ]);
    expect(t.values).toEqual([
      [0, 3, 10, 13],
      [20, 7, 0, 27],
      [20, 10, 10, 40],
    ]);
    expect(t.status[0]?.[1]).toBe('small');
    expect(t.status[0]?.[0]).toBe('shown');
    expect(t.status[1]?.[2]).toBe('shown');
    const totals = protectTable([[2, 0]]);
    expect(totals.status[0]?.[2]).toBe('small'); // the row total 2
    expect(totals.status[1]?.[2]).toBe('small'); // the grand total 2
  });

  it('withholds nothing when there is nothing small', () => {
    const t = protectTable([
      [0, 5, 10],
      [20, 7, 0],
    ]);
    expect(hiddenCount(t)).toBe(0);
  });

  it('takes another threshold', () => {
    const t = protectTable([[9, 12, 30]], { threshold: 10 });
    expect(t.status[0]?.[0]).toBe('small');
  });

  it('refuses what is not a table of counts', () => {
    expect(() => protectTable([[1, -1]])).toThrow(/non-negative/);
    expect(() => protectTable([[1.5]])).toThrow(/non-negative/);
    expect(() => protectTable([[1, 2], [3]])).toThrow(/same number/);
    expect(() => protectTableFamily([[[1, 2]], [[2, 2]]])).toThrow(/same column totals/);
  });
});

describe('secondary suppression', () => {
  it('hides a complement in the row and the column of a lone small count', () => {
    const t = protectTable([
      [3, 40, 50],
      [30, 20, 60],
      [25, 35, 45],
    ]);
    // Row 0 and column 0 each need a second hidden cell; the cheapest closes the rectangle.
    expect(t.status[0]?.[0]).toBe('small');
    const hiddenInRow0 = t.status[0]?.filter((s) => s !== 'shown').length ?? 0;
    const hiddenInColumn0 = t.status.map((row) => row[0]).filter((s) => s !== 'shown').length;
    expect(hiddenInRow0).toBeGreaterThanOrEqual(2);
    expect(hiddenInColumn0).toBeGreaterThanOrEqual(2);
    // The smallest counts are chosen: 20 (row 1) and 40 (row 0) close the rectangle with 30.
    expect(t.status[1]?.[1]).toBe('complement');
    expect(t.status[0]?.[1]).toBe('complement');
    expect(t.status[1]?.[0]).toBe('complement');
    expect(hiddenCount(t)).toBe(4);
    expect(recovered(published([t]))).toEqual([]);
  });

  it('never takes a zero or a small count as a complement, and every complement is at least 5', () => {
    const next = random(7);
    for (let n = 0; n < 100; n++) {
      const t = protectTable(randomTable(next, 2 + Math.floor(next() * 4), 2 + Math.floor(next() * 4)));
      const withheld = t.status.every((row) => row.every((s) => s === 'complement'));
      t.status.forEach((row, i) => {
        row.forEach((s, j) => {
          const v = t.values[i]?.[j] as number;
          if (s === 'complement' && !withheld) expect(v).toBeGreaterThanOrEqual(5);
          if (s === 'small') expect(v >= 1 && v <= 4).toBe(true);
          if (v >= 1 && v <= 4) expect(s).toBe(withheld ? 'complement' : 'small');
        });
      });
    }
  });

  it('is deterministic', () => {
    const cells = randomTable(random(3), 5, 6);
    expect(protectTable(cells)).toEqual(protectTable(cells));
  });
});

describe('the attacker', () => {
  it('recovers small counts from the totals when only they are withheld (so the test can fail)', () => {
    const t = protectTable([
      [3, 40, 50],
      [30, 20, 60],
      [25, 35, 45],
    ]);
    expect(recovered(published([primaryOnly(t)]))).toEqual([[0, 0, 0]]);
    // Two small counts in one row and one column, with their totals shown: both pinned by the bounds.
    const pair = protectTable([
      [1, 1, 30],
      [4, 4, 30],
      [20, 20, 30],
    ]);
    expect(recovered(published([primaryOnly(pair)])).length).toBeGreaterThan(0);
  });

  it('recovers no small count of 300 random tables after secondary suppression', () => {
    const next = random(2026);
    let smalls = 0;
    for (let n = 0; n < 300; n++) {
      const cells = randomTable(next, 1 + Math.floor(next() * 5), 1 + Math.floor(next() * 5));
      const t = protectTable(cells);
      smalls += t.status.flat().filter((s) => s === 'small').length;
      expect(recovered(published([t])), JSON.stringify(cells)).toEqual([]);
    }
    expect(smalls).toBeGreaterThan(500);
  });

  it('recovers nothing from tables whose rows do not add up (only the columns have totals)', () => {
    const next = random(11);
    for (let n = 0; n < 200; n++) {
      const cells = randomTable(next, 1 + Math.floor(next() * 5), 1 + Math.floor(next() * 5));
      const t = protectTable(cells, { rowTotals: false });
      expect(t.values.every((row) => row.length === (cells[0]?.length ?? 0))).toBe(true);
      expect(recovered(published([t], false)), JSON.stringify(cells)).toEqual([]);
    }
  });

  it('recovers nothing from linked tables combined (one population by province, by age, by sex)', () => {
    const next = random(99);
    let withheld = 0;
    let smalls = 0;
    for (let n = 0; n < 120; n++) {
      const columns = 1 + Math.floor(next() * 4);
      // One population: each unit has a column (category) and a value in each breakdown.
      const units = Array.from({ length: 5 + Math.floor(next() * 60) }, () => ({
        column: Math.floor(next() ** 2 * columns),
        a: Math.floor(next() * 3),
        b: Math.floor(next() ** 3 * 4),
        c: Math.floor(next() * 2),
      }));
      const tableBy = (key: 'a' | 'b' | 'c', rows: number) =>
        Array.from({ length: rows }, (_v, r) =>
          Array.from(
            { length: columns },
            (_w, col) => units.filter((u) => u[key] === r && u.column === col).length,
          ),
        );
      const family = protectTableFamily([tableBy('a', 3), tableBy('b', 4), tableBy('c', 2)]);
      if (family.every((t) => t.status.every((row) => row.every((s) => s === 'complement')))) withheld++;
      smalls += family.flatMap((t) => t.status.flat()).filter((s) => s === 'small').length;
      // The shared totals row is withheld alike everywhere.
      for (const t of family) expect(t.status.at(-1)).toEqual(family[0]?.status.at(-1));
      expect(recovered(published(family)), JSON.stringify(units)).toEqual([]);
    }
    // Most families are protected cell by cell; only the sparsest are withheld as a whole.
    expect(withheld).toBeLessThan(30);
    expect(smalls).toBeGreaterThan(300);
  });

  it('finds what linked tables give away together when each was protected on its own', () => {
    const next = random(5);
    let leaks = 0;
    for (let n = 0; n < 150; n++) {
      const units = Array.from({ length: 5 + Math.floor(next() * 40) }, () => ({
        column: Math.floor(next() ** 2 * 3),
        a: Math.floor(next() * 3),
        b: Math.floor(next() ** 3 * 4),
      }));
      const tableBy = (key: 'a' | 'b', rows: number) =>
        Array.from({ length: rows }, (_v, r) =>
          Array.from(
            { length: 3 },
            (_w, col) => units.filter((u) => u[key] === r && u.column === col).length,
          ),
        );
      const alone = [protectTable(tableBy('a', 3)), protectTable(tableBy('b', 4))];
      for (const t of alone) expect(recovered(published([t]))).toEqual([]);
      if (recovered(published(alone)).length > 0) leaks++;
      expect(recovered(published(protectTableFamily([tableBy('a', 3), tableBy('b', 4)])))).toEqual([]);
    }
    expect(leaks).toBeGreaterThan(0);
  });
});
