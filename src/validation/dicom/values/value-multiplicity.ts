/** A value multiplicity as PS3.6 writes it: `1`, `1-3`, `1-n`, `2-2n`. */
export interface Multiplicity {
  min: number;
  /** Infinity for `n`. */
  max: number;
  /** The count must be a multiple of this (`2-2n`: 2). */
  step: number;
}

const cache = new Map<string, Multiplicity | undefined>();

/** Parses a VM; undefined for forms it does not know. */
export function parseMultiplicity(vm: string): Multiplicity | undefined {
  if (cache.has(vm)) return cache.get(vm);
  let result: Multiplicity | undefined;
  const m = /^(\d+)(?:-(\d*)(n)?)?$/.exec(vm.trim());
  if (m) {
    const min = Number(m[1]);
    if (m[2] === undefined && m[3] === undefined) result = { min, max: min, step: 1 };
    else if (m[3] !== undefined) result = { min, max: Infinity, step: m[2] === '' ? 1 : Number(m[2]) };
    else result = { min, max: Number(m[2]), step: 1 };
  }
  cache.set(vm, result);
  return result;
}

/** True when `count` values satisfy the multiplicity. */
export function fitsMultiplicity(count: number, vm: Multiplicity): boolean {
  return count >= vm.min && count <= vm.max && count % vm.step === 0;
}
