import { ExitCode } from '../errors/exit-code.js';
import { ReadinessError } from '../errors/readiness-error.js';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import { capProblems, countProblems, type Problem } from './problem.js';

/**
 * A questionnaire or assessment with errors (schema, lint or answers): nothing was scored from it.
 * `problems` lists them (the first 100, then one that counts the rest), each with its file:line:column and a fix.
 */
export class InvalidDocumentError extends ReadinessError {
  readonly problems: readonly Problem[];

  constructor(kind: 'questionnaire' | 'assessment', problems: readonly Problem[]) {
    const sorted = capProblems(problems);
    const errors = sorted.filter((p) => p.severity === 'error');
    const first = errors[0] ?? sorted[0];
    const total = countProblems(sorted, 'error');
    const count = total === 1 ? '1 error' : `${total.toLocaleString('en')} errors`;
    super(`${kind}.invalid`, `invalid ${kind} (${count}): ${first?.message ?? ''}`, {
      location: first?.location,
      hint: first?.hint,
      exitCode: ExitCode.InvalidInput,
    });
    this.problems = sorted;
  }

  /** Every problem, one after the other, each with its place and fix. */
  override describe(): string {
    const errors = this.problems.filter((p) => p.severity === 'error');
    if (errors.length === 1 && errors[0] && errors[0].omitted === undefined) return formatDiagnostic(errors[0]);
    const total = countProblems(this.problems, 'error');
    return [`${total.toLocaleString('en')} problems:`, ...errors.map(formatDiagnostic)].join('\n');
  }
}
