import {
  defineRules,
  diagnose,
  type Diagnostic,
  type DiagnosticParams,
  type RuleId,
} from '../diagnostics/diagnostic.js';
import type { Scorecard } from './scorecard.js';

/**
 * What scoring (and applying evidence) warns about, worded from the facts in `params`. The
 * scorecard keeps each as `{ code, message, indicator }` (its published schema).
 */
export const SCORING_RULES = defineRules({
  'answer.expired': {
    severity: 'warning',
    message: (p) =>
      `${p.indicator}: answer established ${p.established} expired on ${p.expires}; ${p.counted ? 'still counted' : 'left out'}`,
  },
  'answer.type': { severity: 'warning', message: (p) => `${p.indicator}: ${p.mismatch}; left out` },
  'answer.out-of-range': { severity: 'warning', message: (p) => `${p.indicator}: ${p.mismatch}; left out` },
  'answer.unknown-option': { severity: 'warning', message: (p) => `${p.indicator}: ${p.mismatch}; left out` },
  'evidence.unresolved': {
    severity: 'warning',
    message: (p) => `${p.indicator}: its evidence (${p.summary}) was not turned into a value before scoring`,
  },
  'crosswalk.value': {
    severity: 'warning',
    message: (p) => `crosswalk to ${p.target}: ${p.indicator} -> ${p.to}: ${p.mismatch}; left out`,
  },
  'crosswalk.unknown-target': {
    severity: 'warning',
    message: (p) => `crosswalk target ${p.target} ${p.version} is not known: not scored`,
  },
  'domain.insufficient-data': {
    severity: 'warning',
    message: (p) =>
      `domain ${p.domain}: ${p.coverage}% of its weight answered, below the ${p.needed}% needed: insufficient data`,
  },
  'overall.insufficient-data': {
    severity: 'warning',
    message: (p) => `${p.coverage}% of the weight answered, below the ${p.needed}% needed for an overall score`,
  },
  'evidence.metric-missing': {
    severity: 'warning',
    message: (p) => `${p.indicator}: the summary ${p.summary} has no metric ${p.metric}; the answer is kept as given`,
  },
  'evidence.not-measured': {
    severity: 'warning',
    message: (p) =>
      `${p.indicator}: ${p.metric} could not be measured in ${p.summary} (nothing to measure); the answer is kept as given`,
  },
  'evidence.type': {
    severity: 'warning',
    message: (p) => `${p.indicator}: evidence metrics can only answer percentage or number indicators`,
  },
});

export type ScoringRule = RuleId<typeof SCORING_RULES>;
export type ScoringWarning = Diagnostic<ScoringRule>;

/** A scoring warning about an indicator (`params.indicator`) or the whole assessment. */
export function scoringWarning(rule: ScoringRule, params: DiagnosticParams): ScoringWarning {
  return diagnose(SCORING_RULES, rule, {}, params);
}

/** A warning as the scorecard keeps it. */
export function scorecardWarning(warning: ScoringWarning): Scorecard['warnings'][number] {
  const indicator = warning.params?.indicator;
  return typeof indicator === 'string'
    ? { code: warning.rule, message: warning.message, indicator }
    : { code: warning.rule, message: warning.message };
}
