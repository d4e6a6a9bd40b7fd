import type { DiagnosticParams } from '../../diagnostics/diagnostic.js';
import type { AnswerValue, IndicatorBase } from './indicator-base.js';
import { round } from '../../numbers/round.js';

type P = DiagnosticParams;
type MismatchRule = 'answer.type' | 'answer.out-of-range' | 'answer.unknown-option';

/**
 * Every way an answer can miss its indicator: the rule, and what is wrong and how to fix it worded
 * from the facts in `params` (one table, so the words can be translated).
 */
export const ANSWER_MISMATCHES = {
  'not-yes-no': ['answer.type', () => 'expects yes or no', () => 'write true or false (yes/no), or unknown'],
  'not-a-level-number': [
    'answer.type',
    (p) => `expects a level number: ${p.levels}`,
    () => 'write the number of a level, or unknown',
  ],
  'not-a-level': ['answer.out-of-range', (p) => `${p.value} is not a level`, (p) => `levels: ${p.levels}`],
  'not-an-option-value': [
    'answer.type',
    (p) => `expects one of: ${p.options}`,
    () => 'write one option value, or unknown',
  ],
  'not-a-list': [
    'answer.type',
    (p) => `expects a list of options: ${p.options}`,
    () => 'write a list such as [a, b] ([] for none), or unknown',
  ],
  'too-many-options': [
    'answer.out-of-range',
    (p) => `the list has ${p.items} items, but there are only ${p.count} options`,
    (p) => `options: ${p.options}; name each at most once`,
  ],
  'unknown-option': [
    'answer.unknown-option',
    (p) => `'${p.value}' is not an option${p.suggestion}`,
    (p) => `options: ${p.options}`,
  ],
  'not-a-fraction': [
    'answer.type',
    () => 'expects a fraction (0 to 1, as the questionnaire declares)',
    () => 'write a number, or unknown',
  ],
  'not-a-percentage': ['answer.type', () => 'expects a percentage (0 to 100)', () => 'write a number, or unknown'],
  'not-a-number': [
    'answer.type',
    (p) => `expects a number${p.unit ? ` (${p.unit})` : ''}`,
    (p) => `write a number${p.unit ? ` in ${p.unit}` : ''}, or unknown`,
  ],
  'out-of-range': [
    'answer.out-of-range',
    (p) => `${p.value} is out of range ${p.min}..${p.max}`,
    (p) => `write a value from ${p.min} to ${p.max}${p.unit ? ` (${p.unit})` : ''}`,
  ],
} as const satisfies Record<string, readonly [MismatchRule, (p: P) => string, (p: P) => string]>;

export type MismatchCheck = keyof typeof ANSWER_MISMATCHES;

/** Why a value does not fit an indicator: the rule, the check and its facts, what is wrong, how to fix it. */
export interface AnswerMismatch {
  rule: MismatchRule;
  check: MismatchCheck;
  params: DiagnosticParams;
  message: string;
  hint: string;
}

/** The mismatch of `check`, worded by {@link ANSWER_MISMATCHES} from `params`. */
export function mismatch(check: MismatchCheck, params: DiagnosticParams = {}): AnswerMismatch {
  const [rule, message, hint] = ANSWER_MISMATCHES[check] as readonly [MismatchRule, (p: P) => string, (p: P) => string];
  return { rule, check, params, message: message(params), hint: hint(params) };
}

/**
 * Everything one indicator type knows: how it checks, scores and bounds an answer, the scale the
 * uncertainty analysis draws from, and how it is written in a template, an outline and a gap.
 * One module per type in this folder, each listed once in `index.ts`.
 */
export interface IndicatorType<I extends IndicatorBase & { type: string }> {
  /** The `type` of the indicator in a questionnaire. */
  kind: I['type'];
  /**
   * The answer check of one indicator, prepared once (lookup tables built): undefined when a value
   * fits. `written`: the value as written in an assessment (a fraction for a percentage declared
   * `fraction: true`); otherwise as scored. `unknown` and null never reach it.
   */
  checker(indicator: I, written?: boolean): (value: AnswerValue) => AnswerMismatch | undefined;
  /** The scoring function of one indicator, prepared once: a (checked) answer to 0..100. */
  scorer(indicator: I): (value: AnswerValue) => number;
  /** The lowest and the best score any answer can get (for missing = lowest, gains and bounds). */
  bounds(indicator: I): { lowest: number; best: number };
  /** The scores its answers can reach, lowest first (uncertainty analysis: draws and "one level up or down"). */
  scale(indicator: I): number[];
  /** The answers worth trying, from the lowest towards the best (action plans). */
  trialValues(indicator: I): AnswerValue[];
  /** The allowed-value lines of the assessment template (`readiness init`). */
  templateLines(indicator: I, lang: string): string[];
  /** The values it takes, in one line (`questionnaire show`). */
  describe(indicator: I, lang: string): string;
  /** An answer in words: labels, yes/no, numbers with their unit. */
  inWords(indicator: I, value: AnswerValue, lang: string): string;
}

/** Keeps a score within 0..100 (and turns NaN into 0). */
export function clampScore(score: number): number {
  if (!(score > 0)) return 0;
  return score > 100 ? 100 : score;
}

/** Scores of a list of levels or options: each its own `score`, or evenly spaced 0..100 in order. */
export function listedScores(items: readonly { score?: number }[]): number[] {
  return items.map((item, i) => item.score ?? (items.length <= 1 ? 100 : (100 * i) / (items.length - 1)));
}

export function distinctSorted(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

/** Steps of a continuous scale (linear or log percentage and number, multiple choice): 11 points. */
const CONTINUOUS_STEPS = 10;

/** 11 evenly spaced scores from the lowest to the best. */
export function continuousScale({ lowest, best }: { lowest: number; best: number }): number[] {
  return distinctSorted(
    Array.from({ length: CONTINUOUS_STEPS + 1 }, (_, k) => lowest + ((best - lowest) * k) / CONTINUOUS_STEPS),
  );
}

/** A number with at most one decimal, without trailing zeros. */
export function formatNumber(n: number): string {
  return String(round(n));
}
