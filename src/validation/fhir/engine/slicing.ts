// Assigns the items of a sliced element to its slices and checks slice cardinality, closed and
// ordered slicing (https://hl7.org/fhir/R4/profiling.html#slicing).
import type { Discriminator } from '../definitions/conformance-resources.js';
import type { ElementNode } from './compiled-element.js';
import type { EngineEnv } from './engine-env.js';
import { isObject } from './engine-env.js';
import { jsonContains, jsonEquals } from './json-equality.js';
import { itemValues, sliceTarget } from './slice-discriminator.js';
import { report, type WalkState } from './walk-state.js';

/** Whether an item conforms to a profile (walked silently); the structure walker supplies it. */
export type Conforms = (item: unknown, profile: string) => boolean;

function typeOf(value: unknown): string | undefined {
  return isObject(value) && typeof value.resourceType === 'string' ? value.resourceType : undefined;
}

function matchesDiscriminator(
  env: EngineEnv,
  state: WalkState,
  slice: ElementNode,
  item: unknown,
  d: Discriminator,
  conforms: Conforms,
): boolean {
  const values = itemValues(state, item, d.path);
  const target = sliceTarget(env, slice, d.path);
  if (d.type === 'exists') {
    const node = target?.node;
    if (!node) return false;
    return node.min > 0 ? values.length > 0 : node.max === 0 ? values.length === 0 : true;
  }
  // A slice that does not constrain the discriminator path does not discriminate on it.
  if (!target) return d.type === 'value' || d.type === 'pattern';
  if (d.type === 'type') {
    const types = target.node?.types.map((t) => t.code) ?? [];
    return values.some((v) => {
      const rt = typeOf(v);
      return rt ? types.includes(rt) : types.length > 0;
    });
  }
  if (d.type === 'profile') {
    const profiles = target.node?.types.flatMap((t) => [...(t.profile ?? []), ...(t.targetProfile ?? [])]) ?? [];
    return values.some((v) => profiles.some((p) => conforms(v, p)));
  }
  if (target.value !== undefined) {
    return values.some((v) =>
      target.exact && d.type === 'value'
        ? jsonEquals(v, target.value) || jsonContains(v, target.value)
        : jsonContains(v, target.value),
    );
  }
  const vs = target.node?.def.binding?.strength === 'required' ? target.node.def.binding.valueSet : undefined;
  if (vs) {
    const expansion = env.expander.expand(vs);
    if (expansion.kind !== 'codes') return false;
    return values.some((v) => {
      if (typeof v === 'string') return expansion.codes.has(v);
      if (!isObject(v)) return false;
      const codings = Array.isArray(v.coding) ? v.coding : [v];
      return codings.some((c) => isObject(c) && expansion.keys.has(`${String(c.system)}|${String(c.code)}`));
    });
  }
  return true;
}

function matches(
  env: EngineEnv,
  state: WalkState,
  sliced: ElementNode,
  slice: ElementNode,
  item: unknown,
  conforms: Conforms,
): boolean {
  const discriminators = sliced.def.slicing?.discriminator ?? [];
  if (discriminators.length === 0) return false;
  return discriminators.every((d) => matchesDiscriminator(env, state, slice, item, d, conforms));
}

/**
 * Assigns each item of `sliced` to the first slice it matches, reports slice cardinality, closed
 * and ordered slicing; returns the node each item is validated against (its slice, or none).
 */
export function assignSlices(
  env: EngineEnv,
  state: WalkState,
  sliced: ElementNode,
  items: readonly unknown[],
  paths: readonly string[],
  parentPath: string,
  conforms: Conforms,
): (ElementNode | undefined)[] {
  const slicing = sliced.def.slicing;
  const slices = sliced.slices;
  const assigned = items.map((item) => slices.find((s) => matches(env, state, sliced, s, item, conforms)));
  const where = `${parentPath}.${sliced.name}`;
  for (const s of slices) {
    const count = assigned.filter((a) => a === s).length;
    if (count < s.min)
      report(
        state,
        'fhir.slice.min',
        where,
        `slice '${s.sliceName ?? ''}' requires at least ${s.min} matching item(s), found ${count}`,
        { slice: s.sliceName ?? '', min: s.min, found: count },
      );
    if (count > s.max)
      report(
        state,
        'fhir.slice.max',
        where,
        `slice '${s.sliceName ?? ''}' allows at most ${s.max} item(s), found ${count}`,
        { slice: s.sliceName ?? '', max: s.max, found: count },
      );
  }
  if (slicing?.rules === 'closed') {
    assigned.forEach((a, i) => {
      if (!a)
        report(state, 'fhir.slice.closed', paths[i] ?? where, 'item matches none of the slices of a closed slicing', {
          element: sliced.path,
        });
    });
  }
  if (slicing?.ordered) {
    let last = -1;
    assigned.forEach((a, i) => {
      const at = a ? slices.indexOf(a) : -1;
      if (a && at < last)
        report(
          state,
          'fhir.slice.order',
          paths[i] ?? where,
          `item of slice '${a.sliceName ?? ''}' is out of the defined order`,
          { element: sliced.path },
        );
      if (a) last = Math.max(last, at);
    });
  }
  return assigned;
}
