const CHUNK = 1 << 16;

/**
 * A growable list of 53-bit hashes: 8 bytes each, in fixed-size Float64Array chunks, so that
 * growing never copies (no transient doubling of memory on a large export).
 */
export class HashList {
  private readonly chunks: Float64Array[] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  push(values: readonly number[]): void {
    for (const v of values) {
      const offset = this.count % CHUNK;
      if (offset === 0) this.chunks.push(new Float64Array(CHUNK));
      this.chunks[this.chunks.length - 1]![offset] = v;
      this.count += 1;
    }
  }

  at(index: number): number {
    return this.chunks[Math.floor(index / CHUNK)]![index % CHUNK]!;
  }

  /** The hashes in one sorted array, for {@link sortedHas}; the list is emptied (its chunks freed). */
  sorted(): Float64Array {
    const all = new Float64Array(this.count);
    this.chunks.forEach((chunk, i) => all.set(i === this.chunks.length - 1 ? chunk.subarray(0, this.count - i * CHUNK) : chunk, i * CHUNK));
    this.chunks.length = 0;
    this.count = 0;
    return all.sort();
  }
}

/** Binary search in a sorted Float64Array. */
export function sortedHas(sorted: Float64Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
