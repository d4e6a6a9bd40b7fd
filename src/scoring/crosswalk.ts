import { isAnswerEntry, isUnknownValue, type Assessment, type RawValue } from '../questionnaire/assessment-model.js';
import { indicatorType } from '../questionnaire/indicator-types/index.js';
import type { Crosswalk, Questionnaire } from '../questionnaire/model.js';
import { scoringWarning, type ScoringWarning } from './scoring-rules.js';

/**
 * The answers of an assessment carried over to a crosswalk's target questionnaire: each mapping
 * takes the `from` answer (its value translated by `values` when given, element by element for
 * lists) as the answer to `to`. A carried value that does not fit the target indicator is left out
 * with a warning.
 */
export function crosswalkAssessment(
  assessment: Assessment,
  crosswalk: Crosswalk,
  target: Questionnaire,
): { assessment: Assessment; warnings: ScoringWarning[] } {
  const indicators = new Map(target.domains.flatMap((d) => d.indicators.map((i) => [i.id, i] as const)));
  const answers: Assessment['answers'] = {};
  const warnings: ScoringWarning[] = [];
  for (const mapping of crosswalk.mappings) {
    const given = assessment.answers[mapping.from];
    const entry = isAnswerEntry(given) ? given : undefined;
    const raw = entry ? entry.value : (given as RawValue | undefined);
    const indicator = indicators.get(mapping.to);
    if (raw === undefined || isUnknownValue(raw) || !indicator) continue;
    const map = (v: unknown): unknown =>
      mapping.values && Object.prototype.hasOwnProperty.call(mapping.values, String(v)) ? mapping.values[String(v)] : v;
    const value = (Array.isArray(raw) ? raw.map(map) : map(raw)) as RawValue;
    if (isUnknownValue(value)) continue;
    const mismatch = indicatorType(indicator).checker(indicator, true)(value);
    if (mismatch) {
      warnings.push(
        scoringWarning('crosswalk.value', {
          target: target.id,
          indicator: mapping.from,
          to: mapping.to,
          mismatch: mismatch.message,
        }),
      );
      continue;
    }
    answers[mapping.to] = entry ? { ...entry, value } : value;
  }
  return {
    assessment: { ...assessment, questionnaire: { id: target.id, version: target.version }, answers },
    warnings,
  };
}
