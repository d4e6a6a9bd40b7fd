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

  private set(index: number, value: number): void {
    this.chunks[Math.floor(index / CHUNK)]![index % CHUNK] = value;
  }

  /**
   * Sorts the hashes where they are (heapsort over the chunks: no second copy, so the export-wide
   * state never doubles at the end of a run), for {@link has}.
   */
  sortInPlace(): void {
    const n = this.count;
    if (n > 0 && this.chunks.length === 1) {
      this.chunks[0]!.subarray(0, n).sort();
      return;
    }
    const sift = (start: number, end: number): void => {
      let root = start;
      const value = this.at(root);
      for (;;) {
        let child = 2 * root + 1;
        if (child >= end) break;
        if (child + 1 < end && this.at(child + 1) > this.at(child)) child += 1;
        if (this.at(child) <= value) break;
        this.set(root, this.at(child));
        root = child;
      }
      this.set(root, value);
    };
    for (let i = Math.floor(n / 2) - 1; i >= 0; i--) sift(i, n);
    for (let end = n - 1; end > 0; end--) {
      const top = this.at(0);
      this.set(0, this.at(end));
      this.set(end, top);
      sift(0, end);
    }
  }

  /** Binary search; the list must have been sorted with {@link sortInPlace}. */
  has(value: number): boolean {
    let lo = 0;
    let hi = this.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.at(mid);
      if (v === value) return true;
      if (v < value) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** The hashes in one sorted array, for {@link sortedHas}; the list is emptied (its chunks freed). */
  sorted(): Float64Array {
    const all = new Float64Array(this.count);
    this.chunks.forEach((chunk, i) =>
      all.set(i === this.chunks.length - 1 ? chunk.subarray(0, this.count - i * CHUNK) : chunk, i * CHUNK),
    );
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
