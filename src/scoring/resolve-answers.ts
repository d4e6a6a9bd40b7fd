import {
  isAnswerEntry,
  isUnknownValue,
  type AnswerSource,
  type Assessment,
  type RawValue,
} from '../questionnaire/assessment-model.js';
import type { UnknownPolicy } from '../questionnaire/model.js';
import type { CompiledQuestionnaire } from './compile.js';
import { addDuration, periodEnd } from './iso-duration.js';
import type { AnswerValue, MeasuredEvidence, ScorecardIndicator } from './scorecard.js';
import { scoringWarning, type ScoringWarning } from './scoring-rules.js';

/** One indicator's answer as scored: its value, state, score and provenance. */
export interface ResolvedAnswer {
  value: AnswerValue | null;
  status: ScorecardIndicator['status'];
  score: number | null;
  /** Counts towards coverage (answered, or expired but kept). */
  answered: boolean;
  source: AnswerSource | null;
  note?: string;
  evidence?: string;
  measured?: MeasuredEvidence;
  established?: string;
  expires?: string;
}

/**
 * Whether an answer is known for stage conditions: given and current. Unknown, missing, imputed
 * and expired answers (kept or excluded) prove nothing, so a condition on them is unknown.
 */
export function answerKnown(answer: ResolvedAnswer | undefined): boolean {
  return answer !== undefined && answer.status === 'answered';
}

/** How unknown answers are scored: the policy, and under `impute-group` the group medians by indicator id. */
export interface UnknownRule {
  policy: UnknownPolicy;
  imputed?: ReadonlyMap<string, number>;
}

/** The date answers' validity is judged at: the assessment's date, else the last day of its period. */
export function judgementDate(assessment: Assessment): string {
  return assessment.date ?? periodEnd(assessment.period);
}

function normaliseValue(value: Exclude<RawValue, null>): AnswerValue {
  if (value === 'yes') return true;
  if (value === 'no') return false;
  return value;
}

/**
 * Turns an assessment's answers into one {@link ResolvedAnswer} per indicator, in questionnaire order:
 * unknown and missing answers follow the questionnaire's missing rule; expired answers are kept
 * (with a warning) or excluded as the questionnaire says; a value that does not fit its indicator
 * is left out with a warning (loading reports it as an error first).
 */
export function resolveAnswers(
  compiled: CompiledQuestionnaire,
  assessment: Assessment,
  rule: UnknownRule = { policy: compiled.unknown },
): { answers: ResolvedAnswer[]; warnings: ScoringWarning[] } {
  const warnings: ScoringWarning[] = [];
  const settings = compiled.questionnaire.scoring ?? {};
  const judgedAt = judgementDate(assessment);
  const answers = compiled.indicators.map((c): ResolvedAnswer => {
    const id = c.indicator.id;
    const given = Object.prototype.hasOwnProperty.call(assessment.answers, id) ? assessment.answers[id] : undefined;
    const entry = isAnswerEntry(given) ? given : undefined;
    const raw: RawValue | undefined = entry ? entry.value : (given as RawValue | undefined);
    const evidence =
      entry?.evidence === undefined
        ? undefined
        : typeof entry.evidence === 'string'
          ? entry.evidence
          : entry.evidence.summary;
    // Built field by field, never by spreading a shared base: object spread here cost ~100x (V8 slow path).
    const answer = (
      value: AnswerValue | null,
      status: ResolvedAnswer['status'],
      score: number | null,
      answered: boolean,
      source: AnswerSource | null,
      expires?: string,
    ): ResolvedAnswer => ({
      value,
      status,
      score,
      answered,
      source,
      note: entry?.note,
      evidence,
      measured: entry?.measured,
      established: entry?.established,
      expires,
    });
    const missing = (status: 'unknown' | 'missing'): ResolvedAnswer => {
      if (rule.policy === 'lowest') return answer(null, 'imputed', c.lowest, false, null);
      const median = rule.policy === 'impute-group' ? rule.imputed?.get(id) : undefined;
      if (median !== undefined) return answer(null, 'imputed', median, false, null);
      if (c.missing.treat === 'exclude') return answer(null, status, null, false, null);
      return answer(null, 'imputed', c.missing.treat === 'lowest' ? c.lowest : (c.missing.score ?? 0), false, null);
    };
    if (isUnknownValue(raw)) {
      if (entry && typeof entry.evidence === 'object')
        warnings.push(scoringWarning('evidence.unresolved', { indicator: id, summary: entry.evidence.summary }));
      return missing(given === undefined ? 'missing' : 'unknown');
    }
    const mismatch = c.check(raw);
    if (mismatch) {
      warnings.push(scoringWarning(mismatch.rule, { indicator: id, mismatch: mismatch.message }));
      return missing('unknown');
    }
    const value = normaliseValue(raw);
    const validFor = entry?.validFor ?? settings.validity;
    const expires = entry?.established && validFor ? addDuration(entry.established, validFor) : undefined;
    const source = entry?.source ?? 'self-reported';
    if (expires !== undefined && expires < judgedAt) {
      const established = entry?.established;
      if (settings.expired === 'exclude') {
        warnings.push(scoringWarning('answer.expired', { indicator: id, established, expires, counted: false }));
        return answer(value, 'expired', null, false, source, expires);
      }
      warnings.push(scoringWarning('answer.expired', { indicator: id, established, expires, counted: true }));
      return answer(value, 'expired', c.score(value), true, source, expires);
    }
    return answer(value, 'answered', c.score(value), true, source, expires);
  });
  return { answers, warnings };
}
