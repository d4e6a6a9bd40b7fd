import type { ErrorObject, ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Location } from '../errors/location.js';
import { parseYamlSource, type DataPath } from '../questionnaire/yaml-source.js';
import type { ConformanceSummary } from '../validation/conformance-summary.js';
import { EvidenceError } from './evidence-error.js';
import schema from './summary.schema.json' with { type: 'json' };

/** The JSON Schema a conformance summary must pass to be used as evidence (src/evidence/summary.schema.json). */
export const EVIDENCE_SUMMARY_SCHEMA: object = schema;

const HINT = 'name a file written by `readiness validate fhir|dicom --out`, unchanged';
// Module cache: the summary JSON Schema, compiled once: a memo of a constant.
let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  compiled ??= new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  return compiled;
}

/**
 * Checks that a parsed JSON value is a conformance summary written by `readiness validate` and that
 * every number in its envelope is in range (shares 0..1, counts whole and from 0, totals not above
 * the items), against {@link EVIDENCE_SUMMARY_SCHEMA}. A file that is not a summary at all (not an
 * object with `kind` fhir or dicom) is refused without a word of its content; a summary with a bad
 * value is refused at its JSON pointer (and line, given the text).
 */
export function asConformanceSummary(path: string, value: unknown, text?: string): ConformanceSummary {
  const v = value as Partial<ConformanceSummary> | null;
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new EvidenceError(path, 'is not a conformance summary (not a JSON object)', HINT);
  if (v.kind !== 'fhir' && v.kind !== 'dicom')
    throw new EvidenceError(path, 'is not a conformance summary (no "kind": "fhir" or "dicom")', HINT);
  const validate = validator();
  if (!validate(v)) {
    const error = (validate.errors ?? [])[0]!;
    throw new EvidenceError(
      path,
      `invalid conformance summary: ${describe(error)}`,
      HINT,
      locate(path, text, error.instancePath),
    );
  }
  const summary = v as ConformanceSummary;
  for (const part of ['conformant', 'withErrors', 'unreadable'] as const) {
    if (summary.totals[part] > summary.totals.items) {
      throw new EvidenceError(
        path,
        `invalid conformance summary: /totals/${part} (${summary.totals[part]}) is more than /totals/items (${summary.totals.items})`,
        HINT,
        locate(path, text, `/totals/${part}`),
      );
    }
  }
  for (const name of Object.keys(summary.metrics)) {
    if (!name.startsWith(`${summary.kind}.`))
      throw new EvidenceError(
        path,
        `invalid conformance summary: metric /metrics/${name} does not belong to a ${summary.kind} summary`,
        HINT,
        locate(path, text, `/metrics/${escapePointer(name)}`),
      );
  }
  return summary;
}

/** The error in words, from the schema only (the value itself is not repeated). */
function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the document' : error.instancePath;
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') return `${where} lacks "${String(params.missingProperty)}"`;
  if (error.keyword === 'additionalProperties') return `${where} has an unknown key`;
  if (error.keyword === 'propertyNames' || (error as { propertyName?: string }).propertyName !== undefined)
    return `${where} has a key that is not a metric name (fhir.* or dicom.*, lower case)`;
  return `${where} ${error.message ?? 'is invalid'}`;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The file, the JSON pointer and, when the text parses as YAML (JSON does), the line and column. */
function locate(file: string, text: string | undefined, pointer: string): Location {
  const path: DataPath =
    pointer === ''
      ? []
      : pointer
          .slice(1)
          .split('/')
          .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
          .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const base: Location = { file, path: pointer === '' ? '/' : pointer };
  if (text === undefined) return base;
  try {
    const at = parseYamlSource({ path: file, text }).locate(path);
    return { ...at, path: base.path };
  } catch {
    return base;
  }
}
