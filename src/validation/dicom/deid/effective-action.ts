import type { AttributeType } from './deid-context.js';
import type { DeidAction } from './profile.js';

/** The simple actions a check can test. */
export type SimpleAction = 'X' | 'Z' | 'D' | 'U' | 'K' | 'C';

const BY_TYPE: Record<string, Record<'1' | '2' | '3', SimpleAction>> = {
  'X/Z': { '1': 'Z', '2': 'Z', '3': 'X' },
  'X/D': { '1': 'D', '2': 'Z', '3': 'X' },
  'Z/D': { '1': 'D', '2': 'Z', '3': 'Z' },
  'X/Z/D': { '1': 'D', '2': 'Z', '3': 'X' },
  'X/Z/U*': { '1': 'U', '2': 'Z', '3': 'X' },
};

/** Without the attribute's Type, the most lenient reading: what the action allows at most. */
const LENIENT: Record<string, SimpleAction> = { 'X/Z': 'Z', 'X/D': 'D', 'Z/D': 'D', 'X/Z/D': 'D', 'X/Z/U*': 'U' };

/**
 * Turns a compound PS3.15 action ("X unless Z or D is required to keep the IOD conformant") into
 * the one that applies, given the attribute's Type in the file's IOD: Type 1 needs a (dummy) value,
 * Type 2 may be empty, Type 3 or absent from the IOD must go. When the Type is unknown (an IOD we
 * have no table for, or an attribute inside a sequence item) the lenient reading is taken, so a
 * dummy value is never reported as a leak.
 */
export function effectiveAction(action: DeidAction, type: AttributeType | undefined): SimpleAction {
  const table = BY_TYPE[action];
  if (!table) return action as SimpleAction;
  if (type === undefined) return LENIENT[action] ?? 'D';
  const key = type === '1' || type === '1C' ? '1' : type === '2' || type === '2C' ? '2' : '3';
  return table[key];
}
