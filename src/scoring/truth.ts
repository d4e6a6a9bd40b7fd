/**
 * A three-valued truth (Kleene): a condition holds, fails, or is unknown because it depends on an
 * answer that is not there (unanswered, unknown, expired, excluded) or on a score that is n/a.
 */
export type Truth = 'true' | 'false' | 'unknown';

/** Kleene conjunction: false if any part is false, else unknown if any is unknown, else true (true for none). */
export function allOf(parts: Iterable<Truth>): Truth {
  let unknown = false;
  for (const t of parts) {
    if (t === 'false') return 'false';
    if (t === 'unknown') unknown = true;
  }
  return unknown ? 'unknown' : 'true';
}

/** Kleene disjunction: true if any part is true, else unknown if any is unknown, else false (false for none). */
export function anyOf(parts: Iterable<Truth>): Truth {
  let unknown = false;
  for (const t of parts) {
    if (t === 'true') return 'true';
    if (t === 'unknown') unknown = true;
  }
  return unknown ? 'unknown' : 'false';
}

/** At least k of the parts: true when k are true; false when even every unknown holding could not make k; else unknown. */
export function atLeastOf(k: number, parts: Iterable<Truth>): Truth {
  let yes = 0;
  let maybe = 0;
  for (const t of parts) {
    if (t === 'true') yes++;
    else if (t === 'unknown') maybe++;
  }
  if (yes >= k) return 'true';
  return yes + maybe >= k ? 'unknown' : 'false';
}
