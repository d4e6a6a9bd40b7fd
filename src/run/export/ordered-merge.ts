/**
 * Puts results that come back in any order into input order: `add(seq, ...)` holds a result until
 * every earlier one was merged, so the outcome is the same bytes whatever the thread timing.
 */
export class OrderedMerge<T> {
  private readonly early = new Map<number, T>();
  private next = 0;

  constructor(private readonly merge: (value: T) => void) {}

  add(seq: number, value: T): void {
    this.early.set(seq, value);
    for (let ready = this.early.get(this.next); ready !== undefined; ready = this.early.get(this.next)) {
      this.early.delete(this.next);
      this.next += 1;
      this.merge(ready);
    }
  }
}
