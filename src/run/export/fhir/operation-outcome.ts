import type { Location } from '../../../errors/location.js';
import type { Finding } from '../../../validation/finding.js';

const LINE = 'http://hl7.org/fhir/StructureDefinition/operationoutcome-issue-line';
const COL = 'http://hl7.org/fhir/StructureDefinition/operationoutcome-issue-col';
const SOURCE = 'http://hl7.org/fhir/StructureDefinition/operationoutcome-issue-source';
/** The rule ids, as codes of the issues' `details`. */
export const RULE_SYSTEM = 'urn:interop-readiness:rule';

/**
 * Findings as NDJSON OperationOutcomes, one per resource (consecutive findings at the same file,
 * line and entry), as HL7's validator emits them: each issue has its severity, an issue type code,
 * the message and rule in `details`, the element in `expression` (FHIRPath), `location` as
 * `Line[n] Col[m]` and the line and column in HL7's issue-line / issue-col extensions.
 */
export function operationOutcomes(findings: readonly Finding[]): string {
  let text = '';
  let group: Finding[] = [];
  const flush = (): void => {
    if (group.length > 0) text += `${JSON.stringify(outcome(group))}\n`;
    group = [];
  };
  for (const f of findings) {
    if (group.length > 0 && resourceKey(group[0]!.location) !== resourceKey(f.location)) flush();
    group.push(f);
  }
  flush();
  return text;
}

function resourceKey(l: Location): string {
  return JSON.stringify([l.file ?? '', l.entry ?? -1, l.entry === undefined ? (l.line ?? 0) : 0]);
}

function outcome(findings: readonly Finding[]): Record<string, unknown> {
  const first = findings[0]!.location;
  const where = [first.file ?? '', first.entry === undefined ? first.line : undefined, first.entry, first.fullUrl];
  return {
    resourceType: 'OperationOutcome',
    extension: [{ url: SOURCE, valueString: where.filter((w) => w !== undefined && w !== '').join(' ') }],
    issue: findings.map(issue),
  };
}

function issue(f: Finding): Record<string, unknown> {
  const l = f.location;
  const extension: { url: string; valueInteger: number }[] = [];
  if (l.line !== undefined) extension.push({ url: LINE, valueInteger: l.line });
  if (l.column !== undefined) extension.push({ url: COL, valueInteger: l.column });
  const location: string[] = [];
  if (l.path !== undefined) location.push(l.path);
  if (l.line !== undefined) location.push(`Line[${l.line}] Col[${l.column ?? 1}]`);
  return {
    ...(extension.length > 0 ? { extension } : {}),
    severity: f.severity,
    code: issueType(f),
    details: {
      coding: [{ system: RULE_SYSTEM, code: f.rule }],
      text: f.value === undefined ? f.message : `${f.message} (value: ${f.value})`,
    },
    ...(f.hint === undefined ? {} : { diagnostics: f.hint }),
    ...(l.path === undefined ? {} : { expression: [l.path] }),
    ...(location.length > 0 ? { location } : {}),
  };
}

/** The OperationOutcome issue type (http://hl7.org/fhir/issue-type) nearest to a rule. */
function issueType(f: Finding): string {
  if (f.severity === 'information') return 'informational';
  const r = f.rule;
  if (/\.(json|ndjson|input|syntax|encoding|structure)\b/.test(r)) return 'structure';
  if (/terminology|code|binding|loinc|snomed|ucum|icd/.test(r)) return 'code-invalid';
  if (/cardinality|required/.test(r)) return 'required';
  if (/invariant|constraint/.test(r)) return 'invariant';
  if (/reference/.test(r)) return 'not-found';
  if (/extension/.test(r)) return 'extension';
  return 'invalid';
}
