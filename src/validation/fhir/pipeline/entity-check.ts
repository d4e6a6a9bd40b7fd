import type { Location } from '../../../errors/location.js';
import type { ResourceFacts } from '../resource-validator.js';
import { CODE_SYSTEMS, isIcd10System } from '../terminology/code-systems.js';
import type { BundleIndex } from './bundle-index.js';
import type { Entity } from './entities.js';
import type { JobAccumulator } from './job-accumulator.js';
import { keyHash } from './key-hash.js';
import { referenceTarget } from './reference-target.js';

/** Where an entity's findings are placed: the document's location plus entry and fullUrl. */
export function entityLocation(base: Location, entity: Entity, path: string): Location {
  const location: Location = { ...base, path };
  if (entity.entry !== undefined) location.entry = entity.entry;
  if (entity.fullUrl !== undefined) location.fullUrl = entity.fullUrl;
  return location;
}

/**
 * Counts what the metrics need from what the engine's walk saw in one entity (`facts`): codes that
 * passed the offline terminology checks, UCUM quantities, LOINC on Observation.code, SNOMED CT /
 * ICD-10 on Condition.code, and references (resolved in the entity's contained resources or Bundle,
 * or left to the export-wide check). With `reportUnresolved` (a Bundle validated entry by entry, so
 * the engine did not see the whole Bundle), a `urn:` reference that no entry has as fullUrl is
 * reported here. Returns true when it reported an error.
 */
export function countEntity(
  entity: Entity,
  base: Location,
  bundle: BundleIndex,
  acc: JobAccumulator,
  facts: ResourceFacts | undefined,
  reportUnresolved: boolean,
): boolean {
  const counts = acc.counts;
  let error = false;
  countCoding(entity, acc);
  if (!facts) return false;
  counts.codesChecked += facts.codesChecked;
  counts.codesValid += facts.codesValid;
  counts.quantities += facts.quantities;
  counts.quantitiesUcum += facts.quantitiesUcum;
  const contained = containedIds(entity.node);
  for (const { reference, path } of facts.references) {
    const target = referenceTarget(reference);
    switch (target.kind) {
      case 'contained':
        counts.referencesChecked += 1;
        if (target.id === '' || contained.has(target.id)) counts.referencesResolved += 1;
        break;
      case 'urn':
        counts.referencesChecked += 1;
        if (bundle.fullUrls.has(target.url)) counts.referencesResolved += 1;
        else if (reportUnresolved) {
          acc.addFinding({
            rule: 'fhir.reference.unresolved',
            severity: 'error',
            location: entityLocation(base, entity, `${path}.reference`),
            message: 'reference to a urn: that no entry of the Bundle has as fullUrl',
          });
          error = true;
        }
        break;
      case 'absolute':
        if (bundle.fullUrls.has(target.url)) {
          counts.referencesChecked += 1;
          counts.referencesResolved += 1;
        } else counts.referencesExternal += 1;
        break;
      case 'relative':
        counts.referencesChecked += 1;
        if (bundle.keys.has(target.key)) counts.referencesResolved += 1;
        else acc.refer(keyHash(target.key), () => entityLocation(base, entity, `${path}.reference`));
        break;
      default:
        break;
    }
  }
  return error;
}

const NONE: ReadonlySet<string> = new Set();

function containedIds(node: Record<string, unknown>): ReadonlySet<string> {
  if (!Array.isArray(node.contained) || node.contained.length === 0) return NONE;
  const ids = new Set<string>();
  if (Array.isArray(node.contained))
    for (const c of node.contained as unknown[])
      if (c && typeof (c as { id?: unknown }).id === 'string') ids.add((c as { id: string }).id);
  return ids;
}

function codingSystems(concept: unknown): string[] {
  const coding = (concept as { coding?: unknown } | undefined)?.coding;
  if (!Array.isArray(coding)) return [];
  return coding
    .map((c) => (c && typeof (c as { system?: unknown }).system === 'string' ? (c as { system: string }).system : ''))
    .filter((s) => s !== '');
}

function countCoding(entity: Entity, acc: JobAccumulator): void {
  const counts = acc.counts;
  if (entity.type === 'Observation') {
    counts.observations += 1;
    if (codingSystems(entity.node.code).includes(CODE_SYSTEMS.loinc)) counts.observationsWithLoinc += 1;
  } else if (entity.type === 'Condition') {
    counts.conditions += 1;
    if (codingSystems(entity.node.code).some((s) => s === CODE_SYSTEMS.snomed || isIcd10System(s)))
      counts.conditionsCoded += 1;
  }
}
