import type { Condition, Indicator, IndicatorCondition } from '../questionnaire/model.js';
import { indicatorType } from '../questionnaire/indicator-types/index.js';
import { formatNumber } from '../questionnaire/indicator-types/indicator-type.js';
import { pickText } from '../questionnaire/text.js';
import type { ConditionState } from './condition-state.js';
import type { AnswerValue } from './scorecard.js';

/** A condition in words, with the indicator or domain it is about and what is there now and what it asks. */
export interface ConditionText {
  text: string;
  indicator?: string;
  domain?: string;
  current?: AnswerValue | number | null;
  required?: AnswerValue | number;
}

/** An answer value in words: level and option labels, yes/no, numbers with their unit. */
export function valueInWords(indicator: Indicator, value: AnswerValue | null, lang: string): string {
  return value === null ? 'unknown' : indicatorType(indicator).inWords(indicator, value, lang);
}

function indicatorText(c: IndicatorCondition, state: ConditionState): ConditionText {
  const index = state.compiled.byId.get(c.indicator);
  const compiled = index === undefined ? undefined : state.compiled.indicators[index];
  if (!compiled || index === undefined)
    return { text: `${c.indicator} (not in the questionnaire)`, indicator: c.indicator };
  const ind = compiled.indicator;
  const answer = state.answers[index];
  const tests: string[] = [];
  let required: AnswerValue | number | undefined;
  const words = (v: AnswerValue | null) => valueInWords(ind, v, state.lang);
  if (c.atLeast !== undefined) tests.push(`at least ${words((required = c.atLeast))}`);
  if (c.atMost !== undefined) tests.push(`at most ${words((required = c.atMost))}`);
  if (c.equals !== undefined) tests.push(`is ${words((required = c.equals))}`);
  if (c.includes !== undefined)
    tests.push(`includes ${words((required = Array.isArray(c.includes) ? c.includes : [c.includes]))}`);
  if (c.scoreAtLeast !== undefined) tests.push(`scores at least ${formatNumber((required = c.scoreAtLeast))}`);
  const current = answer?.answered ? answer.value : null;
  const now =
    c.scoreAtLeast !== undefined && tests.length === 1
      ? answer?.score === null || answer?.score === undefined
        ? 'not scored'
        : formatNumber(answer.score)
      : words(current);
  const head = c.label
    ? pickText(c.label, state.lang)
    : `${pickText(ind.title, state.lang)} (${ind.id}) ${tests.join(' and ')}`;
  // An expired answer proves nothing for a gate: say why it is not taken.
  return {
    text: `${head} (now: ${now}${answer?.status === 'expired' ? ', expired' : ''})`,
    indicator: ind.id,
    current: c.scoreAtLeast !== undefined && tests.length === 1 ? (answer?.score ?? null) : current,
    required,
  };
}

/** A condition in words for a person, with the current state, e.g. "EHR coverage (ehr.coverage) at least 80% (now: 60%)". */
export function describeCondition(condition: Condition, state: ConditionState): ConditionText {
  if ('indicator' in condition) return indicatorText(condition, state);
  const own = condition.label ? pickText(condition.label, state.lang) : undefined;
  if ('domain' in condition) {
    const index = state.compiled.domains.findIndex((d) => d.domain.id === condition.domain);
    const domain = state.compiled.domains[index]?.domain;
    const score = state.domainScores[index] ?? null;
    const now = score === null ? 'insufficient data' : formatNumber(score);
    return {
      text: `${own ?? `domain ${domain ? pickText(domain.title, state.lang) : condition.domain} (${condition.domain}) scores at least ${formatNumber(condition.scoreAtLeast)}`} (now: ${now})`,
      domain: condition.domain,
      current: score,
      required: condition.scoreAtLeast,
    };
  }
  if ('overall' in condition) {
    const now = state.overall === null ? 'insufficient data' : formatNumber(state.overall);
    return {
      text: `${own ?? `overall score at least ${formatNumber(condition.overall.scoreAtLeast)}`} (now: ${now})`,
      current: state.overall,
      required: condition.overall.scoreAtLeast,
    };
  }
  const [word, parts] =
    'all' in condition
      ? ['all of', condition.all]
      : 'any' in condition
        ? ['any of', condition.any]
        : [`at least ${condition.kOf.k} of`, condition.kOf.conditions];
  return { text: own ?? `${word}: ${parts.map((c) => describeCondition(c, state).text).join('; ')}` };
}
