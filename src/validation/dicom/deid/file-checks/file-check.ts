import type { Finding } from '../../../finding.js';
import type { ParsedDicom } from '../../model.js';
import type { DeidContext } from '../deid-context.js';

/** One check of a whole file, given the leaks already found in its attributes. */
export interface FileCheck {
  check(ctx: DeidContext, parsed: ParsedDicom, leaks: readonly Finding[]): Finding[];
}

/** The first value of a top-level CS attribute, trimmed and upper-case ('' when absent). */
export function codeString(parsed: ParsedDicom, tag: string): string {
  return String(parsed.dataset.elements.get(tag)?.values?.[0] ?? '')
    .trim()
    .toUpperCase();
}
