// fast-check generators of questionnaires (with monotone scoring rules) and of assessments for them.
import fc from 'fast-check';
import type { Assessment } from '../../src/questionnaire/assessment-model.js';
import type { Aggregation, Indicator, Questionnaire } from '../../src/questionnaire/model.js';

const aggregation: fc.Arbitrary<Aggregation> = fc.oneof(
  fc.constant<Aggregation>({ method: 'arithmetic' }),
  fc.constant<Aggregation>({ method: 'geometric' }),
  fc.constant<Aggregation>({ method: 'harmonic' }),
  fc.integer({ min: -2, max: 3 }).map((power): Aggregation => ({ method: 'generalised', power })),
);

const weight = fc.integer({ min: 1, max: 5 });
const sortedScores = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n, maxLength: n }).map((a) => a.sort((x, y) => x - y));

function indicator(id: string): fc.Arbitrary<Indicator> {
  return fc.oneof(
    fc.record({ weight }).map((r): Indicator => ({ id, title: id, type: 'boolean', ...r })),
    fc
      .integer({ min: 2, max: 6 })
      .chain((n) => fc.tuple(weight, sortedScores(n), fc.boolean()))
      .map(([w, scores, given]): Indicator => ({
        id,
        title: id,
        type: 'level',
        weight: w,
        levels: scores.map((score, i) => ({ value: i + 1, label: `L${i + 1}`, ...(given ? { score } : {}) })),
      })),
    fc
      .tuple(weight, fc.integer({ min: 0, max: 50 }), fc.integer({ min: 51, max: 100 }))
      .map(([w, floor, target]): Indicator => ({
        id,
        title: id,
        type: 'percentage',
        weight: w,
        scoring: { method: 'linear', floor, target },
      })),
    fc.tuple(weight, fc.constantFrom('log', 'bands')).map(([w, method]): Indicator => ({
      id,
      title: id,
      type: 'number',
      unit: 'u',
      weight: w,
      range: { min: 0, max: 1000 },
      scoring:
        method === 'log'
          ? { method: 'log', floor: 1, target: 500 }
          : {
              method: 'bands',
              bands: [
                { min: 10, score: 30 },
                { min: 100, score: 70 },
                { min: 500, score: 100 },
              ],
            },
    })),
    fc.tuple(weight, sortedScores(3)).map(([w, scores]): Indicator => ({
      id,
      title: id,
      type: 'choice',
      weight: w,
      options: scores.map((score, i) => ({ value: `o${i}`, label: `O${i}`, score })),
    })),
    fc
      .tuple(weight, fc.integer({ min: 1, max: 5 }), fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }))
      .map(([w, n, cap]): Indicator => ({
        id,
        title: id,
        type: 'multi',
        weight: w,
        ...(cap ? { cap } : {}),
        options: Array.from({ length: n }, (_, i) => ({ value: `s${i}`, label: `S${i}`, points: 1 + (i % 3) })),
      })),
  );
}

/** A questionnaire of 1-4 domains with 1-6 indicators each, random types, weights and aggregations. */
export const questionnaireArb: fc.Arbitrary<Questionnaire> = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 6 }), weight, aggregation, fc.constantFrom(0, 0.5, 0.65)), {
    minLength: 1,
    maxLength: 4,
  })
  .chain((shapes) =>
    fc.tuple(
      ...shapes.map(([n, w, agg, minCoverage], d) =>
        fc
          .tuple(...Array.from({ length: n }, (_, i) => indicator(`d${d}.i${i}`)))
          .map((indicators) => ({ id: `d${d}`, title: `D${d}`, weight: w, aggregation: agg, minCoverage, indicators })),
      ),
      aggregation,
      fc.constantFrom<'exclude' | 'lowest'>('exclude', 'lowest'),
    ),
  )
  .map((parts) => {
    const overall = parts[parts.length - 2] as Aggregation;
    const treat = parts[parts.length - 1] as 'exclude' | 'lowest';
    const domains = parts.slice(0, -2) as Questionnaire['domains'];
    return {
      id: 'gen',
      version: '1.0',
      title: 'Generated',
      description: 'generated',
      subjectKinds: ['site'],
      scoring: { aggregation: overall, missing: { treat } },
      domains,
    };
  });

/** A valid answer (or unknown) for an indicator. */
export function answerArb(ind: Indicator): fc.Arbitrary<Assessment['answers'][string]> {
  const value: fc.Arbitrary<Assessment['answers'][string]> = (() => {
    switch (ind.type) {
      case 'boolean':
        return fc.boolean();
      case 'level':
        return fc.constantFrom(...ind.levels!.map((l) => l.value));
      case 'percentage':
        return fc.integer({ min: 0, max: 100 });
      case 'number':
        return fc.integer({ min: 0, max: 1000 });
      case 'choice':
        return fc.constantFrom(...ind.options!.map((o) => o.value));
      case 'multi':
        return fc.subarray(ind.options!.map((o) => o.value));
    }
  })();
  return fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: fc.constant('unknown') });
}

/** An assessment of `q` (some answers unknown), with `q`. */
export function assessedArb(q: Questionnaire): fc.Arbitrary<{ q: Questionnaire; assessment: Assessment }> {
  const indicators = q.domains.flatMap((d) => d.indicators);
  return fc.tuple(...indicators.map(answerArb)).map((values) => {
    const answers: Assessment['answers'] = {};
    indicators.forEach((ind, i) => (answers[ind.id] = values[i]!));
    const assessment: Assessment = {
      questionnaire: { id: 'gen', version: '1.0' },
      subject: { id: 's', name: 'S', kind: 'site', country: 'DE' },
      period: '2026',
      answers,
    };
    return { q, assessment };
  });
}

/** A questionnaire with an assessment of it. */
export const scoredArb = questionnaireArb.chain(assessedArb);

/** The given answer raised one step (a higher level, a larger value, one more option), or undefined at the top. */
export function raise(ind: Indicator, value: unknown): unknown {
  switch (ind.type) {
    case 'boolean':
      return value === false ? true : undefined;
    case 'level': {
      const values = ind.levels!.map((l) => l.value);
      return values[values.indexOf(value as number) + 1];
    }
    case 'percentage':
      return (value as number) < 100 ? Math.min(100, (value as number) + 7) : undefined;
    case 'number':
      return (value as number) < 1000 ? Math.min(1000, (value as number) * 2 + 5) : undefined;
    case 'choice': {
      const values = ind.options!.map((o) => o.value);
      return values[values.indexOf(value as string) + 1];
    }
    case 'multi': {
      const missing = ind.options!.map((o) => o.value).find((v) => !(value as string[]).includes(v));
      return missing === undefined ? undefined : [...(value as string[]), missing];
    }
  }
}
