import { SpanBasis } from './derivable.js';
import { isSuppressed } from './suppress.js';

/** One cell of a breakdown table: the subjects in one group. */
export interface TableCell {
  /** Which table (breakdown) the cell is in: each subject is in exactly one cell of each table. */
  table: number;
  key: string;
  /** Indices of the cell's subjects in the subject list. */
  members: readonly number[];
}

/** Which subjects have a score (means are over them; counts over all). */
type Scored = readonly boolean[];

const scoredCount = (cell: TableCell, scored: Scored): number => cell.members.filter((i) => scored[i]).length;

/** A cell too small to publish: fewer members than `minGroup`, or fewer scored members (but some). */
function isPrimary(cell: TableCell, scored: Scored, minGroup: number): boolean {
  const s = scoredCount(cell, scored);
  return isSuppressed(cell.members.length, minGroup) || (s > 0 && isSuppressed(s, minGroup));
}

/**
 * The membership vectors of cells over classes of subjects: subjects in the same cell of every
 * table (and, for `scoredOnly`, scored) are one column, as no published figure can tell them apart.
 */
function vectors(cells: readonly TableCell[], subjects: number, scored: Scored, scoredOnly: boolean): number[][] {
  const signature: string[] = Array.from({ length: subjects }, () => '');
  cells.forEach((cell, c) => cell.members.forEach((i) => (signature[i] += `${c},`)));
  const columns = new Map<string, number>();
  const columnOf: number[] = signature.map((sig, i) => {
    if (scoredOnly && !scored[i]) return -1;
    let col = columns.get(sig);
    if (col === undefined) columns.set(sig, (col = columns.size));
    return col;
  });
  return [...cells, null].map((cell) => {
    const v = new Array<number>(columns.size).fill(0);
    if (cell === null)
      for (let col = 0; col < columns.size; col++) v[col] = 1; // the total
    else for (const i of cell.members) if (columnOf[i]! >= 0) v[columnOf[i]!] = 1;
    return v;
  });
}

/**
 * The small cells whose count (all members) or sum and count of scores (scored members) the
 * published figures give away. (A cell suppressed only to protect another may be derivable:
 * if that gave the small one away, the small one is in the span too.)
 */
function derivableCells(
  cells: readonly TableCell[],
  suppressed: ReadonlySet<number>,
  small: ReadonlySet<number>,
  scored: Scored,
): number[] {
  const found = new Set<number>();
  for (const scoredOnly of [false, true]) {
    const v = vectors(cells, scored.length, scored, scoredOnly);
    const basis = new SpanBasis(v[0]?.length ?? 0);
    basis.add(v[cells.length]!); // the total is always published
    cells.forEach((_, c) => {
      if (!suppressed.has(c)) basis.add(v[c]!);
    });
    for (const c of small) if (v[c]!.some((x) => x !== 0) && basis.contains(v[c]!)) found.add(c);
  }
  return [...found].sort((a, b) => a - b);
}

/** The published cell to suppress next to protect `cell`: the smallest of its own table, else the one sharing most subjects with it. */
function complementFor(
  cell: TableCell,
  cells: readonly TableCell[],
  suppressed: ReadonlySet<number>,
): number | undefined {
  const open = cells.map((c, i) => ({ c, i })).filter(({ i }) => !suppressed.has(i));
  const smallest = (list: typeof open): number | undefined =>
    [...list].sort(
      (a, b) => a.c.members.length - b.c.members.length || (a.c.key < b.c.key ? -1 : a.c.key > b.c.key ? 1 : 0),
    )[0]?.i;
  const own = smallest(open.filter(({ c }) => c.table === cell.table));
  if (own !== undefined) return own;
  const inCell = new Set(cell.members);
  const overlap = (c: TableCell): number => c.members.filter((i) => inCell.has(i)).length;
  const best = Math.max(0, ...open.map(({ c }) => overlap(c)));
  return best > 0 ? smallest(open.filter(({ c }) => overlap(c) === best)) : smallest(open);
}

/**
 * Small-group suppression with complementary suppression (statistical disclosure control), for
 * tables that partition the same subjects (the breakdowns of one report group) and whose total
 * is published:
 * 1. a cell with fewer than `minGroup` subjects (or scored subjects) is suppressed;
 * 2. in each table, more cells are suppressed, smallest first, until the suppressed cells
 *    together hold at least `minGroup` subjects (what "total minus the rest" gives is about a
 *    group no smaller than any published one);
 * 3. as long as the count or the sum of scores of a small cell is a linear combination of
 *    published ones (the total, the published cells of every table: "total minus the other
 *    groups", across tables too), one more cell is suppressed.
 * Returns the indices of the suppressed cells; `minGroup` 1 suppresses nothing.
 */
export function suppressCells(cells: readonly TableCell[], scored: Scored, minGroup: number): Set<number> {
  const suppressed = new Set<number>();
  if (minGroup <= 1) return suppressed;
  cells.forEach((cell, c) => {
    if (isPrimary(cell, scored, minGroup)) suppressed.add(c);
  });
  const small = new Set(suppressed);
  const tables = [...new Set(cells.map((c) => c.table))];
  for (;;) {
    let changed = false;
    for (const t of tables) {
      for (;;) {
        const hidden = cells.filter((c, i) => c.table === t && suppressed.has(i));
        if (hidden.length === 0) break;
        const union: TableCell = { table: t, key: '', members: hidden.flatMap((c) => c.members) };
        if (!isPrimary(union, scored, minGroup)) break;
        const next = complementFor(union, cells, suppressed);
        if (next === undefined || cells[next]!.table !== t) break;
        suppressed.add(next);
        changed = true;
      }
    }
    const leaking = derivableCells(cells, suppressed, small, scored)[0];
    if (leaking !== undefined) {
      const next = complementFor(cells[leaking]!, cells, suppressed);
      if (next === undefined) break; // nothing is published but the total: nothing left to derive from
      suppressed.add(next);
      changed = true;
    }
    if (!changed) return suppressed;
  }
  return suppressed;
}
