import type { FhirResourceValidator } from '../resource-validator.js';
import { parseJsonText } from '../reader/json-text.js';
import { brokenInputResult } from './broken-input.js';
import { processXmlDocument } from './xml-document.js';
import { checkDocument } from './document-check.js';
import { JobAccumulator } from './job-accumulator.js';
import type { Job, JobLimits, JobResult } from './job.js';
import { checkJsonShape } from '../reader/json-shape.js';
import { mib } from '../reader/input-limits.js';
import { lineColumnAt } from '../../../io/json-syntax-error.js';
import type { Location } from '../../../errors/location.js';
import type { Finding } from '../../finding.js';
import { firstInvalidUtf8, isWellFormedUtf8 } from '../reader/utf8-check.js';

const decoder = new TextDecoder('utf-8');

/**
 * Does one job: decodes and parses its lines (or its document), validates every resource and
 * returns the counters and findings (every one with `keepAll`, else a sample). Runs in a worker thread, or inline when there are none.
 */
export function processJob(
  job: Job,
  validator: FhirResourceValidator,
  showValues: boolean,
  keepAll = false,
): JobResult {
  if (job.kind === 'broken') return brokenInputResult(job);
  const acc = new JobAccumulator(job.seq, keepAll);
  if (job.kind === 'json' || job.kind === 'xml') {
    const bad = isWellFormedUtf8(job.bytes) ? -1 : firstInvalidUtf8(job.bytes);
    if (bad >= 0) {
      const { line, column } = placeOf(job.bytes, bad);
      acc.addFinding(encodingFinding({ file: job.file, line, column }));
      return acc.result(ENCODING_MESSAGE);
    }
    const text = decoder.decode(job.bytes);
    if (job.kind === 'xml') return processXmlDocument(text, job, validator, showValues, acc);
    return processDocument(text, job, validator, showValues, acc);
  }
  const text = decodeLines(job.bytes, job.firstLine, job.file, acc);
  const tooLong = (line: number): void => {
    acc.addFinding({
      rule: 'fhir.ndjson.line-too-long',
      severity: 'error',
      location: { file: job.file, line },
      message: `line is longer than the line limit (${mib(job.limits.maxLineBytes)}) and was skipped`,
    });
    acc.counts.unreadable += 1;
  };
  job.tooLong.forEach(tooLong);
  let lineNo = job.firstLine;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    // The reader drops most long lines unread; one ending in the chunk that passed the limit gets here.
    if (end - start > job.limits.maxLineBytes) {
      tooLong(lineNo);
      start = end + 1;
      lineNo += 1;
      continue;
    }
    let line = text.slice(start, end);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    // Blank lines are skipped (the regex runs only on a line starting with white space: no copy of the line).
    if (line.length > 0 && !(line.charCodeAt(0) <= 0x20 && /^\s*$/.test(line))) {
      const breach = shapeFinding(line, job.limits, { file: job.file, line: lineNo });
      const parsed = breach ? undefined : parseJsonText(line);
      if (!parsed) {
        acc.addFinding(breach!);
        acc.counts.unreadable += 1;
      } else if (parsed.ok) checkDocument(parsed.value, { file: job.file, line: lineNo }, validator, acc, showValues);
      else {
        acc.addFinding({
          rule: 'fhir.json.syntax',
          severity: 'error',
          location: { file: job.file, line: lineNo, column: parsed.problem.column },
          message: parsed.problem.message,
        });
        acc.counts.unreadable += 1;
      }
    }
    start = end + 1;
    lineNo += 1;
  }
  return acc.result();
}

const ENCODING_MESSAGE = 'bytes that are not UTF-8: FHIR JSON must be UTF-8 (re-export it as UTF-8); not validated';

function encodingFinding(location: Location): Finding {
  return { rule: 'fhir.json.encoding', severity: 'error', location, message: ENCODING_MESSAGE };
}

/** Line and column (1-based, in characters) of byte `offset`. */
function placeOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1)) {
    line += 1;
    start = i + 1;
  }
  return { line, column: decoder.decode(bytes.subarray(start, offset)).length + 1 };
}

/** The batch as text; a line that is not UTF-8 is reported (an unreadable line) and left blank. */
function decodeLines(bytes: Uint8Array, firstLine: number, file: string, acc: JobAccumulator): string {
  if (isWellFormedUtf8(bytes)) return decoder.decode(bytes);
  const lines: string[] = [];
  let lineNo = firstLine;
  for (let start = 0; start <= bytes.length; lineNo++) {
    let end = bytes.indexOf(10, start);
    if (end === -1) end = bytes.length;
    const line = bytes.subarray(start, end);
    const bad = firstInvalidUtf8(line);
    if (bad < 0) lines.push(decoder.decode(line));
    else {
      lines.push('');
      acc.addFinding(encodingFinding({ file, line: lineNo, column: decoder.decode(line.subarray(0, bad)).length + 1 }));
      acc.counts.unreadable += 1;
    }
    start = end + 1;
  }
  return lines.join('\n');
}

/** A finding when `text` is nested deeper, or holds more values, than a worker may parse (located at the place). */
function shapeFinding(text: string, limits: JobLimits, base: Location): Finding | undefined {
  const breach = checkJsonShape(text, limits);
  if (!breach) return undefined;
  const { line, column } = lineColumnAt(text, breach.offset);
  const location = base.line === undefined ? { ...base, line, column } : { ...base, column: breach.offset + 1 };
  return breach.kind === 'depth'
    ? {
        rule: 'fhir.json.too-deep',
        severity: 'error',
        location,
        message: `JSON nested deeper than ${limits.maxDepth} levels: not parsed`,
      }
    : {
        rule: 'fhir.json.too-many-values',
        severity: 'error',
        location,
        message: `more than ${limits.maxValues} JSON values in one ${base.line === undefined ? 'document' : 'line'}: too many to validate in memory, not parsed (split it)`,
      };
}

function processDocument(
  text: string,
  job: Extract<Job, { kind: 'json' }>,
  validator: FhirResourceValidator,
  showValues: boolean,
  acc: JobAccumulator,
): JobResult {
  const file = job.file;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const breach = shapeFinding(body, job.limits, { file });
  if (breach) {
    acc.addFinding(breach);
    return acc.result(breach.message);
  }
  if (/^\s*$/.test(body)) {
    acc.addFinding({ rule: 'fhir.input.empty', severity: 'error', location: { file }, message: 'file is empty' });
    return acc.result('file is empty');
  }
  const parsed = parseJsonText(body);
  if (!parsed.ok) {
    const { line, column, message } = parsed.problem;
    acc.addFinding({ rule: 'fhir.json.syntax', severity: 'error', location: { file, line, column }, message });
    return acc.result(message);
  }
  if (!checkDocument(parsed.value, { file }, validator, acc, showValues)) {
    acc.counts.unreadable -= 1; // a file that is not FHIR is counted once, as an unreadable file
    return acc.result('not a FHIR resource (no resourceType)');
  }
  return acc.result();
}
