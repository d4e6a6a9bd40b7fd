import type { Location } from '../../../errors/location.js';
import type { Finding } from '../../finding.js';
import type { FhirResourceValidator, ProfileVerdict, ResourceFacts } from '../resource-validator.js';
import type { Entity } from './entities.js';
import { entryOfPath } from './entities.js';

/** A Bundle with more entries than this is validated entry by entry (bounded memory per call). */
export const SPLIT_BUNDLE_ENTRIES = 2000;

/**
 * Validates a very large Bundle in pieces: the Bundle itself with each entry's resource reduced to
 * a stub (resourceType, id, meta), keeping only the findings outside the entry resources (the bdl-*
 * rules, fullUrl, request...); then each entry's resource on its own, located by entry index,
 * fullUrl and path prefix. References between entries are resolved by the pipeline instead.
 * Returns the profile verdicts (the Bundle's, then the entries' own claims); puts what the walks saw into `facts`.
 */
export function validateSplit(
  bundle: Record<string, unknown>,
  entities: readonly Entity[],
  base: Location,
  validator: FhirResourceValidator,
  take: (f: Finding) => void,
  facts: Map<number | undefined, ResourceFacts>,
): ProfileVerdict[] {
  const stubbed = (bundle.entry as unknown[]).map((e) => {
    const entry = e as { resource?: unknown } | null;
    if (!entry || typeof entry !== 'object' || !entry.resource || typeof entry.resource !== 'object') return e;
    const { resourceType, id, meta } = entry.resource as Record<string, unknown>;
    return { ...entry, resource: { resourceType, id, ...(meta === undefined ? {} : { meta }) } };
  });
  // The Bundle's own rules run on chunks of stub entries (FHIRPath over 100,000 entries would not fit);
  // rules about the Bundle root come from the first chunk, and fullUrl uniqueness (bdl-7) is checked here.
  const profiles: ProfileVerdict[] = [];
  for (let start = 0; start === 0 || start < stubbed.length; start += SPLIT_BUNDLE_ENTRIES) {
    const shell = validator.validate(
      { ...bundle, entry: stubbed.slice(start, start + SPLIT_BUNDLE_ENTRIES) },
      { location: base, pathPrefix: '', facts: start === 0 },
    );
    const own = shell.facts?.get(undefined); // the Bundle's own elements; the entries' are counted whole below
    if (own) facts.set(undefined, own);
    for (const f of shell.findings) {
      const entry = f.location.entry ?? entryOfPath(f.location.path);
      if (isInsideEntryResource(f) || f.rule === BDL7.rule || (entry === undefined && start > 0)) continue;
      take(entry === undefined ? f : shiftEntry(f, entry, start));
    }
    // Entries' profile verdicts on stubs mean nothing: the entries are judged whole below.
    if (start === 0) profiles.push(...shell.profiles.filter((p) => p.entry === undefined));
  }
  for (const f of duplicateFullUrls(bundle, base)) take(f);
  for (let i = 1; i < entities.length; i++) {
    const e = entities[i]!;
    const location: Location = { ...base, entry: e.entry };
    if (e.fullUrl !== undefined) location.fullUrl = e.fullUrl;
    const result = validator.validate(e.node, { location, pathPrefix: e.root, facts: true });
    for (const f of result.findings) take(f);
    for (const [entry, f] of result.facts ?? []) facts.set(entry, f);
    for (const p of result.profiles) profiles.push({ ...p, entry: e.entry });
  }
  return profiles;
}

function isInsideEntryResource(f: Finding): boolean {
  const path = f.location.path;
  return path !== undefined && entryOfPath(path) !== undefined && /^Bundle\.entry\[\d+\]\.resource/.test(path);
}

const BDL7 = {
  rule: 'fhir.invariant.bdl-7',
  message:
    'FullUrl must be unique in a bundle, or else entries with the same fullUrl must have different meta.versionId (except in history bundles) (bdl-7)',
};

/** A finding of a chunk, moved to the entry's index in the whole Bundle. */
function shiftEntry(f: Finding, entry: number, offset: number): Finding {
  const location: Location = { ...f.location, entry: entry + offset };
  if (f.location.path !== undefined)
    location.path = f.location.path.replace(/^Bundle\.entry\[\d+\]/, `Bundle.entry[${entry + offset}]`);
  return { ...f, location };
}

/** bdl-7 over the whole Bundle: a fullUrl (with its versionId) seen before. */
function duplicateFullUrls(bundle: Record<string, unknown>, base: Location): Finding[] {
  if (bundle.type === 'history') return [];
  const seen = new Set<string>();
  const out: Finding[] = [];
  (bundle.entry as unknown[]).forEach((e, i) => {
    const entry = e as { fullUrl?: unknown; resource?: { meta?: { versionId?: unknown } } } | null;
    if (!entry || typeof entry.fullUrl !== 'string') return;
    const key = `${entry.fullUrl}\u0000${String(entry.resource?.meta?.versionId ?? '')}`;
    if (seen.has(key))
      out.push({
        rule: BDL7.rule,
        severity: 'error',
        location: { ...base, entry: i, path: `Bundle.entry[${i}]` },
        message: BDL7.message,
      });
    seen.add(key);
  });
  return out;
}
