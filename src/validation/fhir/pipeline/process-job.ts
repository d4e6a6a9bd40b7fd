import type { FhirResourceValidator } from '../resource-validator.js';
import { parseJsonText } from '../reader/json-text.js';
import { checkDocument } from './document-check.js';
import { JobAccumulator } from './job-accumulator.js';
import type { Job, JobResult } from './job.js';

const decoder = new TextDecoder('utf-8');

/**
 * Does one job: decodes and parses its lines (or its document), validates every resource and
 * returns the counters and findings. Runs in a worker thread, or inline when there are none.
 */
export function processJob(job: Job, validator: FhirResourceValidator, showValues: boolean): JobResult {
  const acc = new JobAccumulator(job.seq);
  const text = decoder.decode(job.bytes);
  if (job.kind === 'json') return processDocument(text, job.file, validator, showValues, acc);
  for (const line of job.tooLong) {
    acc.addFinding({ rule: 'fhir.ndjson.line-too-long', severity: 'error', location: { file: job.file, line }, message: 'line is longer than 64 MB and was skipped' });
    acc.counts.unreadable += 1;
  }
  let lineNo = job.firstLine;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let line = text.slice(start, end);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    // Blank lines are skipped (the regex runs only on a line starting with white space: no copy of the line).
    if (line.length > 0 && !(line.charCodeAt(0) <= 0x20 && /^\s*$/.test(line))) {
      const parsed = parseJsonText(line);
      if (parsed.ok) checkDocument(parsed.value, { file: job.file, line: lineNo }, validator, acc, showValues);
      else {
        acc.addFinding({ rule: 'fhir.json.syntax', severity: 'error', location: { file: job.file, line: lineNo, column: parsed.problem.column }, message: parsed.problem.message });
        acc.counts.unreadable += 1;
      }
    }
    start = end + 1;
    lineNo += 1;
  }
  return acc.result();
}

function processDocument(text: string, file: string, validator: FhirResourceValidator, showValues: boolean, acc: JobAccumulator): JobResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
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
