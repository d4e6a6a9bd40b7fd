import type { FhirResourceValidator } from '../resource-validator.js';
import { mib } from '../reader/input-limits.js';
import { parseJsonText } from '../reader/json-text.js';
import { checkDocument } from './document-check.js';
import type { JobAccumulator } from './job-accumulator.js';
import type { JobLimits } from './job.js';
import { shapeFinding } from './shape-finding.js';

/** Where a text of NDJSON lines comes from: its file, the number of its first line, the limits. */
export interface LinesOrigin {
  file: string;
  firstLine: number;
  limits: JobLimits;
}

/** Reports a line skipped for its length (an unreadable line). */
export function lineTooLong(acc: JobAccumulator, origin: LinesOrigin, line: number): void {
  acc.addFinding({
    rule: 'fhir.ndjson.line-too-long',
    severity: 'error',
    location: { file: origin.file, line },
    message: `line is longer than the line limit (${mib(origin.limits.maxLineBytes)}) and was skipped`,
  });
  acc.counts.unreadable += 1;
}

/**
 * Checks each line of `text` as one resource (blank lines skipped): a line past the line limit,
 * nested too deep or with too many values, or not JSON, is a finding at its line and the next is read.
 */
export function checkLines(
  text: string,
  origin: LinesOrigin,
  validator: FhirResourceValidator,
  showValues: boolean,
  acc: JobAccumulator,
): void {
  const { file, limits } = origin;
  let lineNo = origin.firstLine;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    // The reader drops most long lines unread; one ending in the chunk that passed the limit gets here.
    if (end - start > limits.maxLineBytes) {
      lineTooLong(acc, origin, lineNo);
      start = end + 1;
      lineNo += 1;
      continue;
    }
    let line = text.slice(start, end);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    // Blank lines are skipped (the regex runs only on a line starting with white space: no copy of the line).
    if (line.length > 0 && !(line.charCodeAt(0) <= 0x20 && /^\s*$/.test(line))) {
      const breach = shapeFinding(line, limits, { file, line: lineNo });
      const parsed = breach ? undefined : parseJsonText(line);
      if (!parsed) {
        acc.addFinding(breach!);
        acc.counts.unreadable += 1;
      } else if (parsed.ok) checkDocument(parsed.value, { file, line: lineNo }, validator, acc, showValues);
      else {
        acc.addFinding({
          rule: 'fhir.json.syntax',
          severity: 'error',
          location: { file, line: lineNo, column: parsed.problem.column },
          message: parsed.problem.message,
        });
        acc.counts.unreadable += 1;
      }
    }
    start = end + 1;
    lineNo += 1;
  }
}
