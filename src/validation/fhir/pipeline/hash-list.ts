/** A growable list of 53-bit hashes in a Float64Array: 8 bytes each, no per-item objects. */
export class HashList {
  private items = new Float64Array(1 << 14);
  private count = 0;

  get size(): number {
    return this.count;
  }

  push(values: readonly number[]): void {
    if (this.count + values.length > this.items.length) {
      // Grows by half, so a copy never holds more than 2.5 times the list.
      const grown = new Float64Array(Math.max(Math.ceil(this.items.length * 1.5), this.count + values.length));
      grown.set(this.items.subarray(0, this.count));
      this.items = grown;
    }
    this.items.set(values, this.count);
    this.count += values.length;
  }

  at(index: number): number {
    return this.items[index]!;
  }

  /** The hashes, sorted, for {@link sortedHas}. */
  sorted(): Float64Array {
    return this.items.subarray(0, this.count).sort();
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
