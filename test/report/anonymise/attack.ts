/**
 * What a reader of a published report can do with a spreadsheet: add and subtract published groups
 * (every breakdown, and the total) to isolate a group that was suppressed. The reader is assumed to
 * know which subject is in which group (regions and types of hospitals are public); what they do
 * not know is a suppressed group's size or scores. Written independently of the suppression code:
 * a brute-force search over combinations with coefficients -1, 0 and 1.
 */

export interface PublishedCell {
  /** Subject ids in the group (known to the reader). */
  members: ReadonlySet<string>;
  /** Published number of scored subjects and mean score. */
  scored: number;
  mean: number;
}

export interface Recovered {
  scored: number;
  mean: number;
  combination: string;
}

/** Tries to recover the scored count and mean of `target` from published cells; null when no combination isolates it. */
export function recoverGroup(
  target: ReadonlySet<string>,
  published: readonly (PublishedCell & { name: string })[],
  everyone: readonly string[],
): Recovered | null {
  if (published.length > 12) throw new Error('too many published cells for a brute-force search');
  const vec = (members: ReadonlySet<string>): number[] => everyone.map((id) => (members.has(id) ? 1 : 0));
  const goal = vec(target);
  const vectors = published.map((p) => vec(p.members));
  const coeff = new Array<number>(published.length).fill(-1);
  const total = 3 ** published.length;
  for (let k = 0; k < total; k++) {
    let x = k;
    for (let i = 0; i < coeff.length; i++) {
      coeff[i] = (x % 3) - 1;
      x = Math.floor(x / 3);
    }
    const matches = goal.every((g, j) => vectors.reduce((s, v, i) => s + coeff[i]! * v[j]!, 0) === g);
    if (!matches) continue;
    const scored = published.reduce((s, p, i) => s + coeff[i]! * p.scored, 0);
    const sum = published.reduce((s, p, i) => s + coeff[i]! * p.scored * p.mean, 0);
    const combination = published
      .map((p, i) => (coeff[i] === 0 ? '' : `${coeff[i]! > 0 ? '+' : '-'}${p.name}`))
      .join('');
    return { scored, mean: scored > 0 ? sum / scored : NaN, combination };
  }
  return null;
}
