// Generates a snapshot for a profile given only as a differential (as loose conformance resources
// often are): base snapshot, then each differential element merged, slices and type children added
// (https://hl7.org/fhir/R4/profiling.html#snapshot).
import type { ElementDefinition, StructureDefinition } from '../definitions/conformance-resources.js';
import type { DefinitionStore } from '../definitions/definition-store.js';
import { elementIds } from '../engine/compile-structure.js';
import { mergeElement } from './merge-element.js';

const inProgress = new WeakSet<StructureDefinition>();
const generated = new WeakMap<StructureDefinition, StructureDefinition | null>();

function withIds(elements: readonly ElementDefinition[]): ElementDefinition[] {
  const ids = elementIds(elements);
  return elements.map((el, i) => ({ ...el, id: ids[i] }));
}

/** Index just after the subtree (children and slices) of the element at `index`. */
function subtreeEnd(elements: readonly ElementDefinition[], index: number): number {
  const id = elements[index]?.id ?? '';
  let i = index + 1;
  while (i < elements.length) {
    const other = elements[i]?.id ?? '';
    if (!(other.startsWith(`${id}.`) || other.startsWith(`${id}:`))) break;
    i++;
  }
  return i;
}

function typeSnapshot(store: DefinitionStore, el: ElementDefinition): ElementDefinition[] | undefined {
  const t = el.type?.[0];
  if (!t || (el.type?.length ?? 0) > 1) return undefined;
  const sd = (t.profile?.[0] && store.structureDefinition(t.profile[0])) || store.baseType(t.code);
  const snap = sd && (sd.snapshot ? sd : generateSnapshot(sd, store));
  return snap?.snapshot?.element;
}

/** Makes sure the element with `id` exists, expanding its parent's type or slice; returns its index. */
function ensure(store: DefinitionStore, base: readonly ElementDefinition[], elements: ElementDefinition[], id: string, path: string): number {
  const found = elements.findIndex((e) => e.id === id);
  if (found >= 0) return found;
  const colon = id.lastIndexOf(':');
  const dot = id.lastIndexOf('.');
  if (colon > dot) {
    // A new slice: a copy of the sliced element (and its subtree), after its existing slices.
    const slicedIndex = ensure(store, base, elements, id.slice(0, colon), path);
    if (slicedIndex < 0) return -1;
    const sliced = elements[slicedIndex] as ElementDefinition;
    const end = subtreeEnd(elements, slicedIndex);
    const baseId = sliced.id ?? '';
    const children = elements.slice(slicedIndex + 1, end).filter((e) => (e.id ?? '').startsWith(`${baseId}.`) && !(e.id ?? '').slice(baseId.length).includes(':'));
    const copy: ElementDefinition = { ...structuredClone(sliced), id, sliceName: id.slice(colon + 1) };
    delete copy.slicing;
    const copies = children.map((c) => ({ ...structuredClone(c), id: id + (c.id ?? '').slice(baseId.length) }));
    elements.splice(end, 0, copy, ...copies);
    return end;
  }
  if (dot < 0) return -1;
  const parentIndex = ensure(store, base, elements, id.slice(0, dot), path.slice(0, path.lastIndexOf('.')));
  if (parentIndex < 0) return -1;
  const parent = elements[parentIndex] as ElementDefinition;
  if (parent.contentReference) {
    // The children of a content reference (`#Parameters.parameter`) are those of the element referred to.
    const refId = parent.contentReference.slice(parent.contentReference.indexOf('#') + 1);
    // ...in the base definition, not as this profile constrains it.
    const refIndex = base.findIndex((e) => e.id === refId);
    if (refIndex < 0) return -1;
    const ref = base[refIndex] as ElementDefinition;
    const children = base
      .slice(refIndex + 1, subtreeEnd(base, refIndex))
      .filter((e) => !(e.id ?? '').slice(refId.length).includes(':'))
      .map((e) => ({ ...structuredClone(e), id: (parent.id ?? '') + (e.id ?? '').slice(refId.length), path: parent.path + e.path.slice(ref.path.length) }));
    const at = subtreeEnd(elements, parentIndex);
    elements.splice(at, 0, ...children);
    return elements.findIndex((e) => e.id === id);
  }
  const typeEls = typeSnapshot(store, parent);
  if (!typeEls || typeEls.length < 2) return -1;
  const root = typeEls[0] as ElementDefinition;
  const rootId = root.id ?? root.path;
  const added = withIds(typeEls)
    .slice(1)
    .map((e) => ({ ...structuredClone(e), id: (parent.id ?? '') + (e.id ?? '').slice(rootId.length), path: parent.path + e.path.slice(root.path.length) }));
  elements.splice(parentIndex + 1, 0, ...added);
  return elements.findIndex((e) => e.id === id);
}

/** Renames a choice written with its type (`Observation.valueQuantity`) to the `[x]` element id. */
function choiceId(elements: readonly ElementDefinition[], id: string): string {
  if (elements.some((e) => e.id === id)) return id;
  const dot = id.lastIndexOf('.');
  const last = id.slice(dot + 1);
  const choice = elements.find((e) => {
    const eid = e.id ?? '';
    const name = eid.slice(eid.lastIndexOf('.') + 1);
    return eid.slice(0, eid.lastIndexOf('.')) === id.slice(0, dot) && name.endsWith('[x]') && last.startsWith(name.slice(0, -3)) && /^[A-Z]/.test(last.slice(name.length - 3));
  });
  return choice?.id ?? id;
}

/**
 * A copy of `sd` with a snapshot built from its base definition and differential, or undefined when
 * the base cannot be found. Results are cached per definition.
 */
export function generateSnapshot(sd: StructureDefinition, store: DefinitionStore): StructureDefinition | undefined {
  if (sd.snapshot) return sd;
  const known = generated.get(sd);
  if (known !== undefined) return known ?? undefined;
  if (inProgress.has(sd) || !sd.baseDefinition || !sd.differential) return undefined;
  inProgress.add(sd);
  try {
    const base = store.structureDefinition(sd.baseDefinition);
    const baseSnap = base && (base.snapshot ? base : generateSnapshot(base, store));
    if (!baseSnap?.snapshot) {
      generated.set(sd, null);
      return undefined;
    }
    const baseElements = withIds(baseSnap.snapshot.element);
    const elements = structuredClone(baseElements);
    for (const diff of withIds(sd.differential.element)) {
      const id = choiceId(elements, diff.id ?? diff.path);
      const index = ensure(store, baseElements, elements, id, diff.path);
      if (index >= 0) elements[index] = mergeElement(elements[index] as ElementDefinition, diff);
    }
    const result: StructureDefinition = { ...sd, snapshot: { element: elements } };
    generated.set(sd, result);
    return result;
  } finally {
    inProgress.delete(sd);
  }
}
