// Checks a Reference: the form of Reference.reference, the target type the element allows, and
// resolution of contained (#id) and Bundle-internal references (https://hl7.org/fhir/R4/references.html).
import type { ElementNode } from './compiled-element.js';
import type { EngineEnv } from './engine-env.js';
import { isObject } from './engine-env.js';
import { report, type WalkState } from './walk-state.js';
import { shownValue } from '../../redact.js';

const RELATIVE = /^([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(\/_history\/[A-Za-z0-9\-.]{1,64})?$/;
const ABSOLUTE = /^(https?|ftp):\/\/[^\s]+$/;
const ABSOLUTE_TYPED = /\/([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(\/_history\/[A-Za-z0-9\-.]{1,64})?$/;
const URN_UUID = /^urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const URN_OID = /^urn:oid:[0-2](\.(0|[1-9][0-9]*))+$/;
const CORE_SD = 'http://hl7.org/fhir/StructureDefinition/';
/** `Type?name=value(&name=value)*` (references.html#conditional). */
const CONDITIONAL = /^([A-Z][A-Za-z]+)\?[^\s=&?]+=[^\s&]*(&[^\s=&?]+=[^\s&]*)*$/;

// Module cache: a memo on a compiled node (WeakMap: it dies with the node, which EngineEnv.structures owns).
const targetCache = new WeakMap<ElementNode, Set<string> | undefined>();

/** Resource types the element may reference (undefined: any); computed once per element. */
function allowedTargets(env: EngineEnv, node: ElementNode): Set<string> | undefined {
  if (targetCache.has(node)) return targetCache.get(node);
  const targets = computeTargets(env, node);
  targetCache.set(node, targets);
  return targets;
}

function computeTargets(env: EngineEnv, node: ElementNode): Set<string> | undefined {
  const targets = node.types.find((t) => t.code === 'Reference')?.targetProfile;
  if (!targets || targets.length === 0) return undefined;
  const names = new Set<string>();
  for (const url of targets) {
    // A target profile names a type (Patient) or a profile on one (vitalsigns is an Observation).
    const name =
      env.store.structureDefinition(url)?.type ??
      (url.startsWith(CORE_SD) ? url.slice(CORE_SD.length).split('|')[0] : undefined);
    if (!name || name === 'Resource' || name === 'DomainResource') return undefined;
    names.add(name);
  }
  return names;
}

/** Resolves a reference inside the enclosing Bundle (fullUrl, urn:uuid:, Type/id against the entry's base). */
function resolveInBundle(state: WalkState, ref: string): Record<string, unknown> | undefined {
  const bundle = state.bundle;
  if (!bundle) return undefined;
  const direct = bundle.byUrl.get(ref);
  if (direct) return direct;
  const m = RELATIVE.exec(ref);
  if (m) {
    const base = state.frame?.fullUrl;
    const typeAt = base ? base.lastIndexOf(`/${state.frame?.type ?? ''}/`) : -1;
    if (base && typeAt > 0) {
      const absolute = bundle.byUrl.get(`${base.slice(0, typeAt)}/${m[1]}/${m[2]}`);
      if (absolute) return absolute;
    }
    return bundle.byUrl.get(`${m[1]}/${m[2]}`);
  }
  return undefined;
}

/** Checks one Reference value at `node`. */
export function checkReference(
  env: EngineEnv,
  state: WalkState,
  node: ElementNode,
  value: Record<string, unknown>,
  path: string,
): void {
  const ref = value.reference;
  if (typeof ref !== 'string' || ref === '') return;
  const refPath = `${path}.reference`;
  let targetType: string | undefined;
  let resolved: Record<string, unknown> | undefined;
  if (ref.startsWith('#')) {
    if (ref === '#') return;
    resolved = state.frame?.contained.get(ref.slice(1));
    if (!resolved) {
      report(
        state,
        'fhir.reference.unresolved',
        refPath,
        'no contained resource has this id',
        { kind: 'contained' },
        ref,
      );
      return;
    }
  } else if (ref.startsWith('urn:')) {
    // A malformed urn cannot resolve: said as a warning, like an unresolved one outside documents and messages.
    const wellFormed = URN_UUID.test(ref) || URN_OID.test(ref);
    if (!wellFormed)
      report(
        state,
        'fhir.reference.format',
        refPath,
        'not a valid urn:uuid: or urn:oid: reference',
        {},
        ref,
        'warning',
      );
    resolved = wellFormed ? resolveInBundle(state, ref) : undefined;
    // A warning, as the reference validator says it; what a document or message must resolve is
    // checked on the Bundle (document-bundle-check.ts).
    if (!resolved && state.bundle) {
      report(
        state,
        'fhir.reference.unresolved',
        refPath,
        'no entry of the Bundle has this fullUrl',
        { kind: 'bundle' },
        ref,
        'warning',
      );
      return;
    }
    if (!wellFormed) return;
  } else {
    const rel = RELATIVE.exec(ref);
    const abs = !rel && ABSOLUTE.test(ref) ? ABSOLUTE_TYPED.exec(ref) : null;
    const conditional = CONDITIONAL.exec(ref);
    const inTransaction = state.bundle !== undefined && /transaction|batch/.test(state.bundle.type);
    // Outside a transaction or batch nothing resolves a well-formed conditional reference: the
    // reference validator warns (references.html#conditional), it does not reject it.
    if (conditional && !inTransaction && env.store.resourceTypes.has(conditional[1] ?? '')) {
      report(
        state,
        'fhir.reference.format',
        refPath,
        'a conditional reference (Type?search) is resolved only inside a transaction or batch Bundle',
        {},
        ref,
        'warning',
      );
      return;
    }
    if (!rel && !ABSOLUTE.test(ref) && !(conditional && inTransaction)) {
      report(
        state,
        'fhir.reference.format',
        refPath,
        'not a valid reference: expected Type/id, an absolute URL, urn:uuid:, urn:oid: or #id',
        {},
        ref,
      );
      return;
    }
    const named = rel?.[1] ?? abs?.[1];
    if (named && rel && !env.store.resourceTypes.has(named)) {
      report(
        state,
        'fhir.reference.format',
        refPath,
        `${shownValue(named, state.showValues)} is not a resource type`,
        {},
      );
      return;
    }
    if (named && env.store.resourceTypes.has(named)) targetType = named;
    resolved = resolveInBundle(state, ref);
    // The target may live on the server (a warning); a document's own references are checked on the Bundle.
    if (!resolved && rel && state.bundle && state.frame?.fullUrl?.includes('://')) {
      report(
        state,
        'fhir.reference.unresolved',
        refPath,
        `no entry of the ${state.bundle.type} Bundle matches this reference`,
        { kind: 'bundle' },
        ref,
        'warning',
      );
    }
  }
  if (resolved && typeof resolved.resourceType === 'string') targetType = resolved.resourceType;
  if (typeof value.type === 'string' && targetType && value.type !== targetType) {
    report(
      state,
      'fhir.reference.target-type',
      `${path}.type`,
      `Reference.type ${value.type} does not match the referenced resource type ${targetType}`,
      { type: value.type, found: targetType },
    );
  }
  const allowed = allowedTargets(env, node);
  if (allowed && targetType && !allowed.has(targetType)) {
    report(
      state,
      'fhir.reference.target-type',
      refPath,
      `a reference to ${targetType} is not allowed here (allowed: ${[...allowed].sort().join(', ')})`,
      { type: targetType, allowed: [...allowed].sort().join(',') },
    );
  }
}

/** Contained resources by id (for #id references). */
export function containedIndex(resource: Record<string, unknown>): Map<string, Record<string, unknown>> {
  const map = new Map<string, Record<string, unknown>>();
  if (Array.isArray(resource.contained))
    for (const c of resource.contained) if (isObject(c) && typeof c.id === 'string') map.set(c.id, c);
  return map;
}
