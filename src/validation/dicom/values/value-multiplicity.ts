/** A value multiplicity as PS3.6 writes it: `1`, `1-3`, `1-n`, `2-2n`. */
export interface Multiplicity {
  min: number;
  /** Infinity for `n`. */
  max: number;
  /** The count must be a multiple of this (`2-2n`: 2). */
  step: number;
}

/** Parses a VM (once per dictionary entry); undefined for forms it does not know. */
export function parseMultiplicity(vm: string): Multiplicity | undefined {
  const m = /^(\d+)(?:-(\d*)(n)?)?$/.exec(vm.trim());
  if (!m) return undefined;
  const min = Number(m[1]);
  if (m[2] === undefined && m[3] === undefined) return { min, max: min, step: 1 };
  if (m[3] !== undefined) return { min, max: Infinity, step: m[2] === '' ? 1 : Number(m[2]) };
  return { min, max: Number(m[2]), step: 1 };
}

/** True when `count` values satisfy the multiplicity. */
export function fitsMultiplicity(count: number, vm: Multiplicity): boolean {
  return count >= vm.min && count <= vm.max && count % vm.step === 0;
}
