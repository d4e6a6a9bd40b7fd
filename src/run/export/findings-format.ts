import type { Finding } from '../../validation/finding.js';

/** How a `--findings` file is written: one finding per line, or (FHIR) one OperationOutcome per resource. */
export type FindingsFormat = 'ndjson' | 'operationoutcome';

export const FINDINGS_FORMATS: readonly FindingsFormat[] = ['ndjson', 'operationoutcome'];

/** Findings as NDJSON lines, the fields of the summary's findings (a value only where it was kept). */
export function findingsNdjson(findings: readonly Finding[]): string {
  let text = '';
  for (const f of findings) text += `${JSON.stringify(f)}\n`;
  return text;
}
