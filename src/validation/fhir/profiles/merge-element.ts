import type { ElementDefinition } from '../definitions/conformance-resources.js';

const KEEP_FROM_BASE = new Set(['id', 'path', 'base']);

/** Applies a differential element to its snapshot element: its fields win, constraints add up. */
export function mergeElement(base: ElementDefinition, diff: ElementDefinition): ElementDefinition {
  const merged: ElementDefinition = { ...base };
  for (const [key, value] of Object.entries(diff)) {
    if (KEEP_FROM_BASE.has(key)) continue;
    if (key === 'constraint') {
      const own = (value as ElementDefinition['constraint']) ?? [];
      const keys = new Set(own.map((c) => c.key));
      merged.constraint = [...(base.constraint ?? []).filter((c) => !keys.has(c.key)), ...own];
    } else if (key === 'binding') {
      merged.binding = { ...base.binding, ...(value as object) } as ElementDefinition['binding'];
    } else (merged as unknown as Record<string, unknown>)[key] = value;
  }
  return merged;
}
