import type { Aggregation, UnknownPolicy } from '../../questionnaire/model.js';
import { describeAggregation } from '../aggregate.js';
import type { CompiledQuestionnaire } from '../compile.js';
import { buildModel, SELF_REPORTED, UNKNOWN, type McModel, type McSubject } from './mc-model.js';
import { finish, meanCode, term, type MeanCode } from './mean-code.js';
import { stream } from './prng.js';
import { summarise, type McSubjectResult } from './mc-summary.js';

/** Defaults of `--draws` and `--seed`. */
export const DEFAULT_DRAWS = 1000;
export const DEFAULT_SEED = 1;

/** The factors varied, in the order of their sensitivity indices. */
export const FACTORS = ['unknowns', 'weights', 'aggregation', 'selfReported'] as const;
export type Factor = (typeof FACTORS)[number];

export const SENSITIVITY_ESTIMATOR = 'first-order index of the rank (Saltelli et al. 2010 estimator: radial A/B sample matrices, S_i = mean(f(B)·(f(A_B^i) − f(A))) / Var(f))';

export interface McOptions {
  draws?: number;
  seed?: number;
  /** Missing-data policy of the scores (impute-group draws unknowns from the group's answers). */
  policy: UnknownPolicy;
  /** Overrides of the questionnaire's uncertainty settings. */
  weightRange?: number;
  selfReported?: number;
  aggregations?: Aggregation[];
}

/** The run's settings, as recorded beside its results. */
export interface McSettings {
  draws: number;
  seed: number;
  policy: UnknownPolicy;
  weightRange: number;
  selfReported: number;
  aggregations: string[];
  interval: number;
  estimator: string;
}

export interface McResult {
  settings: McSettings;
  subjects: McSubjectResult[];
}

// Sample combinations: A, B, then A with factor i taken from B (unknowns, weights, aggregation, self-reported).
const COMBOS = 6;

function drawWeights(rnd: () => number, nominal: Float64Array, out: Float64Array, range: number): void {
  // Common random numbers: one uniform per weight whatever the range, so wider ranges scale the same draws.
  for (let k = 0; k < nominal.length; k++) out[k] = nominal[k]! * (1 + range * (2 * rnd() - 1));
}

function overall(model: McModel, acc: Float64Array, tw: Float64Array, at: number, W: Float64Array, code: MeanCode): number {
  let sum = 0;
  let total = 0;
  for (let d = 0; d < model.domains; d++) {
    const t = tw[at + d]!;
    if (t <= 0) continue;
    const w = W[d]!;
    sum += w * term(finish(acc[at + d]!, t, model.domainMeans[d]!), code);
    total += w;
  }
  const v = total > 0 ? finish(sum, total, code) : 0;
  // Scores are published to 2 decimals: ranks compare what readers see.
  return Math.round(v * 100) / 100;
}

/**
 * Monte Carlo uncertainty and sensitivity analysis of one comparison group (OECD/JRC Handbook on
 * Constructing Composite Indicators, 2008, step 7; as in COINr): each draw varies (a) every unknown
 * answer, (b) every indicator and domain weight within ±weightRange, (c) the overall aggregation
 * among those the questionnaire allows, (d) every self-reported answer one level up or down with
 * probability selfReported; verified and documented answers stay fixed. Seeded: the same inputs
 * and seed give the same result. Per subject: score and rank median and 90 % interval, and each
 * factor's first-order sensitivity index of the rank.
 */
