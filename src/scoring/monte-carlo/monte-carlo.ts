import type { Aggregation, UnknownPolicy } from '../../questionnaire/model.js';
import { describeAggregation } from '../aggregate.js';
import type { CompiledQuestionnaire } from '../compile.js';
import { buildModel, SELF_REPORTED, UNKNOWN, type McModel, type McSubject } from './mc-model.js';
import { finish, meanCode, term, type MeanCode } from './mean-code.js';
import { stream, type Stream } from './prng.js';
import { MAX_SUBJECT_DRAWS, TooManyDrawsError } from './too-many-draws-error.js';
import { STRIDE, summarise, type McSubjectResult } from './mc-summary.js';

/** Defaults of `--draws` and `--seed`. */
export const DEFAULT_DRAWS = 1000;
export const DEFAULT_SEED = 1;

/** The factors varied, in the order of their sensitivity indices. */
export const FACTORS = ['unknowns', 'weights', 'aggregation', 'selfReported'] as const;
export type Factor = (typeof FACTORS)[number];

export const SENSITIVITY_ESTIMATOR =
  'first-order index of the rank (Saltelli et al. 2010 estimator with A, B and A_B^i sample matrices, f(B) centred: S_i = mean((f(B) − mean f)·(f(A_B^i) − f(A))) / Var(f))';

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

function drawWeights(rnd: Stream, nominal: Float64Array, out: Float64Array, range: number, buffer: Float64Array): void {
  // Common random numbers: one uniform per weight whatever the range, so wider ranges scale the same draws.
  rnd.fill(buffer, nominal.length);
  for (let k = 0; k < nominal.length; k++) out[k] = nominal[k]! * (1 + range * (2 * buffer[k]! - 1));
}

