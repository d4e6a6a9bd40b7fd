// Checks on a complex value after its children were walked: codes and bindings (Coding,
// CodeableConcept, Quantity), references, ext-1, fixed/pattern values and the element's invariants.
import { checkCodeBinding, checkCodeInSystem, type FoundCode } from './binding-check.js';
import type { ElementNode } from './compiled-element.js';
import { evaluateConstraints } from './constraint-check.js';
import type { EngineEnv } from './engine-env.js';
import { isObject } from './engine-env.js';
import { jsonContains, jsonEquals } from './json-equality.js';
import { checkReference } from './reference-check.js';
import { DATATYPE_INVARIANTS } from './datatype-invariants.js';
import { quantityDifference } from './quantity-compare.js';
import { report, type WalkState } from './walk-state.js';

function coding(
  value: Record<string, unknown>,
  state: WalkState,
  env: EngineEnv,
  path: string,
  check: boolean,
): FoundCode | undefined {
  const { system, code } = value;
  if (typeof code !== 'string') return undefined;
  if (!check) return typeof system === 'string' ? { system, code } : { code };
  if (typeof system !== 'string') {
    report(
      state,
      'fhir.coding.no-system',
      path,
      'a coding has a code but no system: it has no defined meaning and cannot be validated',
      {},
    );
    return { code };
  }
  if (!system.includes(':')) {
    report(
      state,
      'fhir.coding.system',
      `${path}.system`,
      'Coding.system must be an absolute URI, not a local name',
      {},
      system,
    );
  } else if (env.store.valueSet(system) && !env.store.codeSystem(system)) {
    report(state, 'fhir.coding.system', `${path}.system`, 'Coding.system names a value set, not a code system', {
      system,
    });
  }
  checkCodeInSystem(env, state, system, code, `${path}.code`);
  return { system, code };
}

function codes(
  env: EngineEnv,
  state: WalkState,
  type: string,
  value: Record<string, unknown>,
  path: string,
): FoundCode[] | undefined {
  if (type === 'Coding') {
    const c = coding(value, state, env, path, true);
    return c ? [c] : [];
  }
  if (type === 'CodeableConcept') {
    const list = Array.isArray(value.coding) ? value.coding : [];
    const found: FoundCode[] = [];
    list.forEach((item, i) => {
      // Each Coding was checked when it was walked; here its code is only collected for the binding.
      const c = isObject(item) ? coding(item, state, env, `${path}.coding[${i}]`, false) : undefined;
      if (c) found.push(c);
    });
    return found;
  }
  if (
    type === 'Quantity' ||
    type === 'Age' ||
    type === 'Duration' ||
    type === 'Distance' ||
    type === 'Count' ||
    type === 'SimpleQuantity' ||
    type === 'MoneyQuantity'
  ) {
    return typeof value.code === 'string' && typeof value.system === 'string'
      ? [{ system: value.system, code: value.code }]
      : [];
  }
  return undefined;
}

type ConstraintGroups = { list: ElementNode['constraints']; base: string }[];
// Module cache: a memo on a compiled node (WeakMap: it dies with the node, which EngineEnv.structures owns).
const mergedCache = new WeakMap<ElementNode, Map<ElementNode | undefined, ConstraintGroups>>();

/** The element's own invariants and its type's (by key, once), cached per element and type. */
function mergedConstraints(node: ElementNode, typeRoot: ElementNode | undefined): ConstraintGroups {
  let byType = mergedCache.get(node);
  if (!byType) {
    byType = new Map();
    mergedCache.set(node, byType);
  }
  let groups = byType.get(typeRoot);
  if (!groups) {
    groups = computeMerged(node, typeRoot);
    byType.set(typeRoot, groups);
  }
  return groups;
}

function computeMerged(node: ElementNode, typeRoot: ElementNode | undefined): ConstraintGroups {
  const out: ConstraintGroups = [];
  const keys = new Set(node.constraints.map((c) => c.key));
  if (node.constraints.length > 0) out.push({ list: node.constraints, base: node.path.replace('[x]', '') });
  if (typeRoot && typeRoot.constraints.length > 0) {
    const extra = typeRoot.constraints.filter((c) => !keys.has(c.key));
    if (extra.length > 0) out.push({ list: extra, base: typeRoot.path });
  }
  return out;
}

/** Checks a complex value of `type` at `node`, after its children were walked. */
export function checkComplexValue(
  env: EngineEnv,
  state: WalkState,
  node: ElementNode,
  type: string,
  typeRoot: ElementNode | undefined,
  value: Record<string, unknown>,
  path: string,
): void {
  const found = codes(env, state, type, value, path);
  if (found) checkCodeBinding(env, state, node, found, path);
  else if (type === 'Reference') checkReference(env, state, node, value, path);
  else if (
    type === 'Extension' &&
    (value.extension !== undefined) === Object.keys(value).some((k) => k.startsWith('value'))
  ) {
    report(state, 'fhir.invariant.ext-1', path, 'Must have either extensions or value[x], not both (ext-1)', {
      key: 'ext-1',
    });
  }
  if (type === 'Attachment' && typeof value.data === 'string' && typeof value.size === 'number') {
    const decoded = Buffer.from(value.data, 'base64').length;
    if (decoded !== value.size)
      report(
        state,
        'fhir.attachment.size',
        `${path}.size`,
        `Attachment.size ${value.size} differs from the size of the data (${decoded} bytes)`,
        { size: value.size, actual: decoded },
      );
  }
  if (found && type !== 'Coding' && type !== 'CodeableConcept') checkQuantityRange(state, node, value, path);
  if (node.fixed && !jsonEquals(value, node.fixed.value))
    report(state, 'fhir.fixed', path, `value differs from the fixed ${node.fixed.key} of the profile`, {
      element: node.path,
    });
  if (node.pattern && !jsonContains(value, node.pattern.value))
    report(state, 'fhir.pattern', path, `value does not match the ${node.pattern.key} of the profile`, {
      element: node.path,
    });
  for (const { list, base } of mergedConstraints(node, typeRoot))
    evaluateConstraints(env, state, list, base, value, path);
  for (const c of typeRoot?.def.constraint ?? []) {
    const check = DATATYPE_INVARIANTS[c.key];
    if (check && !check(value))
      report(
        state,
        `fhir.invariant.${c.key}`,
        path,
        `${c.human} (${c.key})`,
        { key: c.key },
        undefined,
        c.severity === 'error' ? 'error' : 'warning',
      );
  }
}

/** minValueQuantity/maxValueQuantity, compared after UCUM conversion. */
function checkQuantityRange(state: WalkState, node: ElementNode, value: Record<string, unknown>, path: string): void {
  const def = node.def as unknown as Record<string, unknown>;
  for (const [key, sign] of [
    ['minValueQuantity', -1],
    ['maxValueQuantity', 1],
  ] as const) {
    const limit = def[key];
    if (limit === undefined) continue;
    const diff = quantityDifference(value, limit);
    if (diff === undefined)
      report(
        state,
        'fhir.value.range',
        path,
        `the quantity cannot be compared with the ${key === 'minValueQuantity' ? 'minimum' : 'maximum'} allowed (no UCUM units that convert)`,
        { element: node.path },
      );
    else if (diff * sign > 0)
      report(
        state,
        'fhir.value.range',
        path,
        `the quantity is ${sign < 0 ? 'below the minimum' : 'above the maximum'} allowed (after UCUM conversion)`,
        { element: node.path },
        value,
      );
  }
}
