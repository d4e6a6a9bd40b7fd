import { didYouMean } from './closest.js';
import { isAnswerEntry, isUnknownValue, type Assessment } from './assessment-model.js';
import { indicatorType } from './indicator-types/index.js';
import type { AnswerMismatch } from './indicator-types/indicator-type.js';
import { fractionToPercentage, looksLikeFraction } from './indicator-types/percentage.js';
import type { Indicator, Questionnaire } from './model.js';
import type { Problem } from './problem.js';
import { problem } from './questionnaire-rules.js';
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
    problems.push(
      problem('assessment.questionnaire', source.locate(['questionnaire', 'id']), {
        named: named.id,
        questionnaire: questionnaire.id,
      }),
    );
    return problems;
  }
  if (named.version !== questionnaire.version) {
    problems.push(
      problem('assessment.version', source.locate(['questionnaire', 'version']), {
        named: named.version,
        questionnaire: questionnaire.id,
        version: questionnaire.version,
      }),
    );
    return problems;
  }
  if (!questionnaire.subjectKinds.includes(assessment.subject.kind)) {
    problems.push(
      problem('assessment.subject-kind', source.locate(['subject', 'kind']), {
        questionnaire: questionnaire.id,
        kinds: questionnaire.subjectKinds.join(', '),
        alternatives: questionnaire.subjectKinds.join(' or '),
        kind: assessment.subject.kind,
      }),
    );
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
      problems.push(
        problem('answer.unknown-indicator', source.locate(['answers', id], { key: true }), {
          indicator: id,
          questionnaire: questionnaire.id,
          version: questionnaire.version,
          suggestion: didYouMean(id, indicators.keys()),
        }),
      );
      continue;
    }
    const mismatch = checkAnswer(indicator, answer);
    const path = isAnswerEntry(answer) ? ['answers', id, 'value'] : ['answers', id];
    if (mismatch) {
      problems.push(
        problem(mismatch.rule, source.locate(path), {
          indicator: id,
          type: indicator.type,
          mismatch: mismatch.message,
          fix: mismatch.hint,
        }),
      );
    }
    const value = isAnswerEntry(answer) ? answer.value : answer;
    if (looksLikeFraction(indicator, value)) {
      problems.push(
        problem('answer.fraction', source.locate(path), {
          indicator: id,
          value,
          percentage: fractionToPercentage(value),
        }),
      );
    }
  }
  if (omitted > 0)
    problems.push({
      ...problem('limit.problems', { file: source.file }, { omitted, max: MAX_PROBLEMS_PER_FILE }),
      omitted,
    });
  return problems;
}

function checkAnswer(indicator: Indicator, answer: Assessment['answers'][string]): AnswerMismatch | undefined {
  const value = isAnswerEntry(answer) ? answer.value : answer;
  if (isUnknownValue(value)) return undefined;
  return indicatorType(indicator).checker(indicator, true)(value);
}
