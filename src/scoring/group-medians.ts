import type { Assessment } from '../questionnaire/assessment-model.js';
import type { CompiledQuestionnaire } from './compile.js';
import { resolveAnswers } from './resolve-answers.js';

function medianOf(values: number[]): number {
  values.sort((a, b) => a - b);
  const mid = values.length >> 1;
  return values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
}

/**
 * The `impute-group` step, run over a comparison group (the assessments of one questionnaire
 * version) before any of them is scored: per indicator, the median score of the subjects that
 * answered it. Indicators nobody answered get none (their unknowns then follow the exclude rule).
 */
export function groupMedians(compiled: CompiledQuestionnaire, assessments: readonly Assessment[]): Map<string, number> {
  const byIndicator = compiled.indicators.map((): number[] => []);
  for (const assessment of assessments) {
    const { answers } = resolveAnswers(compiled, assessment, { policy: 'exclude' });
    answers.forEach((a, i) => {
      if (a.answered && a.score !== null) byIndicator[i]!.push(a.score);
    });
  }
  const medians = new Map<string, number>();
  byIndicator.forEach((scores, i) => {
    if (scores.length) medians.set(compiled.indicators[i]!.indicator.id, medianOf(scores));
  });
  return medians;
}
