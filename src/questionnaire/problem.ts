import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { problem } from './questionnaire-rules.js';
import { MAX_PROBLEMS_PER_FILE } from './yaml-limits.js';

/** One problem found in a questionnaire or an assessment (schema, lint, answers): a {@link Diagnostic}. */
export type Problem = Diagnostic;

/** Problems in file order (line, column), then rule: a stable order for output. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.location.file ?? '').localeCompare(b.location.file ?? '') ||
      (a.location.line ?? 0) - (b.location.line ?? 0) ||
      (a.location.column ?? 0) - (b.location.column ?? 0) ||
      a.rule.localeCompare(b.rule) ||
      a.message.localeCompare(b.message),
  );
}

/**
 * The first `max` problems of a file in file order and, when there are more, one problem that
 * counts the rest (rule `limit.problems`, with `omitted`): output stays small whatever the input.
 */
export function capProblems(problems: readonly Problem[], max: number = MAX_PROBLEMS_PER_FILE): Problem[] {
  const sorted = sortProblems(problems.filter((p) => p.omitted === undefined));
  const earlier = problems.reduce((n, p) => n + (p.omitted ?? 0), 0);
  const kept = sorted.slice(0, max);
  const rest = sorted.slice(max);
  const omitted = rest.length + earlier;
  if (omitted === 0) return kept;
  const file = kept[0]?.location.file ?? rest[0]?.location.file;
  const severity =
    rest.some((p) => p.severity === 'error') || problems.some((p) => p.omitted !== undefined && p.severity === 'error')
      ? 'error'
      : 'warning';
  return [...kept, { ...problem('limit.problems', { file }, { omitted, max }, severity), omitted }];
}

/** How many problems a list stands for (a capped list counts those it left out). */
export function countProblems(problems: readonly Problem[], severity: Severity): number {
  return problems.reduce((n, p) => n + (p.severity === severity ? (p.omitted ?? 1) : 0), 0);
}
