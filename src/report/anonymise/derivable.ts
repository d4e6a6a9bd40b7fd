/**
 * Linear derivability of a cell of a table from published cells: a cell's total (a count, or a
 * sum of scores) can be worked out from published totals exactly when its membership vector is a
 * linear combination of theirs (e.g. the whole minus the other groups). Pure linear algebra, no
 * statistics: the same test a reader with a spreadsheet could run, done before publishing.
 */

/** Below this, a residual is taken as zero (vectors are 0/1, the systems small). */
const EPSILON = 1e-9;

/** A basis in row echelon form, built one vector at a time. */
export class SpanBasis {
  private readonly rows: { pivot: number; values: Float64Array }[] = [];

  constructor(private readonly width: number) {}

  /** What is left of `vector` after removing its part in the span (all zero: it is in the span). */
  residual(vector: readonly number[]): Float64Array {
    const r = Float64Array.from(vector);
    for (const row of this.rows) {
      const f = r[row.pivot]!;
      if (Math.abs(f) < EPSILON) continue;
      for (let j = 0; j < this.width; j++) r[j]! -= f * row.values[j]!;
    }
    return r;
  }

  /** True when `vector` is a linear combination of the vectors added so far. */
  contains(vector: readonly number[]): boolean {
    return this.residual(vector).every((v) => Math.abs(v) < EPSILON);
  }

  add(vector: readonly number[]): void {
    const r = this.residual(vector);
    let pivot = -1;
    for (let j = 0; j < this.width; j++)
      if (Math.abs(r[j]!) > EPSILON && (pivot < 0 || Math.abs(r[j]!) > Math.abs(r[pivot]!))) pivot = j;
    if (pivot < 0) return;
    const p = r[pivot]!;
    for (let j = 0; j < this.width; j++) r[j]! /= p;
    // Keep earlier rows reduced at the new pivot, so that residual() needs one pass.
    for (const row of this.rows) {
      const f = row.values[pivot]!;
      if (Math.abs(f) < EPSILON) continue;
      for (let j = 0; j < this.width; j++) row.values[j]! -= f * r[j]!;
    }
    this.rows.push({ pivot, values: r });
  }
}

/** True when `target` (non-zero) is a linear combination of `published`. */
export function isDerivable(target: readonly number[], published: readonly (readonly number[])[]): boolean {
  if (target.every((v) => v === 0)) return false;
  const basis = new SpanBasis(target.length);
  for (const v of published) basis.add(v);
  return basis.contains(target);
}
