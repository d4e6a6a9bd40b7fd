import type { UnknownPolicy } from '../../questionnaire/model.js';
import type { CompiledQuestionnaire } from '../compile.js';
import { indicatorType } from '../../questionnaire/indicator-types/index.js';
import { meanCode, type MeanCode } from './mean-code.js';

/** One subject as the Monte Carlo sees it: indicator scores in questionnaire order, and which of them vary. */
export interface McSubject {
  key: string;
  /** Score per indicator (compiled order); null when not answered. */
  scores: readonly (number | null)[];
  /** Not answered (unknown, missing, imputed, expired and left out): drawn in every run. */
  unknown: readonly boolean[];
  /** Answered and self-reported: moved one level up or down with the stated probability. */
  selfReported: readonly boolean[];
  /** Whether rankings place the subject (see Scorecard.missingData.ranked). */
  ranked: boolean;
  /** The published overall score. */
  point: number | null;
}

/** Indicator flags in the numeric model. */
export const FIXED = 0;
export const UNKNOWN = 1;
export const SELF_REPORTED = 2;

/** A questionnaire and a group of subjects compiled once into typed arrays for the draws. */
export interface McModel {
  indicators: number;
  domains: number;
  subjects: number;
  domainOf: Int32Array;
  /** Indicators are in domain order: domain d holds indicators domainStart[d] .. domainStart[d + 1] - 1. */
  domainStart: Int32Array;
  weights: Float64Array;
  domainWeights: Float64Array;
  domainMeans: MeanCode[];
  /** Scores an unknown indicator is drawn from: flat values, offset and length per indicator. */
  pool: Float64Array;
  poolStart: Int32Array;
  poolLength: Int32Array;
  base: Float64Array;
  flag: Uint8Array;
  up: Float64Array;
  down: Float64Array;
  /** Per subject j, its unknown indicators: unknownAt[unknownStart[j] .. unknownStart[j + 1] - 1]; likewise its self-reported ones. */
  unknownAt: Int32Array;
  unknownStart: Int32Array;
  selfAt: Int32Array;
  selfStart: Int32Array;
}

function positions(flag: Uint8Array, S: number, I: number, which: number): { at: Int32Array; start: Int32Array } {
  const start = new Int32Array(S + 1);
  const list: number[] = [];
  for (let j = 0; j < S; j++) {
    start[j] = list.length;
    for (let m = 0; m < I; m++) if (flag[j * I + m] === which) list.push(m);
  }
  start[S] = list.length;
  return { at: Int32Array.from(list), start };
}

function neighbours(scale: readonly number[], value: number): { up: number; down: number } {
  let up = value;
  let down = value;
  for (const s of scale) {
    if (s < value - 1e-9) down = s;
    if (s > value + 1e-9) {
      up = s;
      break;
    }
  }
  return { up, down };
}

/**
 * Compiles a group for the draws. Unknown answers are drawn uniformly from the indicator's scale,
 * or, under `impute-group`, from the scores the group's subjects gave (the scale when none did).
 */
export function buildModel(
  compiled: CompiledQuestionnaire,
  subjects: readonly McSubject[],
  policy: UnknownPolicy,
): McModel {
  const I = compiled.indicators.length;
  const S = subjects.length;
  const scales = compiled.indicators.map((c) => indicatorType(c.indicator).scale(c.indicator));
  const pools = scales.map((scale, m) => {
    if (policy !== 'impute-group') return scale;
    const given = subjects.filter((s) => !s.unknown[m] && s.scores[m] !== null).map((s) => s.scores[m]!);
    return given.length ? given.sort((a, b) => a - b) : scale;
  });
  const poolStart = new Int32Array(I);
  const poolLength = new Int32Array(I);
  let total = 0;
  pools.forEach((p, m) => {
    poolStart[m] = total;
    poolLength[m] = p.length;
    total += p.length;
  });
  const pool = new Float64Array(total);
  pools.forEach((p, m) => pool.set(p, poolStart[m]));
  const base = new Float64Array(S * I);
  const flag = new Uint8Array(S * I);
  const up = new Float64Array(S * I);
  const down = new Float64Array(S * I);
  subjects.forEach((s, j) => {
    for (let m = 0; m < I; m++) {
      const k = j * I + m;
      const score = s.scores[m] ?? null;
      if (s.unknown[m] || score === null) {
        flag[k] = UNKNOWN;
        continue;
      }
      base[k] = score;
      if (s.selfReported[m]) {
        flag[k] = SELF_REPORTED;
        const n = neighbours(scales[m]!, score);
        up[k] = n.up;
        down[k] = n.down;
      }
    }
  });
  const unknowns = positions(flag, S, I, UNKNOWN);
  const selfs = positions(flag, S, I, SELF_REPORTED);
  return {
    unknownAt: unknowns.at,
    unknownStart: unknowns.start,
    selfAt: selfs.at,
    selfStart: selfs.start,
    indicators: I,
    domains: compiled.domains.length,
    subjects: S,
    domainOf: Int32Array.from(compiled.indicators, (c) => c.domainIndex),
    domainStart: Int32Array.from({ length: compiled.domains.length + 1 }, (_, d) =>
      d < compiled.domains.length ? (compiled.domains[d]!.members[0] ?? I) : I,
    ),
    weights: Float64Array.from(compiled.indicators, (c) => c.weight),
    domainWeights: Float64Array.from(compiled.domains, (d) => d.weight),
    domainMeans: compiled.domains.map((d) => meanCode(d.aggregation)),
    pool,
    poolStart,
    poolLength,
    base,
    flag,
    up,
    down,
  };
}
