/**
 * mulberry32: a small, fast, seeded PRNG (32-bit state), uniform on [0, 1). The same seed gives the
 * same sequence on every platform, so a Monte Carlo run is reproducible byte for byte.
 */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** mulberry32 as a stream that fills typed arrays: the same sequence as {@link prng}, without a call per number. */
export class Stream {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Writes the next `count` uniforms on [0, 1) into `out` from index 0. */
  fill(out: Float64Array, count: number): void {
    let a = this.state;
    for (let i = 0; i < count; i++) {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      out[i] = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }
    this.state = a;
  }
}

/** An independent stream for one factor of one sample matrix, derived from the run's seed. */
export function stream(seed: number, factor: number, matrix: number): Stream {
  // Mixing through the generator itself keeps streams of nearby seeds unrelated.
  const mix = prng(((seed >>> 0) ^ Math.imul(factor + 1, 0x9e3779b1) ^ Math.imul(matrix + 1, 0x85ebca77)) >>> 0);
  return new Stream(Math.floor(mix() * 4294967296));
}
