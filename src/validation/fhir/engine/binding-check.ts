// Checks codes against the value set of an element's binding (https://hl7.org/fhir/R4/terminologies.html#strength).
import type { ElementNode } from './compiled-element.js';
import type { EngineEnv } from './engine-env.js';
import { report, type WalkState } from './walk-state.js';

/** A code as found: with its system for Coding/Quantity, without for a `code` element. */
export interface FoundCode {
  system?: string;
  code: string;
}

const RULE = {
  required: 'fhir.binding.required',
  extensible: 'fhir.binding.extensible',
  preferred: 'fhir.binding.preferred',
} as const;

/**
 * Reports when none of `codes` is in the bound value set: an error for required, a warning for
 * extensible, information for preferred; "not checked offline" when the value set cannot be expanded.
 */
export function checkCodeBinding(
  env: EngineEnv,
  state: WalkState,
  node: ElementNode,
  codes: readonly FoundCode[],
  path: string,
): void {
  const binding = node.def.binding;
  if (!binding?.valueSet || binding.strength === 'example' || codes.length === 0) return;
  const expansion = env.expander.expand(binding.valueSet);
  if (expansion.kind === 'not-expandable') {
    if (binding.strength === 'required') {
      report(state, 'fhir.binding.not-checked', path, `not checked offline: ${expansion.reason}`, {
        valueSet: binding.valueSet,
      });
    }
    return;
  }
  const inSet = codes.some((c) =>
    c.system === undefined ? expansion.codes.has(c.code) : expansion.keys.has(`${c.system}|${c.code}`),
  );
  if (inSet) return;
  const shown = codes.map((c) => (c.system ? `${c.system}#${c.code}` : c.code)).join(', ');
  report(
    state,
    RULE[binding.strength],
    path,
    `code not in the value set ${binding.valueSet} (${binding.strength} binding)`,
    { valueSet: binding.valueSet, strength: binding.strength },
    shown,
  );
}

/** Reports a code that does not exist in a code system the definitions carry completely. */
export function checkCodeInSystem(env: EngineEnv, state: WalkState, system: string, code: string, path: string): void {
  const index = env.expander.codeSystemCodes(system);
  if (index && !index.all.has(code))
    report(state, 'fhir.code.unknown', path, `unknown code in code system ${system}`, { system }, code);
}
