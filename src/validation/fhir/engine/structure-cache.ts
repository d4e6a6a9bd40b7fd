import type { DefinitionStore } from '../definitions/definition-store.js';
import type { CompiledStructure } from './compiled-element.js';
import { compileStructure } from './compile-structure.js';
import type { StructureDefinition } from '../definitions/conformance-resources.js';

/** Produces a snapshot for a definition that only has a differential (or undefined if it cannot). */
export type SnapshotGenerator = (sd: StructureDefinition) => StructureDefinition | undefined;

/** Compiles each StructureDefinition once, on first use, and keeps it (like ajv's schema cache). */
export class StructureCache {
  private readonly compiled = new Map<string, CompiledStructure | null>();
  private readonly byName = new Map<string, CompiledStructure | undefined>();

  constructor(
    private readonly store: DefinitionStore,
    private readonly snapshot: SnapshotGenerator,
  ) {}

  /** The compiled definition of a canonical URL, or undefined when unknown or unusable. */
  byUrl(url: string): CompiledStructure | undefined {
    let c = this.compiled.get(url);
    if (c === undefined) {
      c = null;
      const sd = this.store.structureDefinition(url);
      const withSnapshot = sd && (sd.snapshot ? sd : this.snapshot(sd));
      if (withSnapshot) c = compileStructure(withSnapshot);
      this.compiled.set(url, c);
    }
    return c ?? undefined;
  }

  /** The base definition of a data type or resource type name. */
  baseType(name: string): CompiledStructure | undefined {
    if (this.byName.has(name)) return this.byName.get(name);
    const c = this.byUrl(`http://hl7.org/fhir/StructureDefinition/${name}`);
    this.byName.set(name, c);
    return c;
  }
}
