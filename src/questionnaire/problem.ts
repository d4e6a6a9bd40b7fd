import { formatLocation, type Location } from '../errors/location.js';

/** One problem found in a questionnaire or an assessment: what rule, where, what, how to fix. */
export interface Problem {
  /** Stable rule id, e.g. `schema.required`, `lint.unknown-indicator`, `answer.out-of-range`. */
  rule: string;
  severity: 'error' | 'warning';
  location: Location;
  message: string;
  /** How to fix it, in one sentence. */
  hint?: string;
}

/** `file:line:column: severity: message (rule)` and, below it, the fix. */
export function formatProblem(problem: Problem): string {
  const head = `${formatLocation(problem.location)}: ${problem.severity}: ${problem.message} (${problem.rule})`;
  return problem.hint ? `${head}\n  fix: ${problem.hint}` : head;
}

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
