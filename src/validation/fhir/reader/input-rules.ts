import { defineRules, type DiagnosticParams } from '../../../diagnostics/diagnostic.js';

const FORMATS = '.json, .ndjson, .jsonl, .xml or their .gz forms';
const str = (p: DiagnosticParams, key: string): string => String(p[key] ?? '');

/** What the FHIR reader says about the inputs as a whole: files left out, a run that read nothing, files read another way. */
export const FHIR_INPUT_RULES = defineRules({
  'fhir.input.none': {
    severity: 'error',
    message: (p) => `no FHIR resource was read: ${str(p, 'why')}`,
    hint: () =>
      `name FHIR R4 files (${FORMATS}) or folders holding them; convert other formats to FHIR JSON, NDJSON or XML first`,
  },
  'fhir.input.skipped': {
    severity: 'warning',
    message: (p) => `${str(p, 'skipped')} (listed in the summary's "skipped")`,
    hint: () => `FHIR inputs are ${FORMATS}; rename or convert the files meant to be validated`,
  },
  'fhir.input.ndjson-in-json': {
    severity: 'information',
    message: () =>
      'the .json file holds one JSON value per line (NDJSON): read as NDJSON, each resource located by its line',
  },
  'fhir.input.json-array': {
    severity: 'information',
    message: (p) =>
      `the file holds a JSON array of ${str(p, 'count')} values, not one resource: each value read as a resource, located as ${str(p, 'file')}[index]`,
  },
});
