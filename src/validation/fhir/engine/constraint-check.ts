// Evaluates the invariants of an element (constraint.expression) with the FHIRPath engine.
import type { ElementConstraint } from '../definitions/conformance-resources.js';
import type { EngineEnv } from './engine-env.js';
import { report, type WalkState } from './walk-state.js';

/** Evaluates `constraints` on `value` (an element at definition path `basePath`); reports failures. */
export function evaluateConstraints(
  env: EngineEnv,
  state: WalkState,
  constraints: readonly ElementConstraint[],
  basePath: string,
  value: unknown,
  path: string,
): void {
  for (const c of constraints) {
    const outcome = env.invariants.evaluate(c, basePath, value, state.frame?.resource, state.frame?.root);
    if (outcome === 'fail') {
      report(
        state,
        `fhir.invariant.${c.key}`,
        path,
        `${c.human} (${c.key})`,
        { key: c.key, ...(c.source ? { source: c.source } : {}) },
        undefined,
        c.severity === 'error' ? 'error' : 'warning',
      );
    }
  }
}
