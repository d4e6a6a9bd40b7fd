import { didYouMean } from './closest.js';
import { ANSWER_CHECKS, isUnknownValue } from './answer-checks.js';
import { isAnswerEntry, type Assessment } from './assessment-model.js';
import type { Indicator, Questionnaire } from './model.js';
import type { Problem } from './problem.js';
import type { YamlSource } from './yaml-source.js';

/**
 * Checks an assessment against its questionnaire: the questionnaire id and version, the subject
 * kind, and each answer (known indicator id, a value of the right type, in range, existing options).
 */
export function checkAnswers(assessment: Assessment, source: YamlSource, questionnaire: Questionnaire): Problem[] {
  const problems: Problem[] = [];
  const named = assessment.questionnaire;
  if (named.id !== questionnaire.id) {
    problems.push({ rule: 'assessment.questionnaire', severity: 'error', location: source.locate(['questionnaire', 'id']), message: `the assessment answers questionnaire '${named.id}', not '${questionnaire.id}'`, hint: `score it with questionnaire '${named.id}', or make a new template with readiness init ${questionnaire.id}` });
    return problems;
  }
  if (named.version !== questionnaire.version) {
    problems.push({ rule: 'assessment.version', severity: 'error', location: source.locate(['questionnaire', 'version']), message: `the assessment answers version ${named.version} of '${questionnaire.id}', but the questionnaire is version ${questionnaire.version}`, hint: `move the answers into a template of version ${questionnaire.version} (readiness init ${questionnaire.id}), or pass --questionnaire with the version ${named.version} file` });
    return problems;
  }
  if (!questionnaire.subjectKinds.includes(assessment.subject.kind)) {
    problems.push({ rule: 'assessment.subject-kind', severity: 'error', location: source.locate(['subject', 'kind']), message: `'${questionnaire.id}' assesses ${questionnaire.subjectKinds.join(', ')}, not a ${assessment.subject.kind}`, hint: `use kind ${questionnaire.subjectKinds.join(' or ')}, or another questionnaire` });
  }
  const indicators = new Map<string, Indicator>();
  for (const domain of questionnaire.domains) for (const indicator of domain.indicators) indicators.set(indicator.id, indicator);
  for (const [id, answer] of Object.entries(assessment.answers)) {
    const indicator = indicators.get(id);
    if (!indicator) {
      problems.push({ rule: 'answer.unknown-indicator', severity: 'error', location: source.locate(['answers', id], { key: true }), message: `'${id}' is not an indicator of ${questionnaire.id} ${questionnaire.version}${didYouMean(id, indicators.keys())}`, hint: 'correct the id (readiness questionnaire show lists them), or remove the answer' });
      continue;
    }
    const value = isAnswerEntry(answer) ? answer.value : answer;
    if (isUnknownValue(value)) continue;
    const mismatch = ANSWER_CHECKS[indicator.type](indicator, value);
    if (mismatch) {
      const path = isAnswerEntry(answer) ? ['answers', id, 'value'] : ['answers', id];
      problems.push({ rule: mismatch.rule, severity: 'error', location: source.locate(path), message: `answer to '${id}' (${indicator.type}): ${mismatch.message}`, hint: mismatch.hint });
    }
  }
  return problems;
}
