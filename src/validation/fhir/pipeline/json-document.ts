import type { FhirResourceValidator } from '../resource-validator.js';
import { NDJSON_IN_JSON_NOTE, startsAsNdjson } from '../reader/input-format.js';
import { FHIR_INPUT_RULES } from '../reader/input-rules.js';
import { checkJsonShape } from '../reader/json-shape.js';
import { parseJsonText } from '../reader/json-text.js';
import { checkDocument } from './document-check.js';
import type { JobAccumulator } from './job-accumulator.js';
import type { Job, JobLimits, JobResult } from './job.js';
import { checkLines } from './ndjson-lines.js';
import { shapeFinding } from './shape-finding.js';

/**
 * Checks one JSON document: a resource or a Bundle; NDJSON saved as `.json` (two JSON values on
 * separate lines) is read line by line, and a JSON array of resources value by value (each located
 * as `file[index]`), each with a note on the file. A document that holds no resource counts as an
 * unreadable file; the limits (depth, values) apply to the document, or to each line.
 */
export function processJsonDocument(
  text: string,
  job: Extract<Job, { kind: 'json' }>,
  validator: FhirResourceValidator,
  showValues: boolean,
  acc: JobAccumulator,
): JobResult {
  const file = job.file;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (holdsNdjson(body, job.limits)) {
    checkLines(body, { file, firstLine: 1, limits: job.limits }, validator, showValues, acc);
    return { ...acc.result(), format: 'ndjson', note: NDJSON_IN_JSON_NOTE };
  }
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
  if (Array.isArray(parsed.value)) {
    const values: unknown[] = parsed.value;
    let read = 0;
    values.forEach((value, i) => {
      if (checkDocument(value, { file: `${file}[${i}]` }, validator, acc, showValues)) read += 1;
    });
    const note = FHIR_INPUT_RULES['fhir.input.json-array'].message({ count: values.length, file });
    if (read > 0) return { ...acc.result(), note };
    acc.counts.unreadable -= values.length; // a file without a resource is counted once, as an unreadable file
    return { ...acc.result(`a JSON array of ${values.length} values, none a FHIR resource`), note };
  }
  if (!checkDocument(parsed.value, { file }, validator, acc, showValues)) {
    acc.counts.unreadable -= 1; // a file that is not FHIR is counted once, as an unreadable file
    return acc.result('not a FHIR resource (no resourceType)');
  }
  return acc.result();
}

/** NDJSON in a JSON file: a first line within the line limit and the limits that is a whole object, and another after it. */
function holdsNdjson(body: string, limits: JobLimits): boolean {
  const nl = body.indexOf('\n');
  if (nl <= 0 || nl > limits.maxLineBytes) return false;
  return checkJsonShape(body.slice(0, nl), limits) === undefined && startsAsNdjson(body);
}
