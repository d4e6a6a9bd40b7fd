// Checks a SearchParameter given as data: each path of its FHIRPath expression starts at one of its
// base resource types (searchparameter.html: the expression is evaluated on resources of those types),
// as HL7's reference validator checks the expression against `base`.
import type { EngineEnv } from './engine-env.js';
import { report, type WalkState } from './walk-state.js';

/** The expression split at `|` outside parentheses and string literals. */
function unionParts(expression: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < expression.length; i++) {
    const c = expression[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === "'") quoted = false;
    } else if (c === "'") quoted = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(expression.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(expression.slice(start));
  return parts;
}

export function checkSearchParameter(
  env: EngineEnv,
  state: WalkState,
  sp: Record<string, unknown>,
  path: string,
): void {
  const { expression, base } = sp;
  if (typeof expression !== 'string' || !Array.isArray(base)) return;
  const bases = new Set(base.filter((b): b is string => typeof b === 'string'));
  if (bases.size === 0 || bases.has('Resource') || bases.has('DomainResource')) return;
  for (const part of unionParts(expression)) {
    const start = /^[\s(]*([A-Z][A-Za-z]+)\s*(\.|$|\))/.exec(part)?.[1];
    if (start === undefined || bases.has(start) || !env.store.resourceTypes.has(start)) continue;
    report(
      state,
      'fhir.search-parameter.expression',
      `${path}.expression`,
      `the expression starts at ${start}, which is not one of the base types (${[...bases].sort().join(', ')})`,
      { type: start },
    );
    return;
  }
}
