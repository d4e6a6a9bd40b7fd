import type { TextLimits } from './input-limits.js';

/** Why a text is refused before parsing: nested too deep, or too many values to hold in memory. */
export type ShapeBreach = { kind: 'depth'; offset: number } | { kind: 'values'; offset: number };

/** Texts shorter than this are parsed without a scan: they cannot hold enough values to matter. */
export const SHAPE_SCAN_MIN_CHARS = 64 * 1024;

/**
 * Scans JSON text (without parsing it) for its nesting depth and number of values, so a text that
 * would exhaust a worker's memory once parsed is refused at the place the limit is passed. Linear,
 * no recursion; strings are skipped whole. Returns undefined when the text is within the limits.
 */
export function checkJsonShape(text: string, limits: TextLimits): ShapeBreach | undefined {
  if (text.length < SHAPE_SCAN_MIN_CHARS) return undefined;
  let depth = 0;
  let values = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip the string: find its closing quote (one preceded by an even number of backslashes).
      let j = text.indexOf('"', i + 1);
      while (j !== -1) {
        let k = j - 1;
        while (text.charCodeAt(k) === 0x5c) k--;
        if ((j - k) % 2 === 1) break;
        j = text.indexOf('"', j + 1);
      }
      if (j === -1) return undefined; // unterminated: JSON.parse reports it
      i = j;
    } else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      values += 1;
      if (depth > limits.maxDepth) return { kind: 'depth', offset: i };
      if (values > limits.maxValues) return { kind: 'values', offset: i };
    } else if (c === 0x7d || c === 0x5d) depth -= 1;
    else if (c === 0x2c) {
      values += 1;
      if (values > limits.maxValues) return { kind: 'values', offset: i };
    }
  }
  return undefined;
}
