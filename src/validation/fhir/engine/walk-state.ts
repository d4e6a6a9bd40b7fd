import type { Location } from '../../../errors/location.js';
import type { Finding, Severity } from '../../finding.js';
import type { ResourceFacts } from '../resource-validator.js';
import { type FhirRuleId, ruleSeverity } from './rule-registry.js';

/** What the walk saw, by Bundle entry index (undefined: the resource itself, a Bundle's own elements). */
export type FactsByEntry = Map<number | undefined, ResourceFacts>;

/** Where references can resolve: the entries of the enclosing Bundle. */
export interface BundleIndex {
  type: string;
  /** fullUrl -> resource; also `Type/id` for entries with a resource id. */
  byUrl: Map<string, Record<string, unknown>>;
  /** Entry resource -> its fullUrl. */
  fullUrlOf: Map<Record<string, unknown>, string>;
}

/** One resource being walked: its object, its contained resources by id, its root path. */
export interface ResourceFrame {
  resource: Record<string, unknown>;
  type: string;
  contained: Map<string, Record<string, unknown>>;
  /** The outermost resource (a Bundle, or the resource itself). */
  root: Record<string, unknown>;
  /** fullUrl of the Bundle entry holding the resource, for relative reference resolution. */
  fullUrl?: string;
}

/** The mutable state of one validation: findings, where they are, and what encloses the walk. */
export interface WalkState {
  findings: Finding[];
  location: Location;
  showValues: boolean;
  /** Profile being checked (set while walking a profile: findings say so). */
  profile?: string;
  bundle?: BundleIndex;
  /** The resource being walked (undefined before the first). */
  frame?: ResourceFrame;
  /** Nesting depth of the walk (objects and arrays). */
  depth: number;
  /** When set, findings are only counted (slice and profile matching). */
  silent?: boolean;
  errorCount: number;
  /** Set on the base walk when the caller asked for facts: the terminology and reference visitor's tally. */
  facts?: FactsByEntry;
}

/** Findings listed per resource (and profile walk); more are counted in the verdict only. */
export const MAX_LISTED_FINDINGS = 1000;

/** Adds a finding at `path`; severity defaults to the rule's. The value is kept only with showValues. */
export function report(
  state: WalkState,
  rule: FhirRuleId,
  path: string,
  message: string,
  params?: Record<string, string | number | boolean | null>,
  value?: unknown,
  severity?: Severity,
): void {
  const sev = severity ?? ruleSeverity(rule);
  if (sev === 'error' || sev === 'fatal') state.errorCount++;
  if (state.silent) return;
  // A hostile resource can break a rule a million times: past the cap, findings count in the verdict only.
  if (state.findings.length >= MAX_LISTED_FINDINGS) {
    if (state.findings.length === MAX_LISTED_FINDINGS) {
      state.findings.push({
        rule: 'fhir.findings.capped' satisfies FhirRuleId,
        severity: 'information',
        location: { ...state.location },
        message: `more than ${MAX_LISTED_FINDINGS} findings on this resource: the rest count in its verdict but are not listed`,
      });
    }
    return;
  }
  const finding: Finding = {
    rule,
    severity: sev,
    location: { ...state.location, path },
    message: `${path}: ${message}`,
  };
  const p = state.profile ? { ...params, profile: state.profile } : params;
  if (p) finding.params = p;
  if (state.showValues && value !== undefined)
    finding.value = typeof value === 'string' ? value : JSON.stringify(value);
  state.findings.push(finding);
}
