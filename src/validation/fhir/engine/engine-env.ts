import type { DefinitionStore } from '../definitions/definition-store.js';
import type { ValueSetExpander } from '../definitions/value-set-expansion.js';
import type { InvariantEvaluator } from '../fhirpath/invariant-evaluator.js';
import type { StructureCache } from './structure-cache.js';

/** What the walk needs from the loaded definitions, built once per validator (per thread). */
export interface EngineEnv {
  store: DefinitionStore;
  structures: StructureCache;
  expander: ValueSetExpander;
  invariants: InvariantEvaluator;
  /** Type name -> the names it is through its base definitions (`Age`: Quantity, Element...), built on use. */
  typeChains: Map<string, Set<string>>;
  /** Whether an unknown extension at this URL is tolerated (a warning): extension-policy.ts. */
  toleratedExtension: (url: string) => boolean;
}

/** Deepest object nesting walked; deeper input is reported, not followed (no stack overflow). */
export const MAX_DEPTH = 200;

/** Plain JSON object test. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
