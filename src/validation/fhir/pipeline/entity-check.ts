import type { Location } from '../../../errors/location.js';
import type { Finding } from '../../finding.js';
import { CODE_SYSTEMS, isIcd10System } from '../terminology/code-systems.js';
import { firstFailedCheck } from '../terminology/checks.js';
import { ucumValid } from '../terminology/ucum-unit.js';
import type { BundleIndex } from './bundle-index.js';
import type { Entity } from './entities.js';
import type { JobAccumulator } from './job-accumulator.js';
import { keyHash } from './key-hash.js';
import { referenceTarget } from './reference-target.js';
import { walkResource, type WalkVisitor } from './resource-walk.js';

const CHECKED_SYSTEMS = new Set<string>([CODE_SYSTEMS.loinc, CODE_SYSTEMS.snomed, CODE_SYSTEMS.ucum]);

/** What {@link checkEntity} reports besides the terminology checks. */
export interface EntityCheckOptions {
  showValues: boolean;
  /** Unresolved `urn:` references (when the engine did not see the whole Bundle). */
  reportUnresolved: boolean;
  /** Nesting beyond the walk's limit (unless the engine already said so). */
  reportTooDeep: boolean;
}

/** Where an entity's findings are placed: the document's location plus entry and fullUrl. */
export function entityLocation(base: Location, entity: Entity, path: string): Location {
  const location: Location = { ...base, path };
  if (entity.entry !== undefined) location.entry = entity.entry;
  if (entity.fullUrl !== undefined) location.fullUrl = entity.fullUrl;
  return location;
}

/**
 * Runs the offline terminology checks over one entity, and counts what the metrics need: LOINC on
 * Observation.code, SNOMED CT / ICD-10 on Condition.code, UCUM quantities, and references (resolved
 * in the entity's contained resources or Bundle, or left to the export-wide check).
 * With `reportUnresolved` (a Bundle validated entry by entry, so the engine did not see the whole
 * Bundle), a `urn:` reference that no entry has as fullUrl is reported here.
 * Returns true when it reported an error.
 */
export function checkEntity(
  entity: Entity,
  base: Location,
  bundle: BundleIndex,
  acc: JobAccumulator,
  options: EntityCheckOptions,
): boolean {
  const { showValues, reportUnresolved } = options;
  const counts = acc.counts;
  let error = false;
  const contained = containedIds(entity.node);
  const report = (finding: Finding): void => {
    acc.addFinding(finding);
    if (finding.severity === 'error' || finding.severity === 'fatal') error = true;
  };
  const visitor: WalkVisitor = {
    code(system, code, path, isQuantity) {
      if (!CHECKED_SYSTEMS.has(system) && !isIcd10System(system)) return;
      if (isQuantity && system !== CODE_SYSTEMS.ucum) return;
      counts.codesChecked += 1;
      const failed = firstFailedCheck(system, code);
      if (!failed) {
        counts.codesValid += 1;
        return;
      }
      const finding: Finding = {
        rule: failed.rule,
        severity: failed.severity,
        location: entityLocation(base, entity, `${path()}.code`),
        message: failed.message,
        params: { system },
      };
      if (showValues) finding.value = code;
      report(finding);
    },
    quantity(system, code) {
      counts.quantities += 1;
      if (system === CODE_SYSTEMS.ucum && code !== undefined && ucumValid(code)) counts.quantitiesUcum += 1;
    },
    reference(reference, path) {
      const target = referenceTarget(reference);
      switch (target.kind) {
        case 'contained':
          counts.referencesChecked += 1;
          if (target.id === '' || contained.has(target.id)) counts.referencesResolved += 1;
          return;
        case 'urn':
          counts.referencesChecked += 1;
          if (bundle.fullUrls.has(target.url)) counts.referencesResolved += 1;
          else if (reportUnresolved)
            report({
              rule: 'fhir.reference.unresolved',
              severity: 'error',
              location: entityLocation(base, entity, `${path()}.reference`),
              message: 'reference to a urn: that no entry of the Bundle has as fullUrl',
            });
          return;
        case 'absolute':
          if (bundle.fullUrls.has(target.url)) {
            counts.referencesChecked += 1;
            counts.referencesResolved += 1;
          } else counts.referencesExternal += 1;
          return;
        case 'relative':
          counts.referencesChecked += 1;
          if (bundle.keys.has(target.key)) counts.referencesResolved += 1;
          else acc.refer(keyHash(target.key), () => entityLocation(base, entity, `${path()}.reference`));
          return;
        default:
          return;
      }
    },
  };
  const complete = walkResource(
    entity.node,
    entity.root,
    visitor,
    entity.entry === undefined && entity.type === 'Bundle',
  );
  if (!complete && options.reportTooDeep)
    report({
      rule: 'fhir.json.too-deep',
      severity: 'error',
      location: entityLocation(base, entity, entity.root),
      message: 'elements are nested too deeply to be checked (more than 128 levels)',
    });
  countCoding(entity, acc);
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
