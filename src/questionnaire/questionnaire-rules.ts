import {
  defineRules,
  diagnose,
  type Diagnostic,
  type DiagnosticParams,
  type RuleId,
  type Severity,
} from '../diagnostics/diagnostic.js';
import type { Location } from '../errors/location.js';

const answerMismatch = {
  severity: 'error',
  message: (p: DiagnosticParams) => `answer to '${p.indicator}' (${p.type}): ${p.mismatch}`,
  hint: (p: DiagnosticParams) => String(p.fix),
} as const;

/** What is wrong with an assessment's answers (and how many problems a file had), worded from the facts in `params`. */
export const QUESTIONNAIRE_RULES = defineRules({
  'assessment.questionnaire': {
    severity: 'error',
    message: (p) => `the assessment answers questionnaire '${p.named}', not '${p.questionnaire}'`,
    hint: (p) =>
      `score it with questionnaire '${p.named}', or make a new template with readiness init ${p.questionnaire}`,
  },
  'assessment.version': {
    severity: 'error',
    message: (p) =>
      `the assessment answers version ${p.named} of '${p.questionnaire}', but the questionnaire is version ${p.version}`,
    hint: (p) =>
      `move the answers into a template of version ${p.version} (readiness init ${p.questionnaire}), or pass --questionnaire with the version ${p.named} file`,
  },
  'assessment.subject-kind': {
    severity: 'error',
    message: (p) => `'${p.questionnaire}' assesses ${p.kinds}, not a ${p.kind}`,
    hint: (p) => `use kind ${p.alternatives}, or another questionnaire`,
  },
  'assessment.period': {
    severity: 'error',
    message: (p) => `period ${p.reason}`,
    hint: (p) => String(p.fix),
  },
  'answer.unknown-indicator': {
    severity: 'error',
    message: (p) => `'${p.indicator}' is not an indicator of ${p.questionnaire} ${p.version}${p.suggestion}`,
    hint: () => 'correct the id (readiness questionnaire show lists them), or remove the answer',
  },
  'answer.type': answerMismatch,
  'answer.out-of-range': answerMismatch,
  'answer.unknown-option': answerMismatch,
  'answer.fraction': {
    severity: 'warning',
    message: (p) => `answer to '${p.indicator}': ${p.value} looks like a fraction; percentages are 0-100`,
    hint: (p) =>
      `write ${p.percentage} for ${p.percentage} %; if ${p.value} % is meant, leave it (the questionnaire can declare the indicator 'fraction: true' when its answers are fractions)`,
  },
  'limit.problems': {
    severity: 'error',
    message: (p) =>
      `${Number(p.omitted).toLocaleString('en')} more problem${p.omitted === 1 ? '' : 's'} not listed (only the first ${p.max} of a file are)`,
    hint: () => 'fix those listed and run again; a file with this many problems is often not the file meant',
  },
});

export type QuestionnaireRule = RuleId<typeof QUESTIONNAIRE_RULES>;

/** A problem of one of the questionnaire's rules. */
export function problem(
  rule: QuestionnaireRule,
  location: Location,
  params: DiagnosticParams,
  severity?: Severity,
): Diagnostic<QuestionnaireRule> {
  return diagnose(QUESTIONNAIRE_RULES, rule, location, params, { severity });
}
