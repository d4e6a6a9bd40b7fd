import type { Location } from '../../../errors/location.js';
import type { Finding } from '../../finding.js';
import type { FhirResourceValidator, ProfileVerdict, ResourceFacts } from '../resource-validator.js';
import { indexBundle } from './bundle-index.js';
import { entitiesOf, entryOfPath } from './entities.js';
import { countEntity, entityLocation } from './entity-check.js';
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
 * document, and a Bundle's entry resources) is counted from what the engine's walk saw (codes,
 * quantities, references) and judged. Returns false when the document is not a FHIR resource at all.
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
  const termErrors = new Set<number>(); // entity indexes failing an offline terminology check
  const otherBaseErrors = new Set<number>(); // ... failing base R4 for another reason than an unknown extension
  const take = (f: Finding): void => {
    const entry = f.location.entry ?? entryOfPath(f.location.path);
    const index = entry === undefined ? 0 : (entryToEntity.get(entry) ?? 0);
    const terminology = f.rule.startsWith('fhir.terminology.');
    // A terminology finding is placed at its entity (entry index and fullUrl), as the metrics count it.
    const entity = entities[index];
    acc.addFinding(terminology && entity ? { ...f, location: entityLocation(base, entity, f.location.path ?? '') } : f);
    if (!isError(f)) return;
    (terminology ? termErrors : f.params?.profile === undefined ? baseErrors : profileErrors).add(index);
    if (!terminology && f.params?.profile === undefined && f.rule !== 'fhir.extension.unknown')
      otherBaseErrors.add(index);
  };
  const split = entities.length - 1 > SPLIT_BUNDLE_ENTRIES;
  const facts = new Map<number | undefined, ResourceFacts>();
  const profiles = split
    ? validateSplit(value, entities, base, validator, take, facts)
    : validateWhole(value, base, validator, take, facts);
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
    const termError = countEntity(entity, base, bundle, acc, facts.get(entity.entry), split) || termErrors.has(i);
    const counts = acc.counts;
    // The engine's verdict on a Bundle covers its entries; each entry is judged on its own here,
    // against base R4 and against its own profiles (verdicts carrying its entry index).
    const baseVerdict = entities.length === 1 ? verdicts.get(BASE + entity.type) : undefined;
    const validBase = baseVerdict ?? !baseErrors.has(i);
    const conformant = !baseErrors.has(i) && !profileErrors.has(i) && !termError && !failedProfile.has(entity.entry);
    counts.resources += 1;
    if (validBase) counts.validBase += 1;
    else if (baseErrors.has(i) && !otherBaseErrors.has(i)) counts.unknownExtensionOnly += 1;
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
  facts: Map<number | undefined, ResourceFacts>,
): ProfileVerdict[] {
  const result = validator.validate(resource, { location: base, pathPrefix: '', facts: true });
  for (const f of result.findings) take(f);
  for (const [entry, f] of result.facts ?? []) facts.set(entry, f);
  return result.profiles;
}
