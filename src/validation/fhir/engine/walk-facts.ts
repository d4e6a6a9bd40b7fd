// A visitor of the structure walk: the offline terminology checks (LOINC, SNOMED CT, ICD-10, UCUM)
// on the codings and quantities it meets, and the counts and literal references the metrics need.
import type { ResourceFacts } from '../resource-validator.js';
import { firstFailedCheck } from '../terminology/checks.js';
import { CODE_SYSTEMS, isIcd10System } from '../terminology/code-systems.js';
import { ucumValid } from '../terminology/ucum-unit.js';
import { type FactsByEntry, report, type WalkState } from './walk-state.js';

const CHECKED_SYSTEMS: ReadonlySet<string> = new Set([CODE_SYSTEMS.loinc, CODE_SYSTEMS.snomed, CODE_SYSTEMS.ucum]);
const QUANTITIES: ReadonlySet<string> = new Set([
  'Quantity',
  'Age',
  'Duration',
  'Distance',
  'Count',
  'SimpleQuantity',
  'MoneyQuantity',
]);
const ENTRY_PATH = /^Bundle\.entry\[(\d+)\]/;

function factsAt(facts: FactsByEntry, path: string): ResourceFacts {
  const m = ENTRY_PATH.exec(path);
  const entry = m ? Number(m[1]) : undefined;
  let f = facts.get(entry);
  if (!f) {
    f = { codesChecked: 0, codesValid: 0, quantities: 0, quantitiesUcum: 0, references: [] };
    facts.set(entry, f);
  }
  return f;
}

/** Visits one complex value of the base walk (a Coding, a Quantity, a Reference; others are left). */
export function visitFacts(
  facts: FactsByEntry,
  state: WalkState,
  type: string,
  value: Record<string, unknown>,
  path: string,
): void {
  const quantity = QUANTITIES.has(type);
  if (type === 'Reference') {
    if (typeof value.reference === 'string') factsAt(facts, path).references.push({ reference: value.reference, path });
    return;
  }
  if (type !== 'Coding' && !quantity) return;
  const system = typeof value.system === 'string' ? value.system : undefined;
  const code = typeof value.code === 'string' ? value.code : undefined;
  const f = factsAt(facts, path);
  if (quantity && typeof value.value === 'number') {
    f.quantities += 1;
    if (system === CODE_SYSTEMS.ucum && code !== undefined && ucumValid(code)) f.quantitiesUcum += 1;
  }
  if (system === undefined || code === undefined) return;
  if (quantity ? system !== CODE_SYSTEMS.ucum : !CHECKED_SYSTEMS.has(system) && !isIcd10System(system)) return;
  f.codesChecked += 1;
  const failed = firstFailedCheck(system, code);
  if (!failed) {
    f.codesValid += 1;
    return;
  }
  // Not a rule of the base definitions: a failed terminology check does not count in the base verdict.
  const errors = state.errorCount;
  report(state, failed.rule, `${path}.code`, failed.message, { system }, code, failed.severity);
  state.errorCount = errors;
}
