// Compares two Quantities for minValue/maxValue limits, converting UCUM units (@lhncbc/ucum-lhc,
// loaded on first use) the way the reference validator does.
import { createRequire } from 'node:module';
import { isObject } from './engine-env.js';

const UCUM = 'http://unitsofmeasure.org';

interface UcumUtils {
  convertUnitTo(from: string, value: number, to: string): { status: string; toVal: number | null };
}

// Module cache: the UCUM library instance, loaded on first use: a memo of a constant.
let utils: UcumUtils | undefined;
function ucum(): UcumUtils {
  utils ??= (
    createRequire(import.meta.url)('@lhncbc/ucum-lhc') as { UcumLhcUtils: { getInstance(): UcumUtils } }
  ).UcumLhcUtils.getInstance();
  return utils;
}

/**
 * `value - limit` in the limit's unit (sign is what matters), or undefined when the two cannot be
 * compared (no value, or no UCUM unit that converts).
 */
export function quantityDifference(value: unknown, limit: unknown): number | undefined {
  if (!isObject(value) || !isObject(limit) || typeof value.value !== 'number' || typeof limit.value !== 'number')
    return undefined;
  if (
    value.system === UCUM &&
    limit.system === UCUM &&
    typeof value.code === 'string' &&
    typeof limit.code === 'string'
  ) {
    if (value.code === limit.code) return value.value - limit.value;
    const converted = ucum().convertUnitTo(value.code, value.value, limit.code);
    return converted.status === 'succeeded' && typeof converted.toVal === 'number'
      ? converted.toVal - limit.value
      : undefined;
  }
  return undefined;
}
