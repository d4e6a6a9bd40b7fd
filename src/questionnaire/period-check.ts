import { isPeriodInterval, parsePeriod } from './period.js';
import type { Problem } from './problem.js';
import { problem } from './questionnaire-rules.js';
import type { YamlSource } from './yaml-source.js';

/**
 * An assessment's `period` checked as time, beside its schema problems: a period that cannot be
 * parsed (a week, a range, month 13, 2026-02-30...) is an error at its line, saying why, in place
 * of the schema's bare "must match the pattern".
 */
export function withPeriodProblem(schemaProblems: readonly Problem[], source: YamlSource): Problem[] {
  const data = source.data as { period?: unknown } | null;
  const period = typeof data === 'object' && data !== null ? data.period : undefined;
  if (typeof period !== 'string') return [...schemaProblems];
  const parsed = parsePeriod(period);
  if (isPeriodInterval(parsed)) return [...schemaProblems];
  const location = source.locate(['period']);
  const here = (p: Problem) =>
    p.rule === 'schema.pattern' && p.location.line === location.line && p.location.column === location.column;
  return [
    ...schemaProblems.filter((p) => !here(p)),
    problem('assessment.period', location, { reason: parsed.reason, fix: parsed.hint }),
  ];
}
