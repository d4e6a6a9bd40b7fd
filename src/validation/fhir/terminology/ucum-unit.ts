// UCUM units: a unit code whose system is UCUM must parse and be valid (The Unified Code for Units of Measure).
import { createRequire } from 'node:module';
import { CODE_SYSTEMS } from './code-systems.js';
import type { CodeCheck } from './code-check.js';

interface UcumUtils {
  validateUnitString(unit: string, suggest: boolean): { status: 'valid' | 'invalid' | 'error' };
}

// Module cache: the UCUM library instance, loaded on first use: a memo of a constant.
let utils: UcumUtils | undefined;
// Module cache: a pure memo of ucumValid (bounded: MAX_CACHED units).
const verdicts = new Map<string, boolean>();
const MAX_CACHED = 10_000;

/** True when `unit` is a valid UCUM expression (case-sensitive), using @lhncbc/ucum-lhc; results are cached. */
export function ucumValid(unit: string): boolean {
  const known = verdicts.get(unit);
  if (known !== undefined) return known;
  if (!utils) {
    const require = createRequire(import.meta.url);
    const lib = require('@lhncbc/ucum-lhc') as { UcumLhcUtils: { getInstance(): UcumUtils } };
    utils = lib.UcumLhcUtils.getInstance();
  }
  let valid: boolean;
  try {
    valid = unit.trim() === unit && unit !== '' && utils.validateUnitString(unit, false).status === 'valid';
  } catch {
    valid = false;
  }
  if (verdicts.size < MAX_CACHED) verdicts.set(unit, valid);
  return valid;
}

export const ucumUnit: CodeCheck = {
  rule: 'fhir.terminology.ucum.invalid',
  severity: 'error',
  description: 'A unit code whose system is UCUM parses and is a valid UCUM unit (@lhncbc/ucum-lhc).',
  applies: (system) => system === CODE_SYSTEMS.ucum,
  test: ucumValid,
  message: 'unit is not a valid UCUM unit',
};