export function runMonteCarlo(compiled: CompiledQuestionnaire, subjects: readonly McSubject[], options: McOptions): McResult {
  const N = Math.max(1, Math.floor(options.draws ?? DEFAULT_DRAWS));
  const seed = options.seed ?? DEFAULT_SEED;
  const range = options.weightRange ?? compiled.uncertainty.weightRange;
  const move = options.selfReported ?? compiled.uncertainty.selfReported;
  const aggregations = options.aggregations ?? compiled.uncertainty.aggregations;
  const codes = aggregations.map(meanCode);
  const model = buildModel(compiled, subjects, options.policy);
  const { indicators: I, domains: D, subjects: S } = model;
  const anyFlag = (f: number) => model.flag.some((x) => x === f);
  const varies = [anyFlag(UNKNOWN), range > 0, codes.length > 1, move > 0 && anyFlag(SELF_REPORTED)];
  const rnd = [0, 1].map((matrix) => FACTORS.map((_, f) => stream(seed, f, matrix)));
  const w = [new Float64Array(I), new Float64Array(I)];
  const W = [new Float64Array(D), new Float64Array(D)];
  const unk = [new Float64Array(I), new Float64Array(I)];
  const pert = [new Float64Array(I), new Float64Array(I)];
  const acc = new Float64Array(5 * D);
  const tw = new Float64Array(5 * D);
  const scores = new Float64Array(COMBOS * S);
  const rankedIdx = subjects.flatMap((s, j) => (s.ranked ? [j] : []));
  const R = rankedIdx.length;
  const scoreDraws = new Float64Array(S * N);
  const rankDraws = new Float64Array(R * N);
  const sums = new Float64Array(R * (4 + FACTORS.length));
  const sorted = new Float64Array(R);
  const ranks = new Float64Array(COMBOS * R);
  for (let n = 0; n < N; n++) {
    const aggIdx = [0, 1].map((x) => {
      drawWeights(rnd[x]![1]!, model.weights, w[x]!, range);
      drawWeights(rnd[x]![1]!, model.domainWeights, W[x]!, range);
      return Math.min(codes.length - 1, Math.floor(rnd[x]![2]!() * codes.length));
    });
    const aggA = codes[aggIdx[0]!]!;
    const aggB = codes[aggIdx[1]!]!;
    for (let j = 0; j < S; j++) {
      for (let x = 0; x < 2; x++) {
        const ru = rnd[x]![0]!;
        const rp = rnd[x]![3]!;
        const u = unk[x]!;
        const p = pert[x]!;
        for (let m = 0; m < I; m++) {
          const k = j * I + m;
          const f = model.flag[k];
          if (f === UNKNOWN) u[m] = model.pool[model.poolStart[m]! + Math.floor(ru() * model.poolLength[m]!)]!;
          else if (f === SELF_REPORTED) {
            const r = rp();
            p[m] = r < move / 2 ? model.down[k]! : r < move ? model.up[k]! : model.base[k]!;
          }
        }
      }
      acc.fill(0);
      tw.fill(0);
      for (let m = 0; m < I; m++) {
        const k = j * I + m;
        const f = model.flag[k];
        const b = model.base[k]!;
        const xAA = f === UNKNOWN ? unk[0]![m]! : f === SELF_REPORTED ? pert[0]![m]! : b;
        const xBB = f === UNKNOWN ? unk[1]![m]! : f === SELF_REPORTED ? pert[1]![m]! : b;
        const xBA = f === UNKNOWN ? unk[1]![m]! : xAA;
        const xAB = f === SELF_REPORTED ? pert[1]![m]! : xAA;
        const d = model.domainOf[m]!;
        const code = model.domainMeans[d]!;
        const wa = w[0]![m]!;
        const wb = w[1]![m]!;
        const tAA = term(xAA, code);
        acc[d] = acc[d]! + wa * tAA;
        tw[d] = tw[d]! + wa;
        acc[D + d] = acc[D + d]! + wb * term(xBB, code);
        tw[D + d] = tw[D + d]! + wb;
        acc[2 * D + d] = acc[2 * D + d]! + wa * (xBA === xAA ? tAA : term(xBA, code));
        tw[2 * D + d] = tw[2 * D + d]! + wa;
        acc[3 * D + d] = acc[3 * D + d]! + wb * tAA;
        tw[3 * D + d] = tw[3 * D + d]! + wb;
        acc[4 * D + d] = acc[4 * D + d]! + wa * (xAB === xAA ? tAA : term(xAB, code));
        tw[4 * D + d] = tw[4 * D + d]! + wa;
      }
      const a = overall(model, acc, tw, 0, W[0]!, aggA);
      scores[j] = a;
      scores[S + j] = overall(model, acc, tw, D, W[1]!, aggB);
      scores[2 * S + j] = varies[0] ? overall(model, acc, tw, 2 * D, W[0]!, aggA) : a;
      scores[3 * S + j] = varies[1] ? overall(model, acc, tw, 3 * D, W[1]!, aggA) : a;
      scores[4 * S + j] = varies[2] ? overall(model, acc, tw, 0, W[0]!, aggB) : a;
      scores[5 * S + j] = varies[3] ? overall(model, acc, tw, 4 * D, W[0]!, aggA) : a;
      scoreDraws[j * N + n] = a;
    }
    if (R === 0) continue;
    for (let c = 0; c < COMBOS; c++) {
      for (let r = 0; r < R; r++) sorted[r] = scores[c * S + rankedIdx[r]!]!;
      sorted.sort();
      for (let r = 0; r < R; r++) ranks[c * R + r] = 1 + R - upperBound(sorted, scores[c * S + rankedIdx[r]!]!);
    }
    for (let r = 0; r < R; r++) {
      const fA = ranks[r]!;
      const fB = ranks[R + r]!;
      rankDraws[r * N + n] = fA;
      const o = r * (4 + FACTORS.length);
      sums[o] = sums[o]! + fA;
      sums[o + 1] = sums[o + 1]! + fA * fA;
      sums[o + 2] = sums[o + 2]! + fB;
      sums[o + 3] = sums[o + 3]! + fB * fB;
      for (let i = 0; i < FACTORS.length; i++) sums[o + 4 + i] = sums[o + 4 + i]! + fB * (ranks[(2 + i) * R + r]! - fA);
    }
  }
  const settings: McSettings = {
    draws: N,
    seed,
    policy: options.policy,
    weightRange: range,
    selfReported: move,
    aggregations: aggregations.map((agg) => describeAggregation(agg)),
    interval: 0.9,
    estimator: SENSITIVITY_ESTIMATOR,
  };
  return { settings, subjects: summarise(subjects, rankedIdx, scoreDraws, rankDraws, sums, N) };
}

/** How many of the ascending values are at most `x`. */
function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
