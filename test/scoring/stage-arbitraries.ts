// fast-check generators of stage models (every model, nested all/any/kOf conditions) over a generated questionnaire.
import fc from 'fast-check';
import type {
  BandsModel,
  Condition,
  Indicator,
  Questionnaire,
  Stage,
  StageModel,
} from '../../src/questionnaire/model.js';
import { assessedArb, questionnaireArb } from './arbitraries.js';

function leafArb(ind: Indicator): fc.Arbitrary<Condition> {
  const score = fc.integer({ min: 0, max: 100 }).map((s): Condition => ({ indicator: ind.id, scoreAtLeast: s }));
  const value: fc.Arbitrary<Condition> = (() => {
    switch (ind.type) {
      case 'boolean':
        return fc.boolean().map((v): Condition => ({ indicator: ind.id, equals: v }));
      case 'level':
        return fc
          .constantFrom(...ind.levels!.map((l) => l.value))
          .map((v): Condition => ({ indicator: ind.id, atLeast: v }));
      case 'percentage':
        return fc.integer({ min: 0, max: 100 }).map((v): Condition => ({ indicator: ind.id, atLeast: v }));
      case 'number':
        return fc.integer({ min: 0, max: 1000 }).map((v): Condition => ({ indicator: ind.id, atMost: v }));
      case 'choice':
        return fc
          .constantFrom(...ind.options!.map((o) => o.value))
          .map((v): Condition => ({ indicator: ind.id, equals: v }));
      default:
        return fc
          .subarray(
            ind.options!.map((o) => o.value),
            { minLength: 1 },
          )
          .map((v): Condition => ({ indicator: ind.id, includes: v }));
    }
  })();
  return fc.oneof(value, score);
}

function conditionArb(q: Questionnaire): fc.Arbitrary<Condition> {
  const indicators = q.domains.flatMap((d) => d.indicators);
  const leaf = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...indicators).chain(leafArb) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...q.domains.map((d) => d.id)), fc.integer({ min: 0, max: 100 }))
        .map(([domain, s]): Condition => ({ domain, scoreAtLeast: s })),
    },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 0, max: 100 }).map((s): Condition => ({ overall: { scoreAtLeast: s } })),
    },
  );
  const parts = fc.array(leaf, { minLength: 1, maxLength: 3 });
  return fc.oneof(
    { weight: 4, arbitrary: leaf },
    { weight: 1, arbitrary: parts.map((all): Condition => ({ all })) },
    { weight: 1, arbitrary: parts.map((any): Condition => ({ any })) },
    {
      weight: 1,
      arbitrary: parts.chain((conditions) =>
        fc.integer({ min: 1, max: conditions.length }).map((k): Condition => ({ kOf: { k, conditions } })),
      ),
    },
  );
}

function gatedStages(q: Questionnaire, branches: boolean): fc.Arbitrary<Stage[]> {
  const criteria = fc.array(conditionArb(q), { minLength: 0, maxLength: 3 });
  const stage: fc.Arbitrary<Omit<Stage, 'id' | 'label'>> = branches
    ? fc
        .tuple(
          criteria,
          fc.array(fc.array(conditionArb(q), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 }),
        )
        .chain(([c, bs]) =>
          fc
            .integer({ min: 1, max: bs.length })
            .map((require) => ({ criteria: c, branches: bs.map((b, i) => ({ id: `b${i}`, criteria: b })), require })),
        )
    : fc
        .tuple(criteria, fc.constantFrom(undefined, 0.5, 0.7, 1))
        .map(([c, threshold]) => ({ criteria: c, ...(threshold === undefined ? {} : { threshold }) }));
  return fc
    .array(stage, { minLength: 1, maxLength: 4 })
    .map((list) => list.map((s, i): Stage => ({ id: i, label: `Stage ${i}`, ...s })));
}

/** A stage model of any kind over the questionnaire's indicators, domains and scores. */
export function stageModelArb(q: Questionnaire): fc.Arbitrary<StageModel> {
  const levelIds = q.domains
    .flatMap((d) => d.indicators)
    .filter((i) => i.type === 'level')
    .map((i) => i.id);
  const bands = fc
    .tuple(
      fc.oneof(
        fc.constant<BandsModel['basis']>('overall'),
        fc.constantFrom(...q.domains.map((d) => d.id)).map((domain): BandsModel['basis'] => ({ domain })),
        fc.constant<BandsModel['basis']>({ meanLevel: {} }),
        ...(levelIds.length
          ? [
              fc
                .subarray(levelIds, { minLength: 1 })
                .map((indicators): BandsModel['basis'] => ({ meanLevel: { indicators } })),
            ]
          : []),
      ),
      fc.constantFrom<BandsModel['rounding']>('none', 'up', 'down', 'nearest'),
      fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 5 }),
    )
    .map(([basis, rounding, mins]): StageModel => ({
      model: 'bands',
      basis,
      rounding,
      stages: [...mins]
        .sort((a, b) => a - b)
        .map((min, i) => ({
          id: i,
          label: `Band ${i}`,
          min: basis !== 'overall' && basis && 'meanLevel' in basis ? Math.round(min / 20) : min,
        })),
    }));
  return fc.oneof(
    gatedStages(q, false).map((stages): StageModel => ({ model: 'cumulative', stages })),
    fc
      .tuple(gatedStages(q, false), fc.constantFrom(0.5, 0.7, 1))
      .map(([stages, threshold]): StageModel => ({ model: 'percentage', threshold, stages })),
    gatedStages(q, true).map((stages): StageModel => ({ model: 'branches', stages })),
    bands,
  );
}

/** A questionnaire with a stage model, and an assessment of it (some answers unknown). */
export const stagedArb = questionnaireArb
  .chain((base) => stageModelArb(base).map((model): Questionnaire => ({ ...base, stages: model })))
  .chain(assessedArb);
