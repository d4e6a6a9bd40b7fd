// Generates a snapshot for a profile given only as a differential (as loose conformance resources
// often are): base snapshot, then each differential element merged, slices and type children added
// (https://hl7.org/fhir/R4/profiling.html#snapshot).
import type { ElementDefinition, StructureDefinition, TypeRef } from '../definitions/conformance-resources.js';
import type { DefinitionStore } from '../definitions/definition-store.js';
import { elementIds } from '../engine/compile-structure.js';
import { mergeElement } from './merge-element.js';

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
function ensure(
  store: DefinitionStore,
  base: readonly ElementDefinition[],
  elements: ElementDefinition[],
  id: string,
  path: string,
): number {
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
    const children = elements
      .slice(slicedIndex + 1, end)
      .filter((e) => (e.id ?? '').startsWith(`${baseId}.`) && !(e.id ?? '').slice(baseId.length).includes(':'));
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
      .map((e) => ({
        ...structuredClone(e),
        id: (parent.id ?? '') + (e.id ?? '').slice(refId.length),
        path: parent.path + e.path.slice(ref.path.length),
      }));
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
    .map((e) => ({
      ...structuredClone(e),
      id: (parent.id ?? '') + (e.id ?? '').slice(rootId.length),
      path: parent.path + e.path.slice(root.path.length),
    }));
  elements.splice(parentIndex + 1, 0, ...added);
  return elements.findIndex((e) => e.id === id);
}

/**
 * Renames choices written with their type (`Observation.valueQuantity`, also inside a longer id:
 * `Observation.valueQuantity.unit`) to the `[x]` element (`Observation.value[x].unit`). A segment is
 * renamed only where its own id does not exist and a choice element of that name does. `namedType` is
 * the type the last segment names (`valueQuantity` restricts `value[x]` to Quantity); `badType` is set
 * when a segment names a type that is not one of its choice's.
 */
function choiceId(
  elements: readonly ElementDefinition[],
  id: string,
): { id: string; namedType?: TypeRef; badType?: string } {
  if (elements.some((e) => e.id === id)) return { id };
  const segments = id.split('.');
  let prefix = segments[0] as string;
  let namedType: TypeRef | undefined;
  let badType: string | undefined;
  for (const segment of segments.slice(1)) {
    const written = `${prefix}.${segment}`;
    namedType = undefined;
    const choice = elements.some((e) => e.id === written)
      ? undefined
      : elements.find((e) => {
          const eid = e.id ?? '';
          const name = eid.slice(eid.lastIndexOf('.') + 1);
          return (
            eid.slice(0, eid.lastIndexOf('.')) === prefix &&
            name.endsWith('[x]') &&
            segment.startsWith(name.slice(0, -3)) &&
            /^[A-Z]/.test(segment.slice(name.length - 3))
          );
        });
    if (!choice?.id) {
      prefix = written;
      continue;
    }
    const typeName = segment.slice(choice.id.slice(choice.id.lastIndexOf('.') + 1).length - 3).toLowerCase();
    namedType = choice.type?.find((t) => t.code.toLowerCase() === typeName);
    if (!namedType)
      badType ??= `'${written}' names type '${segment.slice(segment.length - typeName.length)}', which is not a type of ${choice.path} (${(choice.type ?? []).map((t) => t.code).join(', ')})`;
    prefix = choice.id;
  }
  return { id: prefix, ...(namedType && { namedType }), ...(badType !== undefined && { badType }) };
}

/** A differential element that cannot be a constraint on the base definition, and why. */
export interface DifferentialProblem {
  /** Index of the element in `differential.element`. */
  index: number;
  message: string;
}

/** The base snapshot's elements with the differential merged in; `problems` are the elements that could not be placed. */
function applyDifferential(
  sd: StructureDefinition,
  store: DefinitionStore,
): { elements: ElementDefinition[]; problems: DifferentialProblem[] } | undefined {
  if (!sd.baseDefinition || !sd.differential) return undefined;
  const base = store.structureDefinition(sd.baseDefinition);
  const baseSnap = base && (base.snapshot ? base : generateSnapshot(base, store));
  if (!baseSnap?.snapshot) return undefined;
  const baseElements = withIds(baseSnap.snapshot.element);
  const elements = structuredClone(baseElements);
  const problems: DifferentialProblem[] = [];
  withIds(sd.differential.element).forEach((diff, index) => {
    const written = diff.id ?? diff.path;
    // The id names slices (`coding:loinc.system`); the path is the same without them.
    if (diff.id !== undefined && diff.id.replace(/:[^.]*/g, '') !== diff.path) {
      problems.push({ index, message: `the element's path '${diff.path}' does not match its id '${diff.id}'` });
    }
    const { id, namedType, badType } = choiceId(elements, written);
    if (badType !== undefined) {
      problems.push({ index, message: badType });
      return;
    }
    const at = ensure(store, baseElements, elements, id, diff.path);
    if (at < 0)
      problems.push({
        index,
        message: `'${written}' is not an element of ${sd.baseDefinition} (or its type is not constrained to one, so its children are unknown)`,
      });
    else
      elements[at] = mergeElement(
        elements[at] as ElementDefinition,
        diff.type === undefined && namedType ? { ...diff, type: [namedType] } : diff,
      );
  });
  return { elements, problems };
}

/**
 * A copy of `sd` with a snapshot built from its base definition and differential, or undefined when
 * the base cannot be found. Results are cached in the store.
 */
export function generateSnapshot(sd: StructureDefinition, store: DefinitionStore): StructureDefinition | undefined {
  if (sd.snapshot) return sd;
  const known = store.snapshots.get(sd);
  if (known !== undefined) return known ?? undefined;
  if (store.generating.has(sd)) return undefined;
  store.generating.add(sd);
  try {
    const applied = applyDifferential(sd, store);
    const result: StructureDefinition | null = applied ? { ...sd, snapshot: { element: applied.elements } } : null;
    store.snapshots.set(sd, result);
    return result ?? undefined;
  } finally {
    store.generating.delete(sd);
  }
}

/**
 * The elements of a profile's differential that are not constraints on its base definition (a path
 * that does not exist, a choice renamed to a type it does not have, an id and a path that disagree),
 * as a snapshot generator finds them; undefined when the base definition is not loaded.
 */
export function differentialProblems(
  sd: StructureDefinition,
  store: DefinitionStore,
): DifferentialProblem[] | undefined {
  if (store.generating.has(sd)) return undefined;
  store.generating.add(sd);
  try {
    return applyDifferential(sd, store)?.problems;
  } finally {
    store.generating.delete(sd);
  }
}
