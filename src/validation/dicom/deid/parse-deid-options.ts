import { DEID_OPTIONS, isDeidOption, type DeidOption } from './deid-options.js';
import { UnknownDeidOptionError } from './unknown-deid-option-error.js';

/**
 * Parses a `--deid` value (a comma list, e.g. `basic,retain-long-modified-dates`) into the sorted,
 * de-duplicated list of options; `basic` is always included. Unknown names throw
 * {@link UnknownDeidOptionError}.
 */
export function parseDeidOptions(list: string | undefined): DeidOption[] {
  const chosen = new Set<DeidOption>(['basic']);
  for (const raw of (list ?? '').split(',')) {
    const name = raw.trim().toLowerCase();
    if (name === '') continue;
    if (!isDeidOption(name)) throw new UnknownDeidOptionError(name);
    chosen.add(name);
  }
  return DEID_OPTIONS.filter((o) => chosen.has(o));
}
