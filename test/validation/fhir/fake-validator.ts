// A small stand-in for the FHIR engine, following the contract in resource-validator.ts: it knows
// a few resource types and reports a missing Patient.gender or Observation.status. Pipeline tests
// use it so that they test the pipeline, not the engine.
import type { Finding } from '../../../src/validation/finding.js';
import type {
  FhirResourceContext,
  FhirResourceResult,
  FhirResourceValidator,
  FhirValidatorConfig,
  ResourceFacts,
} from '../../../src/validation/fhir/resource-validator.js';
import { firstFailedCheck } from '../../../src/validation/fhir/terminology/checks.js';
import { CODE_SYSTEMS } from '../../../src/validation/fhir/terminology/code-systems.js';
import { ucumValid } from '../../../src/validation/fhir/terminology/ucum-unit.js';

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

/**
 * The facts the real engine's walk collects, told apart here by shape alone: objects with a string
 * system and code (codings, and quantities with a numeric value), objects with a string reference.
 * A failed offline terminology check is a finding, as in the engine.
 */
function collectFacts(
  node: unknown,
  path: string,
  facts: Map<number | undefined, ResourceFacts>,
  context: FhirResourceContext,
  out: Finding[],
  showValues: boolean,
): void {
  if (Array.isArray(node))
    return node.forEach((item, i) => collectFacts(item, `${path}[${i}]`, facts, context, out, showValues));
  if (node === null || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  const m = /^Bundle\.entry\[(\d+)\]/.exec(path);
  const entry = m ? Number(m[1]) : undefined;
  let f = facts.get(entry);
  if (!f) facts.set(entry, (f = { codesChecked: 0, codesValid: 0, quantities: 0, quantitiesUcum: 0, references: [] }));
  if (typeof o.reference === 'string') f.references.push({ reference: o.reference, path });
  if (typeof o.value === 'number') {
    f.quantities += 1;
    if (o.system === CODE_SYSTEMS.ucum && typeof o.code === 'string' && ucumValid(o.code)) f.quantitiesUcum += 1;
  }
  if (typeof o.system === 'string' && typeof o.code === 'string') {
    f.codesChecked += 1;
    const failed = firstFailedCheck(o.system, o.code);
    if (!failed) f.codesValid += 1;
    else
      out.push({
        rule: failed.rule,
        severity: failed.severity,
        location: { ...context.location, path: `${path}.code` },
        message: failed.message,
        ...(showValues ? { value: o.code } : {}),
      });
  }
  for (const k in o) collectFacts(o[k], `${path}.${k}`, facts, context, out, showValues);
}

/** Builds the fake engine (async, like the real one). */
export async function createFakeValidator(config?: FhirValidatorConfig): Promise<FhirResourceValidator> {
  const showValues = config?.showValues ?? false;
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
      const result: FhirResourceResult = {
        findings,
        profiles: [{ url: `http://hl7.org/fhir/StructureDefinition/${String(r.resourceType)}`, conformant: ok }],
      };
      if (context.facts) {
        result.facts = new Map();
        collectFacts(r, context.pathPrefix || String(r.resourceType), result.facts, context, findings, showValues);
      }
      return result;
    },
  };
}
