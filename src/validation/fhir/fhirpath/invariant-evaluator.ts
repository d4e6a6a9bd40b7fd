import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4/index.js';
import type { ElementConstraint } from '../definitions/conformance-resources.js';
import { KNOWN_INVARIANTS } from './known-invariants.js';
import { compileSimpleInvariant, type SimpleInvariant } from './simple-invariant.js';

/** Outcome of one invariant on one element. */
export type InvariantOutcome = 'pass' | 'fail' | 'not-checked';

/** The first line of whatever was thrown (fhirpath.js also throws plain values). */
function firstLine(cause: unknown): string {
  const text = cause instanceof Error ? cause.message : String(cause);
  return text.split('\n')[0] ?? '';
}

type Compiled = (resource: unknown, env?: Record<string, unknown>) => unknown[];
/** A direct check (true: holds), or fhirpath.js's compiled expression. */
type Check = { direct: SimpleInvariant } | { generic: Compiled };

// Functions that need a terminology server, other resources or asynchronous resolution.
const OFFLINE_UNSUPPORTED =
  /\b(resolve|conformsTo|memberOf|htmlChecks|subsumes|subsumedBy|expand|lookup|validateVS|validateCS|translate)\s*\(/;

/**
 * Evaluates invariants with HL7's FHIRPath engine (npm `fhirpath`, R4 model), or directly for the
 * simplest and a few frequent ones (simple-invariant.ts, known-invariants.ts). Each expression is
 * compiled once per definition path and reused; one that cannot be compiled or needs a server is
 * recorded as not checked, never as passed or failed.
 */
export class InvariantEvaluator {
  private readonly compiled = new Map<string, Check | null>();
  /** Keys of invariants that could not be evaluated, with the reason. */
  readonly notChecked = new Map<string, string>();

  private compile(basePath: string, expression: string, key: string): Check | null {
    const cacheKey = `${basePath}\u0000${expression}`;
    let fn = this.compiled.get(cacheKey);
    if (fn === undefined) {
      fn = null;
      const direct = KNOWN_INVARIANTS.get(expression) ?? compileSimpleInvariant(expression);
      if (direct) fn = { direct };
      else if (OFFLINE_UNSUPPORTED.test(expression))
        this.notChecked.set(key, 'needs a terminology server or resolution of other resources');
      else {
        try {
          const generic = fhirpath.compile({ base: basePath, expression }, r4, {
            traceFn: () => undefined,
          }) as unknown as Compiled;
          fn = { generic };
        } catch (cause) {
          this.notChecked.set(key, `FHIRPath engine cannot compile it: ${firstLine(cause)}`);
        }
      }
      this.compiled.set(cacheKey, fn);
    }
    return fn;
  }

  /** Evaluates `constraint` on `value`, an element at definition path `basePath` inside `resource`. */
  evaluate(
    constraint: ElementConstraint,
    basePath: string,
    value: unknown,
    resource: unknown,
    rootResource: unknown,
  ): InvariantOutcome {
    if (!constraint.expression) return 'not-checked';
    const fn = this.compile(basePath, constraint.expression, constraint.key);
    if (!fn) return 'not-checked';
    try {
      // A direct check allocates nothing per element.
      if ('direct' in fn) return fn.direct(value) ? 'pass' : 'fail';
      const result = fn.generic(value, { resource, rootResource });
      // Empty is not false: fhirpath.js returns empty where the R4 model leaves a path untyped.
      if (result.length === 0) return 'pass';
      return result.length === 1 && result[0] === false ? 'fail' : 'pass';
    } catch (cause) {
      this.notChecked.set(constraint.key, `evaluation failed: ${firstLine(cause)}`);
      return 'not-checked';
    }
  }
}
