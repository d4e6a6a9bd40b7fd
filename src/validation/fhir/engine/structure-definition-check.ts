// Checks a StructureDefinition given as data (an implementation guide's profile, a loose
// conformance resource): every element of its differential must be a constraint on its base
// definition, as a snapshot generator needs (https://hl7.org/fhir/R4/profiling.html#snapshot).
import type { StructureDefinition } from '../definitions/conformance-resources.js';
import { differentialProblems } from '../profiles/snapshot-generator.js';
import type { EngineEnv } from './engine-env.js';
import { report, type WalkState } from './walk-state.js';

export function checkStructureDefinition(
  env: EngineEnv,
  state: WalkState,
  sd: Record<string, unknown>,
  path: string,
): void {
  const differential = sd.differential as { element?: unknown } | undefined;
  // A specialization defines new elements (the base types themselves): only constraints are placed.
  if (sd.derivation !== 'constraint' || typeof sd.baseDefinition !== 'string' || !Array.isArray(differential?.element))
    return;
  // Elements without a path are reported by the cardinality checks: nothing to place.
  const paths = differential.element.map((e) => (e as { path?: unknown }).path);
  if (!paths.every((p): p is string => typeof p === 'string')) return;
  // Some core definitions (Age, Count... on Quantity) write their own name as the root path; their
  // elements are the base's, which a type other than sd.type cannot show: left unchecked.
  if (paths.some((p) => p.split('.')[0] !== sd.type)) return;
  const problems = differentialProblems(sd as unknown as StructureDefinition, env.store);
  for (const problem of problems ?? []) {
    report(
      state,
      'fhir.profile.differential',
      `${path}.differential.element[${problem.index}]`,
      `${problem.message}: no snapshot can be generated from this differential`,
      {},
    );
  }
}
