import { didYouMean } from './closest.js';
import { isAnswerEntry, isUnknownValue, type Assessment } from './assessment-model.js';
import { indicatorType } from './indicator-types/index.js';
import type { AnswerMismatch } from './indicator-types/indicator-type.js';
import { fractionToPercentage, looksLikeFraction } from './indicator-types/percentage.js';
import type { Indicator, Questionnaire } from './model.js';
import type { Problem } from './problem.js';
import type { YamlSource } from './yaml-source.js';
import { MAX_PROBLEMS_PER_FILE } from './yaml-limits.js';

/**
 * Checks an assessment against its questionnaire: the questionnaire id and version, the subject
 * kind, and each answer (known indicator id, a value of the right type, in range, existing options).
 */
export function checkAnswers(assessment: Assessment, source: YamlSource, questionnaire: Questionnaire): Problem[] {
  const problems: Problem[] = [];
  let omitted = 0;
  const named = assessment.questionnaire;
  if (named.id !== questionnaire.id) {
    problems.push({
      rule: 'assessment.questionnaire',
      severity: 'error',
      location: source.locate(['questionnaire', 'id']),
      message: `the assessment answers questionnaire '${named.id}', not '${questionnaire.id}'`,
      hint: `score it with questionnaire '${named.id}', or make a new template with readiness init ${questionnaire.id}`,
    });
    return problems;
  }
  if (named.version !== questionnaire.version) {
    problems.push({
      rule: 'assessment.version',
      severity: 'error',
      location: source.locate(['questionnaire', 'version']),
      message: `the assessment answers version ${named.version} of '${questionnaire.id}', but the questionnaire is version ${questionnaire.version}`,
      hint: `move the answers into a template of version ${questionnaire.version} (readiness init ${questionnaire.id}), or pass --questionnaire with the version ${named.version} file`,
    });
    return problems;
  }
  if (!questionnaire.subjectKinds.includes(assessment.subject.kind)) {
    problems.push({
      rule: 'assessment.subject-kind',
      severity: 'error',
      location: source.locate(['subject', 'kind']),
      message: `'${questionnaire.id}' assesses ${questionnaire.subjectKinds.join(', ')}, not a ${assessment.subject.kind}`,
      hint: `use kind ${questionnaire.subjectKinds.join(' or ')}, or another questionnaire`,
    });
  }
  const indicators = new Map<string, Indicator>();
  for (const domain of questionnaire.domains)
    for (const indicator of domain.indicators) indicators.set(indicator.id, indicator);
  for (const [id, answer] of Object.entries(assessment.answers)) {
    const indicator = indicators.get(id);
    if (problems.length >= MAX_PROBLEMS_PER_FILE && (!indicator || checkAnswer(indicator, answer))) {
      // Past the cap only a count is kept (see capProblems): no "did you mean" search per answer.
      omitted++;
      continue;
    }
    if (!indicator) {
      problems.push({
        rule: 'answer.unknown-indicator',
        severity: 'error',
        location: source.locate(['answers', id], { key: true }),
        message: `'${id}' is not an indicator of ${questionnaire.id} ${questionnaire.version}${didYouMean(id, indicators.keys())}`,
        hint: 'correct the id (readiness questionnaire show lists them), or remove the answer',
      });
      continue;
    }
    const mismatch = checkAnswer(indicator, answer);
    const path = isAnswerEntry(answer) ? ['answers', id, 'value'] : ['answers', id];
    if (mismatch) {
      problems.push({
        rule: mismatch.rule,
        severity: 'error',
        location: source.locate(path),
        message: `answer to '${id}' (${indicator.type}): ${mismatch.message}`,
        hint: mismatch.hint,
      });
    }
    const value = isAnswerEntry(answer) ? answer.value : answer;
    if (looksLikeFraction(indicator, value)) {
      problems.push({
        rule: 'answer.fraction',
        severity: 'warning',
        location: source.locate(path),
        message: `answer to '${id}': ${value} looks like a fraction; percentages are 0-100`,
        hint: `write ${fractionToPercentage(value)} for ${fractionToPercentage(value)} %; if ${value} % is meant, leave it (the questionnaire can declare the indicator 'fraction: true' when its answers are fractions)`,
      });
    }
  }
  if (omitted > 0)
    problems.push({
      rule: 'limit.problems',
      severity: 'error',
      location: { file: source.file },
      message: `${omitted} more problems`,
      omitted,
    });
  return problems;
}

function checkAnswer(indicator: Indicator, answer: Assessment['answers'][string]): AnswerMismatch | undefined {
  const value = isAnswerEntry(answer) ? answer.value : answer;
  if (isUnknownValue(value)) return undefined;
  return indicatorType(indicator).checker(indicator, true)(value);
}
