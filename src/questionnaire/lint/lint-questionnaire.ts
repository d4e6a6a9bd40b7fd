import type { Problem } from '../problem.js';
import type { LintContext } from './lint-rule.js';
import { LINT_RULES } from './rules/index.js';

/** Runs every semantic lint rule over a schema-valid questionnaire and returns all problems found. */
export function lintQuestionnaire(context: LintContext): Problem[] {
  return LINT_RULES.flatMap((rule) => rule.check(context));
}
