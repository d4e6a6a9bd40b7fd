// A small stand-in for the FHIR engine, following the contract in resource-validator.ts: it knows
// a few resource types and reports a missing Patient.gender or Observation.status. Pipeline tests
// use it so that they test the pipeline, not the engine.
import type { Finding } from '../../../src/validation/finding.js';
import type {
  FhirResourceContext,
  FhirResourceResult,
  FhirResourceValidator,
} from '../../../src/validation/fhir/resource-validator.js';

const KNOWN = new Set(['Patient', 'Observation', 'Condition', 'Bundle', 'Encounter']);
const REQUIRED: Record<string, string> = { Patient: 'gender', Observation: 'status' };

function check(
  resource: Record<string, unknown>,
  root: string,
  context: FhirResourceContext,
  out: Finding[],
  entry?: number,
): boolean {
  const type = String(resource.resourceType);
  const before = out.length;
  const location =
    entry === undefined ? { ...context.location, path: root } : { ...context.location, entry, path: root };
  if (!KNOWN.has(type))
    out.push({ rule: 'fhir.resource.unknown-type', severity: 'error', location, message: 'unknown resourceType' });
  const required = REQUIRED[type];
  if (required && resource[required] === undefined)
    out.push({
      rule: 'fhir.cardinality.min',
      severity: 'error',
      location: { ...location, path: `${root}.${required}` },
      message: `${type}.${required}: minimum cardinality is 1, found 0`,
    });
  return out.length === before;
}

/** Builds the fake engine (async, like the real one). */
export async function createFakeValidator(): Promise<FhirResourceValidator> {
  return {
    validate(resource: unknown, context: FhirResourceContext): FhirResourceResult {
      const r = resource as Record<string, unknown>;
      const findings: Finding[] = [];
      const ok = check(r, context.pathPrefix || String(r.resourceType), context, findings);
      if (r.resourceType === 'Bundle' && Array.isArray(r.entry)) {
        r.entry.forEach(
          (e: { resource?: Record<string, unknown> }, i: number) =>
            e.resource && check(e.resource, `Bundle.entry[${i}].resource`, context, findings, i),
        );
      }
      return {
        findings,
        profiles: [{ url: `http://hl7.org/fhir/StructureDefinition/${String(r.resourceType)}`, conformant: ok }],
      };
    },
  };
}
