import type { ElementDefinition, StructureDefinition, TypeRef } from '../definitions/conformance-resources.js';
import { correctedElement } from '../definitions/r4-errata.js';
import type { CompiledStructure, ElementNode } from './compiled-element.js';
import { DIRECT_INVARIANTS } from './direct-invariants.js';

function cardinality(max: string | undefined): number {
  return max === undefined || max === '*' ? Infinity : Number(max);
}

/** Ids for elements that lack them (older definitions): path, with `:slice` after each sliced segment. */
export function elementIds(elements: readonly ElementDefinition[]): string[] {
  const slicesByPath = new Map<string, string>();
  return elements.map((el) => {
    if (el.id) return el.id;
    if (el.sliceName) slicesByPath.set(el.path, el.sliceName);
    else if (slicesByPath.has(el.path)) slicesByPath.delete(el.path);
    const parts = el.path.split('.');
    let id = parts[0] ?? '';
    let prefix = parts[0] ?? '';
    for (const part of parts.slice(1)) {
      prefix += `.${part}`;
      id += `.${part}`;
      const slice = slicesByPath.get(prefix);
      if (slice && (prefix !== el.path || el.sliceName)) id += `:${slice}`;
    }
    return id;
  });
}

function valueOf(el: ElementDefinition, prefix: 'fixed' | 'pattern'): { key: string; value: unknown } | undefined {
  for (const key of Object.keys(el)) {
    if (key.startsWith(prefix) && key.length > prefix.length)
      return { key, value: (el as unknown as Record<string, unknown>)[key] };
  }
  return undefined;
}

const FHIR_TYPE_EXT = 'http://hl7.org/fhir/StructureDefinition/structuredefinition-fhir-type';

/** Elements typed with a FHIRPath system type name their FHIR type in an extension. */
function normaliseType(t: TypeRef): TypeRef {
  if (!t.extension) return t;
  const ext = t.extension.find((e) => e.url === FHIR_TYPE_EXT);
  const code = ext?.valueUrl ?? ext?.valueUri;
  return code ? { ...t, code } : t;
}

function makeNode(published: ElementDefinition, id: string, owner: string): ElementNode {
  const el = correctedElement(published, owner);
  const last = el.path.slice(el.path.lastIndexOf('.') + 1);
  const choice = last.endsWith('[x]');
  const baseMax = el.base?.max ?? el.max;
  return {
    id,
    path: el.path,
    name: choice ? last.slice(0, -3) : last,
    min: el.min ?? 0,
    max: cardinality(el.max),
    isArray: baseMax !== '1' && baseMax !== '0',
    choice,
    types: (el.type ?? []).map(normaliseType),
    def: el,
    owner,
    children: [],
    slices: [],
    sliceName: el.sliceName,
    constraints: (el.constraint ?? []).filter((c) => c.expression && !DIRECT_INVARIANTS.has(c.key)),
    fixed: valueOf(el, 'fixed'),
    pattern: valueOf(el, 'pattern'),
  };
}

/** The id of the element this id's element belongs under, and whether it is a slice of it. */
function parentOf(id: string): { parent: string; slice: boolean } {
  const dot = id.lastIndexOf('.');
  const colon = id.lastIndexOf(':');
  if (colon > dot) return { parent: id.slice(0, colon), slice: true };
  return { parent: id.slice(0, dot), slice: false };
}

/**
 * Compiles a StructureDefinition snapshot into a tree of element nodes (children and slices
 * attached by element id), the way a schema is compiled once and run many times.
 */
export function compileStructure(sd: StructureDefinition): CompiledStructure {
  const elements = sd.snapshot?.element ?? [];
  if (elements.length === 0) throw new Error(`StructureDefinition ${sd.url} has no snapshot`);
  const ids = elementIds(elements);
  const byId = new Map<string, ElementNode>();
  const first = elements[0] as ElementDefinition;
  const root = makeNode(first, ids[0] ?? first.path, sd.url);
  root.isArray = false;
  byId.set(root.id, root);
  for (let i = 1; i < elements.length; i++) {
    const el = elements[i] as ElementDefinition;
    const id = ids[i] ?? el.path;
    const node = makeNode(el, id, sd.url);
    byId.set(id, node);
    const { parent, slice } = parentOf(id);
    // A re-slice (`a:b/c`) hangs under its slice `a:b`.
    const parentNode = byId.get(parent) ?? byId.get(parent.split('/')[0] ?? parent);
    if (!parentNode) continue;
    if (slice) parentNode.slices.push(node);
    else parentNode.children.push(node);
  }
  return {
    url: sd.url,
    type: sd.type,
    kind: sd.kind ?? 'resource',
    constraint: sd.derivation === 'constraint',
    root,
    byId,
  };
}
