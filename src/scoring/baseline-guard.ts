import { checkBaseline, compareWithBaseline } from './baseline-comparison.js';
import { BaselineUsageError } from './baseline-usage-error.js';

/** The largest `--fail-on-drop` that means anything: scores are 0-100. */
const MAX_DROP = 100;

/** `--fail-on-drop` as a number of points (0-100, decimals allowed), or a usage error. */
export function dropThreshold(text: string): number {
  const value = /^\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!Number.isFinite(value) || value > MAX_DROP)
    throw new BaselineUsageError(
      `--fail-on-drop ${text} is not a number of points from 0 to ${MAX_DROP}`,
      'give the largest fall of a score that is allowed, e.g. --fail-on-drop 5',
    );
  return value;
}

/** `--baseline` takes one assessment file: several inputs (or a folder) are a usage error. */
export function baselineNeedsOneFile(): BaselineUsageError {
  return new BaselineUsageError(
    '--baseline compares one assessment with its earlier scorecard, and several (or a folder) were given',
    'give one assessment file with --baseline',
  );
}

export { checkBaseline, compareWithBaseline };
