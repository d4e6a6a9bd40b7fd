import { ExitCode } from '../../../errors/exit-code.js';
import { ReadinessError } from '../../../errors/readiness-error.js';
import { DEID_OPTIONS } from './deid-options.js';

/** Edit distance, to suggest the option the user probably meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

/** A `--deid` name that is not a PS3.15 profile option (exit code 2, with a "did you mean"). */
export class UnknownDeidOptionError extends ReadinessError {
  constructor(name: string) {
    const closest = [...DEID_OPTIONS].sort((a, b) => distance(name, a) - distance(name, b))[0] ?? 'basic';
    super('deid.unknown-option', `unknown de-identification option "${name}"`, {
      hint: `did you mean "${closest}"? Known options: ${DEID_OPTIONS.join(', ')}`,
      exitCode: ExitCode.Usage,
    });
  }
}
