/** Why shard summaries cannot be merged (another run, tool or FHIR version, a missing shard); the caller makes it a typed error. */
export class MergeRefusal extends Error {}

/**
 * The checked summaries in shard order (shard k at k - 1): refused when a shard is given twice or
 * one of the `count` shards is missing. Each summary's other checks come first, in the caller.
 */
export function inShardOrder<T extends { shard?: { index: number } | null }>(
  summaries: readonly T[],
  count: number,
): T[] {
  const byIndex = new Array<T | undefined>(count);
  for (const s of summaries) {
    const index = s.shard!.index;
    if (byIndex[index - 1]) throw new MergeRefusal(`shard ${index}/${count} is given twice`);
    byIndex[index - 1] = s;
  }
  const missing = byIndex.findIndex((s) => s === undefined);
  if (missing !== -1 || summaries.length !== count)
    throw new MergeRefusal(`shard ${missing + 1}/${count} is missing: all ${count} shards are needed`);
  return byIndex as T[];
}
