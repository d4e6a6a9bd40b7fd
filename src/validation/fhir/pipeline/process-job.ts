import type { FhirResourceValidator } from '../resource-validator.js';
import { brokenInputResult } from './broken-input.js';
import { processXmlDocument } from './xml-document.js';
import { processJsonDocument } from './json-document.js';
import { JobAccumulator } from './job-accumulator.js';
import type { Job, JobResult } from './job.js';
import { checkLines, lineTooLong } from './ndjson-lines.js';
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
    return processJsonDocument(text, job, validator, showValues, acc);
  }
  const text = decodeLines(job.bytes, job.firstLine, job.file, acc);
  for (const line of job.tooLong) lineTooLong(acc, job, line);
  checkLines(text, job, validator, showValues, acc);
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
