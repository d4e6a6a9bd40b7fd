import type { ShardReferenceKeys } from '../pipeline/export-references.js';
import type { FhirShardInfo } from './fhir-summary.js';

/**
 * Keys a shard's summary carries for the merge, at most this many of each kind (resources,
 * unresolved references): 8 MiB each, about 11 MB of base64. Past it the summary says so and the
 * merge does not resolve that shard's references across shards.
 */
export const MAX_SHARD_REFERENCE_KEYS = 1 << 20;

/** 53-bit hashes as little-endian float64, in base64: 11 characters a key, exact. */
export function encodeKeys(keys: readonly number[]): string {
  const view = new DataView(new ArrayBuffer(keys.length * 8));
  keys.forEach((k, i) => view.setFloat64(i * 8, k, true));
  return Buffer.from(view.buffer).toString('base64');
}

/** The keys of {@link encodeKeys}. */
export function decodeKeys(text: string): Float64Array {
  const bytes = Buffer.from(text, 'base64');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const keys = new Float64Array(Math.floor(bytes.byteLength / 8));
  for (let i = 0; i < keys.length; i++) keys[i] = view.getFloat64(i * 8, true);
  return keys;
}

/** The summary's form of a shard's keys, or why there are none. */
export function shardReferences(keys: ShardReferenceKeys | undefined): FhirShardInfo['references'] {
  if (!keys)
    return {
      omitted: `more than ${MAX_SHARD_REFERENCE_KEYS} resources or unresolved references in this shard (or the export-wide check was given up): not resolved across shards`,
    };
  return { defined: encodeKeys(keys.defined), unresolved: encodeKeys(keys.unresolved), examples: keys.examples };
}

/** Binary search in sorted keys. */
export function hasKey(sorted: Float64Array, key: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === key) return true;
    if (v < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
