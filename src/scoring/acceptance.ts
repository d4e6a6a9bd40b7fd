import type { Indicator } from '../questionnaire/model.js';
import type { AnswerValue } from './scorecard.js';

/**
 * A fast yes/no version of the answer checks (questionnaire/answer-checks.ts) for one indicator,
 * prepared once: scoring many assessments asks it for every answer, and only a refused value
 * goes through the full check that explains why.
 */
export function compileAcceptance(indicator: Indicator): (value: AnswerValue) => boolean {
  switch (indicator.type) {
    case 'boolean':
      return (v) => typeof v === 'boolean' || v === 'yes' || v === 'no';
    case 'level': {
      const levels = new Set((indicator.levels ?? []).map((l) => l.value));
      return (v) => typeof v === 'number' && levels.has(v);
    }
    case 'percentage': {
      const min = Math.max(0, indicator.range?.min ?? 0);
      const max = Math.min(100, indicator.range?.max ?? 100);
      return (v) => typeof v === 'number' && v >= min && v <= max;
    }
    case 'number': {
      const min = indicator.range?.min ?? -Infinity;
      const max = indicator.range?.max ?? Infinity;
      return (v) => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
    }
    case 'choice': {
      const options = new Set((indicator.options ?? []).map((o) => o.value));
      return (v) => typeof v === 'string' && options.has(v);
    }
    case 'multi': {
      const options = new Set((indicator.options ?? []).map((o) => o.value));
      return (v) => Array.isArray(v) && v.every((x) => options.has(x));
    }
  }
}
