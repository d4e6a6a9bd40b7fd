import type { Location } from '../errors/location.js';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';

export type { Severity } from '../diagnostics/diagnostic.js';

export const SEVERITIES: readonly Severity[] = ['fatal', 'error', 'warning', 'information'];

/** Rank of a severity: lower is worse. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/**
 * One rule broken by one item of an export: the one {@link Diagnostic} shape every area speaks.
 * `message` is built from `params` by the rule's table and never holds a patient's value; the
 * value is only in `value`, and only when values were asked for (`--show-values`).
 *
 * @example
 * { rule: 'fhir.cardinality.min', severity: 'error',
 *   location: { file: 'Patient.ndjson', line: 12, path: 'Patient.name' },
 *   message: 'Patient.name: minimum cardinality is 1, found 0', params: { min: 1, found: 0 } }
 */
export type Finding<R extends string = string> = Diagnostic<R>;

/** Counts of findings of one rule, with the first location seen as an example. */
export interface RuleCount {
  rule: string;
  severity: Severity;
  count: number;
  example: Location;
  message: string;
}

/**
 * Tallies findings by rule (and severity), keeping the first example of each.
 * Deterministic: sorted by count (descending), then rule id.
 */
export class FindingTally {
  private readonly byKey = new Map<string, RuleCount>();

  add(finding: Finding): void {
    const key = `${finding.rule}\u0000${finding.severity}`;
    const known = this.byKey.get(key);
    if (known) known.count += 1;
    else
      this.byKey.set(key, {
        rule: finding.rule,
        severity: finding.severity,
        count: 1,
        example: finding.location,
        message: finding.message,
      });
  }

  /** Adds another tally's counts (e.g. from a worker thread). */
  merge(counts: readonly RuleCount[]): void {
    for (const c of counts) {
      const key = `${c.rule}\u0000${c.severity}`;
      const known = this.byKey.get(key);
      if (known) known.count += c.count;
      else this.byKey.set(key, { ...c });
    }
  }

  counts(): RuleCount[] {
    return [...this.byKey.values()].sort(
      (a, b) =>
        b.count - a.count ||
        (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : severityRank(a.severity) - severityRank(b.severity)),
    );
  }

  total(severity?: Severity): number {
    let n = 0;
    for (const c of this.byKey.values()) if (severity === undefined || c.severity === severity) n += c.count;
    return n;
  }
}
