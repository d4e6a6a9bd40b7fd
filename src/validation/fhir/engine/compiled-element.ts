import type { ElementConstraint, ElementDefinition, TypeRef } from '../definitions/conformance-resources.js';

/** One element of a compiled StructureDefinition, with its children and slices resolved by id. */
export interface ElementNode {
  id: string;
  path: string;
  /** Last path segment without `[x]`: the JSON name (plus the type suffix for choices). */
  name: string;
  min: number;
  /** Maximum cardinality; Infinity for `*`. */
  max: number;
  /** Carried as a JSON array (the base cardinality allows more than one). */
  isArray: boolean;
  choice: boolean;
  types: TypeRef[];
  def: ElementDefinition;
  /** Canonical URL of the StructureDefinition this element belongs to. */
  owner: string;
  children: ElementNode[];
  slices: ElementNode[];
  sliceName?: string;
  /** Invariants left to the FHIRPath engine (the structural ones are checked directly). */
  constraints: ElementConstraint[];
  fixed?: { key: string; value: unknown };
  pattern?: { key: string; value: unknown };
  /** Lazily built: JSON key of a child -> child node and type. */
  keyIndex?: Map<string, ChildKey>;
}

/** What a JSON key names: a child element and, for choices and primitives, its type. */
export interface ChildKey {
  node: ElementNode;
  type: string;
  primitive: boolean;
}

/** A compiled StructureDefinition. */
export interface CompiledStructure {
  url: string;
  type: string;
  kind: string;
  /** True for a profile (derivation = constraint). */
  constraint: boolean;
  root: ElementNode;
  /** Node by element id (for contentReference). */
  byId: Map<string, ElementNode>;
}
