// How each indicator type checks an answer value: one check per type, as data.
import type { RawValue } from './assessment-model.js';
import type { Indicator, IndicatorType } from './model.js';
import { pickText } from './text.js';
import { didYouMean } from './closest.js';

/** Why a value does not fit an indicator: the rule, what is wrong, how to fix it. */
export interface AnswerMismatch {
  rule: 'answer.type' | 'answer.out-of-range' | 'answer.unknown-option';
  message: string;
  hint: string;
}

type Check = (indicator: Indicator, value: Exclude<RawValue, null>) => AnswerMismatch | undefined;

const wrongType = (expected: string, hint: string): AnswerMismatch => ({
  rule: 'answer.type',
  message: `expects ${expected}`,
  hint,
});

function levelList(indicator: Indicator): string {
  return (indicator.levels ?? []).map((l) => `${l.value} (${pickText(l.label)})`).join(', ');
}

function numberCheck(
  indicator: Indicator,
  value: Exclude<RawValue, null>,
  min: number | undefined,
  max: number | undefined,
  what: string,
): AnswerMismatch | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value))
    return wrongType(what, `write a number${indicator.unit ? ` in ${indicator.unit}` : ''}, or unknown`);
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    return {
      rule: 'answer.out-of-range',
      message: `${value} is out of range ${min ?? '-∞'}..${max ?? '∞'}`,
      hint: `write a value from ${min ?? '-∞'} to ${max ?? '∞'}${indicator.unit ? ` (${indicator.unit})` : ''}`,
    };
  }
  return undefined;
}

/** The answer check of each indicator type. `unknown` and null are accepted by all and never reach these. */
export const ANSWER_CHECKS: Record<IndicatorType, Check> = {
  boolean: (_indicator, value) =>
    typeof value === 'boolean' || value === 'yes' || value === 'no'
      ? undefined
      : wrongType('yes or no', 'write true or false (yes/no), or unknown'),
  level: (indicator, value) => {
    if (typeof value !== 'number' || !Number.isInteger(value))
      return wrongType(`a level number: ${levelList(indicator)}`, 'write the number of a level, or unknown');
    if (!(indicator.levels ?? []).some((l) => l.value === value))
      return {
        rule: 'answer.out-of-range',
        message: `${value} is not a level`,
        hint: `levels: ${levelList(indicator)}`,
      };
    return undefined;
  },
  percentage: (indicator, value) =>
    indicator.fraction
      ? numberCheck(
          indicator,
          value,
          Math.max(0, indicator.range?.min ?? 0) / 100,
          Math.min(100, indicator.range?.max ?? 100) / 100,
          'a fraction (0 to 1, as the questionnaire declares)',
        )
      : numberCheck(
          indicator,
          value,
          Math.max(0, indicator.range?.min ?? 0),
          Math.min(100, indicator.range?.max ?? 100),
          'a percentage (0 to 100)',
        ),
  number: (indicator, value) =>
    numberCheck(
      indicator,
      value,
      indicator.range?.min,
      indicator.range?.max,
      `a number${indicator.unit ? ` (${indicator.unit})` : ''}`,
    ),
  choice: (indicator, value) => {
    const values = (indicator.options ?? []).map((o) => o.value);
    if (typeof value !== 'string')
      return wrongType(`one of: ${values.join(', ')}`, 'write one option value, or unknown');
    if (!values.includes(value))
      return {
        rule: 'answer.unknown-option',
        message: `'${value}' is not an option${didYouMean(value, values)}`,
        hint: `options: ${values.join(', ')}`,
      };
    return undefined;
  },
  multi: (indicator, value) => {
    const values = (indicator.options ?? []).map((o) => o.value);
    if (!Array.isArray(value))
      return wrongType(
        `a list of options: ${values.join(', ')}`,
        'write a list such as [a, b] ([] for none), or unknown',
      );
    if (value.length > values.length)
      return {
        rule: 'answer.out-of-range',
        message: `the list has ${value.length} items, but there are only ${values.length} options`,
        hint: `options: ${values.join(', ')}; name each at most once`,
      };
    const bad = value.find((v) => !values.includes(v));
    if (bad !== undefined)
      return {
        rule: 'answer.unknown-option',
        message: `'${bad}' is not an option${didYouMean(bad, values)}`,
        hint: `options: ${values.join(', ')}`,
      };
    return undefined;
  },
};

/** True for an answer that says "not known": null, or the string `unknown`. */
export function isUnknownValue(value: RawValue | undefined): value is null | 'unknown' | undefined {
  return value === null || value === undefined || value === 'unknown';
}

/**
 * A percentage answer strictly between 0 and 1 is most likely a fraction written by mistake
 * (0.85 for 85 %): a warning, unless the questionnaire declares the indicator a fraction.
 */
export function looksLikeFraction(indicator: Indicator, value: RawValue | undefined): value is number {
  return indicator.type === 'percentage' && !indicator.fraction && typeof value === 'number' && value > 0 && value < 1;
}

/** A fraction answer (of an indicator declared `fraction: true`) as the percentage it stands for. */
export function fractionToPercentage(value: number): number {
  return Math.round(value * 1e10) / 1e8;
}
