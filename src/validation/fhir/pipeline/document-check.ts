import type { Location } from '../../../errors/location.js';
import type { Finding } from '../../finding.js';
import type { FhirResourceResult, FhirResourceValidator, ProfileVerdict } from '../resource-validator.js';
import { indexBundle } from './bundle-index.js';
import { entitiesOf, entryOfPath } from './entities.js';
import { checkEntity } from './entity-check.js';
import { SPLIT_BUNDLE_ENTRIES, validateSplit } from './large-bundle.js';
import type { JobAccumulator } from './job-accumulator.js';
import { keyHash } from './key-hash.js';
import { shownValue } from '../../redact.js';

const BASE = 'http://hl7.org/fhir/StructureDefinition/';

const isError = (f: Finding): boolean => f.severity === 'error' || f.severity === 'fatal';

/** True when `value` is an object with a string resourceType: something the engine can check. */
export function isResourceLike(value: unknown): value is Record<string, unknown> & { resourceType: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { resourceType?: unknown }).resourceType === 'string'
  );
}

/**
 * Checks one parsed document (an NDJSON line or a JSON file): the engine validates it whole (a Bundle
 * with its entries, so Bundle-internal references can be resolved), then each resource in it (the
 * document, and a Bundle's entry resources) is counted, run through the terminology checks and
 * judged. Returns false when the document is not a FHIR resource at all.
 */
export function checkDocument(
  value: unknown,
  base: Location,
  validator: FhirResourceValidator,
  acc: JobAccumulator,
  showValues: boolean,
): boolean {
  if (!isResourceLike(value)) {
    acc.addFinding({
      rule: 'fhir.resource.not-a-resource',
      severity: 'error',
      location: base,
      message:
        Array.isArray(value) || typeof value !== 'object' || value === null
          ? 'JSON value is not an object, so not a FHIR resource'
          : 'JSON object has no resourceType, so it is not a FHIR resource',
    });
    acc.counts.unreadable += 1;
    return false;
  }
  // A resourceType no definition holds is the data's: counted under its length and hash unless --show-values.
  const label = (type: string): string =>
    validator.isResourceType?.(type) === false ? shownValue(type, showValues) : type;
  const entities = entitiesOf(value, value.resourceType).map((e) => ({ ...e, type: label(e.type) }));
  const baseErrors = new Set<number>(); // entity indexes with an engine error against base R4
  const profileErrors = new Set<number>(); // entity indexes with an error against one of their profiles
  const entryToEntity = new Map<number, number>();
  entities.forEach((e, i) => e.entry !== undefined && entryToEntity.set(e.entry, i));
  const tooDeep = new Set<number>(); // entity indexes the engine found too deeply nested
  const take = (f: Finding): void => {
    acc.addFinding(f);
    if (!isError(f)) return;
    const entry = f.location.entry ?? entryOfPath(f.location.path);
    const index = entry === undefined ? 0 : (entryToEntity.get(entry) ?? 0);
    (f.params?.profile === undefined ? baseErrors : profileErrors).add(index);
    if (f.rule === 'fhir.json.too-deep') tooDeep.add(index);
  };
  const split = entities.length - 1 > SPLIT_BUNDLE_ENTRIES;
  const profiles = split
    ? validateSplit(value, entities, base, validator, take)
    : validateWhole(value, base, validator, take);
  const bundle = indexBundle(entities);
  const verdicts = new Map(profiles.filter((p) => p.entry === undefined).map((p) => [p.url, p.conformant]));
  const failedProfile = new Set<number | undefined>(); // entries (undefined: the document) failing a profile of their own
  for (const p of profiles)
    if (
      !p.conformant &&
      p.url !== BASE + (p.entry === undefined ? value.resourceType : entities[entryToEntity.get(p.entry) ?? 0]?.type)
    )
      failedProfile.add(p.entry);
  entities.forEach((entity, i) => {
    const termError = checkEntity(entity, base, bundle, acc, {
      showValues,
      reportUnresolved: split,
      reportTooDeep: !tooDeep.has(i),
    });
    const counts = acc.counts;
    // The engine's verdict on a Bundle covers its entries; each entry is judged on its own here,
    // against base R4 and against its own profiles (verdicts carrying its entry index).
    const baseVerdict = entities.length === 1 ? verdicts.get(BASE + entity.type) : undefined;
    const validBase = baseVerdict ?? !baseErrors.has(i);
    const conformant = !baseErrors.has(i) && !profileErrors.has(i) && !termError && !failedProfile.has(entity.entry);
    counts.resources += 1;
    if (validBase) counts.validBase += 1;
    if (conformant) counts.conformant += 1;
    else counts.withErrors += 1;
    const t = (counts.byType[entity.type] ??= { resources: 0, validBase: 0, conformant: 0 });
    t.resources += 1;
    if (validBase) t.validBase += 1;
    if (conformant) t.conformant += 1;
    if (typeof entity.node.id === 'string') acc.define(keyHash(`${entity.type}/${entity.node.id}`));
  });
  const baseUrls = new Set(entities.map((e) => BASE + e.type));
  for (const p of profiles) {
    if (baseUrls.has(p.url)) continue;
    const c = (acc.counts.profiles[p.url] ??= { checked: 0, conformant: 0 });
    c.checked += 1;
    if (p.conformant) c.conformant += 1;
  }
  return true;
}

function validateWhole(
  resource: Record<string, unknown> & { resourceType: string },
  base: Location,
  validator: FhirResourceValidator,
  take: (f: Finding) => void,
): ProfileVerdict[] {
  const result = runEngine(resource, base, validator, '');
  for (const f of result.findings) take(f);
  return result.profiles;
}

/** Runs the engine, turning a crash on one resource into a finding (a stack overflow on deep input included). */
export function runEngine(
  resource: Record<string, unknown>,
  base: Location,
  validator: FhirResourceValidator,
  pathPrefix: string,
): FhirResourceResult {
  const type = String(resource.resourceType);
  const root = pathPrefix || (validator.isResourceType?.(type) === false ? shownValue(type, false) : type);
  try {
    return validator.validate(resource, { location: base, pathPrefix });
  } catch (error) {
    const deep = error instanceof RangeError;
    const finding: Finding = deep
      ? {
          rule: 'fhir.json.too-deep',
          severity: 'error',
          location: { ...base, path: root },
          message: 'resource is nested too deeply to be validated',
        }
      : {
          rule: 'fhir.engine.failure',
          severity: 'error',
          location: base,
          message: `the validator failed on this resource (please report it): ${(error as Error).message}`,
        };
    return { findings: [finding], profiles: [] };
  }
}
