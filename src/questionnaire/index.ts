/** Questionnaires and assessments: model, loading with line numbers, schema check, lint, registry. */
export type * from './model.js';
export type * from './assessment-model.js';
export { isAnswerEntry } from './assessment-model.js';
export { pickText, type Text } from './text.js';
export { parseYamlSource, type YamlSource, type DataPath } from './yaml-source.js';
export { YamlSyntaxError } from './yaml-syntax-error.js';
export { checkSchema, schemaPath, type SchemaName } from './schema-check.js';
export { sortProblems, type Problem } from './problem.js';
export { QUESTIONNAIRE_RULES, type QuestionnaireRule } from './questionnaire-rules.js';
export { InvalidDocumentError } from './invalid-document-error.js';
export { UnknownQuestionnaireError } from './unknown-questionnaire-error.js';
export { closestIds, didYouMean } from './closest.js';
export { canonicalJson, contentHash } from './canonical-hash.js';
export { lintQuestionnaire } from './lint/lint-questionnaire.js';
export { LINT_RULES } from './lint/rules/index.js';
export type { LintRule, LintContext } from './lint/lint-rule.js';
export {
  checkQuestionnaire,
  parseQuestionnaire,
  loadQuestionnaire,
  type LoadedQuestionnaire,
  type CheckQuestionnaireOptions,
} from './load-questionnaire.js';
export {
  parseAssessment,
  parseAssessmentSource,
  checkAssessment,
  loadAssessment,
  type LoadedAssessment,
  type QuestionnaireChoice,
} from './load-assessment.js';
export {
  parsePeriod,
  isPeriodInterval,
  comparePeriods,
  isLaterPeriod,
  periodMidYear,
  PERIOD_PATTERN,
  type PeriodInterval,
  type PeriodKind,
  type PeriodProblem,
} from './period.js';
export { checkAnswers } from './check-answers.js';
export { isUnknownValue } from './assessment-model.js';
export { INDICATOR_TYPES, indicatorType } from './indicator-types/index.js';
export type { IndicatorType, AnswerMismatch } from './indicator-types/indicator-type.js';
export { loadRegistry, makeRegistry, resolverOf, type QuestionnaireRegistry } from './registry.js';
export { renderTemplate, type TemplateOptions } from './template.js';
export { outlineQuestionnaire, renderOutline, type QuestionnaireOutline } from './outline.js';
export { QuestionnaireCatalog, sharedCatalog } from './catalog.js';
