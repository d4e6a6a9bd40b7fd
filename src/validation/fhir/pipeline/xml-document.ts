import type { Finding } from '../../finding.js';
import type { FhirResourceValidator } from '../resource-validator.js';
import { placeOfPath, readFhirXml } from '../xml/read-fhir-xml.js';
import { checkDocument } from './document-check.js';
import type { JobAccumulator } from './job-accumulator.js';
import type { Job, JobResult } from './job.js';

/**
 * Checks one FHIR XML document: read into the JSON value the engine checks (src/validation/fhir/xml),
 * then checked as a JSON document is; every finding, the reader's and the engine's, gets the line and
 * column of the element its path names. A document that cannot be read counts as an unreadable file.
 * The document size was checked when the file was read (fhir.input.too-large).
 */
export function processXmlDocument(
  text: string,
  job: Extract<Job, { kind: 'xml' }>,
  validator: FhirResourceValidator,
  showValues: boolean,
  acc: JobAccumulator,
): JobResult {
  const file = job.file;
  const structures = validator.structures;
  if (!structures) throw new Error('the FHIR validator has no definitions to read XML by'); // only a bug gets here
  if (/^\s*$/.test(text)) {
    acc.addFinding({ rule: 'fhir.input.empty', severity: 'error', location: { file }, message: 'file is empty' });
    return acc.result('file is empty');
  }
  const read = readFhirXml(
    text,
    structures,
    { maxBytes: Number.POSITIVE_INFINITY, maxDepth: job.limits.maxDepth },
    { file },
  );
  if (!read.value) {
    for (const finding of read.findings) acc.addFinding(finding);
    return acc.result(read.findings[0]?.message ?? 'not FHIR XML');
  }
  const located = (f: Finding): Finding => {
    const place =
      f.location.line === undefined && f.location.path ? placeOfPath(read.locations, f.location.path) : undefined;
    return place ? { ...f, location: { ...f.location, ...place } } : f;
  };
  // The reader's findings go with the engine's first result, so they count against the resource they are in.
  let pending: Finding[] | undefined = read.findings;
  const placed: FhirResourceValidator = {
    validate(resource, context) {
      const result = validator.validate(resource, context);
      const findings = [...(pending ?? []), ...result.findings.map(located)];
      pending = undefined;
      return { ...result, findings };
    },
    ...(validator.isResourceType ? { isResourceType: (type: string) => validator.isResourceType!(type) } : {}),
  };
  checkDocument(read.value, { file }, placed, acc, showValues);
  return acc.result();
}
