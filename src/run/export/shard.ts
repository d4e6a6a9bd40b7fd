import { ExitCode } from '../../errors/exit-code.js';
import { ReadinessError } from '../../errors/readiness-error.js';

/** `--shard K/N`: this run is share K (1-based) of N. */
export interface Shard {
  index: number;
  count: number;
  /**
   * Plain NDJSON files of at least this many bytes are cut into N line ranges, range K read by shard
   * K, rather than given whole to one shard (FHIR only; default {@link DEFAULT_SPLIT_BYTES}).
   */
  splitBytes?: number;
}

/** Default `--shard-split-mb`: NDJSON files from 64 MiB up are spread over the shards by line ranges. */
export const DEFAULT_SPLIT_BYTES = 64 * 2 ** 20;

/** One input of this shard: the whole file, or (`part`) its K-th line range of N. */
export interface ShardInput<T> {
  input: T;
  /** Its place in the walk's order (0-based), which the merge puts the files back in. */
  walkIndex: number;
  /** Set when the file is cut into line ranges: this shard reads range `part` of `parts`. */
  split?: { part: number; parts: number };
}

/** Largest N accepted: far more than any batch engine runs at once, small enough to catch a typo. */
export const MAX_SHARDS = 100_000;

/**
 * Parses `K/N` (1 <= K <= N <= {@link MAX_SHARDS}, decimal integers). Anything else (`5/4`, `0/0`,
 * `a/b`) is a usage error (exit 2) saying what a spec looks like.
 */
export function parseShard(spec: string): Shard {
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(spec.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  let why: string | undefined;
  if (!match) why = 'is not of the form K/N (two whole numbers, e.g. 3/8)';
  else if (count < 1 || count > MAX_SHARDS) why = `has N = ${count}: N counts the shards, 1 to ${MAX_SHARDS}`;
  else if (index < 1 || index > count) why = `has K = ${index}: K is this shard's number, 1 to N (${count})`;
  if (why !== undefined)
    throw new ReadinessError('usage.shard', `--shard ${JSON.stringify(spec)} ${why}`, {
      hint: 'give --shard K/N with 1 <= K <= N, e.g. --shard 1/4 ... --shard 4/4 (JOB_COMPLETION_INDEX + 1, SLURM_ARRAY_TASK_ID)',
      exitCode: ExitCode.Usage,
    });
  return { index, count };
}

/**
 * This shard's share of the inputs, in their order: the i-th input (0-based, in the walk's
 * deterministic order) belongs to shard (i mod N) + 1, so N runs together see each input once.
 */
export function shareOf<T>(inputs: readonly T[], shard: Shard | undefined): T[] {
  if (!shard) return [...inputs];
  return inputs.filter((_, i) => i % shard.count === shard.index - 1);
}

/**
 * This shard's share of FHIR inputs: as {@link shareOf}, except that each plain NDJSON file of at
 * least `shard.splitBytes` is read by every shard, each its own line range (see `lineRange`), so one
 * huge file is spread over all of them.
 */
export function splitShareOf<T extends { path: string; size: number }>(
  inputs: readonly T[],
  shard: Shard | undefined,
): ShardInput<T>[] {
  if (!shard) return inputs.map((input, walkIndex) => ({ input, walkIndex }));
  const splitBytes = shard.splitBytes ?? DEFAULT_SPLIT_BYTES;
  const out: ShardInput<T>[] = [];
  inputs.forEach((input, walkIndex) => {
    if (shard.count > 1 && input.size > 0 && input.size >= splitBytes && /\.(ndjson|jsonl)$/i.test(input.path))
      out.push({ input, walkIndex, split: { part: shard.index, parts: shard.count } });
    else if (walkIndex % shard.count === shard.index - 1) out.push({ input, walkIndex });
  });
  return out;
}