function overall(
  model: McModel,
  acc: Float64Array,
  tw: Float64Array,
  at: number,
  W: Float64Array,
  code: MeanCode,
): number {
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
 * factor's first-order sensitivity index of the rank. More than MAX_SUBJECT_DRAWS subjects × draws is a
 * {@link TooManyDrawsError}.
 */
export function runMonteCarlo(
  compiled: CompiledQuestionnaire,
  subjects: readonly McSubject[],
  options: McOptions,
): McResult {
  const N = Math.max(1, Math.floor(options.draws ?? DEFAULT_DRAWS));
  const seed = options.seed ?? DEFAULT_SEED;
  const range = options.weightRange ?? compiled.uncertainty.weightRange;
  const move = options.selfReported ?? compiled.uncertainty.selfReported;
  const aggregations = options.aggregations ?? compiled.uncertainty.aggregations;
  const codes = aggregations.map(meanCode);
  if (N * subjects.length > MAX_SUBJECT_DRAWS)
    throw new TooManyDrawsError(N, subjects.length, `${compiled.questionnaire.id} ${compiled.questionnaire.version}`);
  const model = buildModel(compiled, subjects, options.policy);
  const { indicators: I, domains: D, subjects: S } = model;
  const anyFlag = (f: number) => model.flag.some((x) => x === f);
  const varies = [anyFlag(UNKNOWN), range > 0, codes.length > 1, move > 0 && anyFlag(SELF_REPORTED)];
  const rnd = [0, 1].map((matrix) => FACTORS.map((_, f) => stream(seed, f, matrix)));
  const w = [new Float64Array(I), new Float64Array(I)];
  const W = [new Float64Array(D), new Float64Array(D)];
  const unk = [new Float64Array(I), new Float64Array(I)];
  const pert = [new Float64Array(I), new Float64Array(I)];
  const buffer = new Float64Array(Math.max(I, D, 1));
  const acc = new Float64Array(5 * D);
  const tw = new Float64Array(5 * D);
  const scores = new Float64Array(COMBOS * S);
  const rankedIdx = subjects.flatMap((s, j) => (s.ranked ? [j] : []));
  const R = rankedIdx.length;
  const scoreDraws = new Float64Array(S * N);
  const rankDraws = new Float64Array(R * N);
  const sums = new Float64Array(R * STRIDE);
  const sorted = new Float64Array(R);
  const ranks = new Float64Array(COMBOS * R);
  for (let n = 0; n < N; n++) {
    const aggIdx = [0, 1].map((x) => {
      drawWeights(rnd[x]![1]!, model.weights, w[x]!, range, buffer);
      drawWeights(rnd[x]![1]!, model.domainWeights, W[x]!, range, buffer);
      rnd[x]![2]!.fill(buffer, 1);
      return Math.min(codes.length - 1, Math.floor(buffer[0]! * codes.length));
    });
    const aggA = codes[aggIdx[0]!]!;
    const aggB = codes[aggIdx[1]!]!;
    for (let j = 0; j < S; j++) {
      drawAnswers(model, j, rnd[0]![0]!, rnd[0]![3]!, move, unk[0]!, pert[0]!, buffer);
      drawAnswers(model, j, rnd[1]![0]!, rnd[1]![3]!, move, unk[1]!, pert[1]!, buffer);
      sumDomains(model, j, unk[0]!, unk[1]!, pert[0]!, pert[1]!, w[0]!, w[1]!, acc, tw);
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
      const o = r * STRIDE;
      sums[o] = sums[o]! + fA;
      sums[o + 1] = sums[o + 1]! + fA * fA;
      sums[o + 2] = sums[o + 2]! + fB;
      sums[o + 3] = sums[o + 3]! + fB * fB;
      for (let i = 0; i < FACTORS.length; i++) {
        const diff = ranks[(2 + i) * R + r]! - fA;
        sums[o + 4 + i] = sums[o + 4 + i]! + fB * diff;
        sums[o + 8 + i] = sums[o + 8 + i]! + diff;
      }
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

/** One subject's draw of its unknown answers (from the pool) and of its self-reported answers (moved with probability `move`). */
function drawAnswers(
  model: McModel,
  j: number,
  ru: Stream,
  rp: Stream,
  move: number,
  u: Float64Array,
  p: Float64Array,
  buffer: Float64Array,
): void {
  const { pool, poolStart, poolLength, up, down, base, unknownAt, unknownStart, selfAt, selfStart } = model;
  const row = j * model.indicators;
  const u0 = unknownStart[j]!;
  const nu = unknownStart[j + 1]! - u0;
  ru.fill(buffer, nu);
  for (let i = 0; i < nu; i++) {
    const m = unknownAt[u0 + i]!;
    u[m] = pool[poolStart[m]! + Math.floor(buffer[i]! * poolLength[m]!)]!;
  }
  const s0 = selfStart[j]!;
  const ns = selfStart[j + 1]! - s0;
  rp.fill(buffer, ns);
  const half = move / 2;
  for (let i = 0; i < ns; i++) {
    const m = selfAt[s0 + i]!;
    const r = buffer[i]!;
    p[m] = r < half ? down[row + m]! : r < move ? up[row + m]! : base[row + m]!;
  }
}

/**
 * Σ w·term and Σ w per domain for the five indicator-level combinations of one subject's draw:
 * A, B, A with B's unknowns, A's scores with B's weights, A with B's self-reported moves.
 */
function sumDomains(
  model: McModel,
  j: number,
  uA: Float64Array,
  uB: Float64Array,
  pA: Float64Array,
  pB: Float64Array,
  wA: Float64Array,
  wB: Float64Array,
  acc: Float64Array,
  tw: Float64Array,
): void {
  const { flag, base, domainStart } = model;
  const D = model.domains;
  const row = j * model.indicators;
  for (let d = 0; d < D; d++) {
    const code = model.domainMeans[d]!;
    const plain = code.method === 0;
    let sAA = 0;
    let sBB = 0;
    let sBA = 0;
    let sWB = 0;
    let sAB = 0;
    let tA = 0;
    let tB = 0;
    const end = domainStart[d + 1]!;
    for (let m = domainStart[d]!; m < end; m++) {
      const f = flag[row + m];
      const b = base[row + m]!;
      const xAA = f === UNKNOWN ? uA[m]! : f === SELF_REPORTED ? pA[m]! : b;
      const xBB = f === UNKNOWN ? uB[m]! : f === SELF_REPORTED ? pB[m]! : b;
      const xBA = f === UNKNOWN ? uB[m]! : xAA;
      const xAB = f === SELF_REPORTED ? pB[m]! : xAA;
      const wa = wA[m]!;
      const wb = wB[m]!;
      const tAA = plain ? xAA : term(xAA, code);
      sAA += wa * tAA;
      sBB += wb * (plain ? xBB : term(xBB, code));
      sBA += wa * (xBA === xAA ? tAA : plain ? xBA : term(xBA, code));
      sWB += wb * tAA;
      sAB += wa * (xAB === xAA ? tAA : plain ? xAB : term(xAB, code));
      tA += wa;
      tB += wb;
    }
    acc[d] = sAA;
    acc[D + d] = sBB;
    acc[2 * D + d] = sBA;
    acc[3 * D + d] = sWB;
    acc[4 * D + d] = sAB;
    tw[d] = tA;
    tw[D + d] = tB;
    tw[2 * D + d] = tA;
    tw[3 * D + d] = tB;
    tw[4 * D + d] = tA;
  }
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
