/** Edit distance (Levenshtein) between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known ids closest to `wanted` ("did you mean"): up to `max`, nearest first, ties by name.
 * An id sharing the last dotted part (`ehr.coverage` for `coverage`) counts as close.
 */
export function closestIds(wanted: string, known: Iterable<string>, max = 3): string[] {
  const tail = wanted.split('.').pop() ?? wanted;
  const scored = [...new Set(known)].map((id) => {
    const sameTail = id.split('.').pop() === tail ? 0 : 1;
    return { id, distance: Math.min(editDistance(wanted, id), sameTail === 0 ? 1 : Infinity) };
  });
  const limit = Math.max(3, Math.floor(wanted.length / 2));
  return scored
    .filter((s) => s.distance <= limit)
    .sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, max)
    .map((s) => s.id);
}

/** " (did you mean a, b?)" or "" when nothing is close. */
export function didYouMean(wanted: string, known: Iterable<string>): string {
  const close = closestIds(wanted, known);
  return close.length ? ` (did you mean ${close.join(', ')}?)` : '';
}
