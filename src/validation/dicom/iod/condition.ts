import type { DicomDataset, DicomElement } from '../model.js';
import type { Condition, IodTables } from './iod-tables.js';

/**
 * Where a condition looks its attributes up: the item it is in, then the items enclosing it
 * (innermost first), then the top-level dataset.
 */
export interface ConditionScope {
  /** The standard's tables (for `iodRequires`). */
  tables: IodTables;
  item: DicomDataset;
  root: DicomDataset;
  ancestors?: readonly DicomDataset[];
  /** For an attribute of a functional group macro: the frame's item and the shared item, whose other macros conditions may read. */
  frames?: readonly DicomDataset[];
}

/** The tag in the items of the sequences of a dataset, one level down (a sibling functional group macro). */
function inChildItems(dataset: DicomDataset, tag: string): DicomElement | undefined {
  for (const element of dataset.elements.values()) {
    for (const item of element.items ?? []) {
      const found = item.elements.get(tag);
      if (found) return found;
    }
  }
  return undefined;
}

function find(scope: ConditionScope, tag: string): DicomElement | undefined {
  const own = scope.item.elements.get(tag);
  if (own) return own;
  for (const a of scope.ancestors ?? []) {
    const found = a.elements.get(tag);
    if (found) return found;
  }
  const top = scope.root.elements.get(tag);
  if (top) return top;
  // Frame Type (0008,9007) of "Value 1 of this frame" lives in a sibling macro of the frame's functional groups
  for (const f of scope.frames ?? []) {
    const found = inChildItems(f, tag);
    if (found) return found;
  }
  return undefined;
}

/** True when `tag` is in an item of `sequence` in `item`, at any depth of nested `sequence`s (an SR content tree). */
function inTree(item: DicomDataset, sequence: string, tag: string, depth = 0): boolean {
  // the parser bounds nesting; this bound keeps a hostile tree from costing more than that
  if (depth > 64) return false;
  for (const child of item.elements.get(sequence)?.items ?? [])
    if (child.elements.has(tag) || inTree(child, sequence, tag, depth + 1)) return true;
  return false;
}

/** Modules that make an IOD multi-frame (PS3.3 C.7.6.6, C.7.6.16). */
const MULTI_FRAME_MODULES = new Set(['multi-frame', 'multi-frame-functional-groups']);

/** Whether a SOP Class UID names a multi-frame IOD; undefined when its IOD is not in the tables. */
function isMultiFrameClass(tables: IodTables, uid: unknown): boolean | undefined {
  if (typeof uid !== 'string') return undefined;
  const iod = tables.iods[tables.sopClasses[uid.trim()] ?? ''];
  return iod === undefined ? undefined : iod.modules.some((m) => MULTI_FRAME_MODULES.has(m.module));
}

function texts(element: DicomElement | undefined, index: number | undefined): string[] | undefined {
  const values = element?.values;
  if (!values || values.length === 0) return undefined;
  const all = values.map((v) => String(v).trim());
  if (index === undefined) return all;
  const one = all[index];
  return one === undefined ? undefined : [one];
}

/**
 * Evaluates a structured condition. Returns undefined when it cannot be decided from the data
 * (a value it needs was not read, e.g. skipped bulk data).
 */
export function evaluateCondition(condition: Condition, scope: ConditionScope): boolean | undefined {
  if ('all' in condition) {
    const results = condition.all.map((c) => evaluateCondition(c, scope));
    if (results.includes(false)) return false;
    return results.includes(undefined) ? undefined : true;
  }
  if ('any' in condition) {
    const results = condition.any.map((c) => evaluateCondition(c, scope));
    if (results.includes(true)) return true;
    return results.includes(undefined) ? undefined : false;
  }
  if ('not' in condition) {
    const inner = evaluateCondition(condition.not, scope);
    return inner === undefined ? undefined : !inner;
  }
  if ('iodRequires' in condition) {
    const sop = scope.root.elements.get('00080016')?.values?.[0];
    const { tables } = scope;
    const iod = typeof sop === 'string' ? tables.iods[tables.sopClasses[sop.trim()] ?? ''] : undefined;
    return iod?.modules.some((m) => m.module === condition.iodRequires && m.usage === 'M') ?? false;
  }
  if ('sopClass' in condition) {
    const sop = scope.root.elements.get('00080016')?.values?.[0];
    return typeof sop === 'string' && condition.sopClass.includes(sop.trim());
  }
  if ('undecidable' in condition) return undefined;
  if ('within' in condition) return inTree(scope.item, condition.within, condition.tag);
  const element = find(scope, condition.tag);
  if ('multiFrameClass' in condition) return isMultiFrameClass(scope.tables, element?.values?.[0]);
  if ('present' in condition) return (element !== undefined) === condition.present;
  if (element && element.values === undefined && element.length > 0) return undefined;
  if ('gt' in condition) {
    const n = Number(element?.values?.[0]);
    return element !== undefined && Number.isFinite(n) && n > condition.gt;
  }
  const values = texts(element, condition.index);
  if ('in' in condition) return values !== undefined && values.some((v) => condition.in.includes(v));
  return values !== undefined && values.every((v) => !condition.notIn.includes(v));
}
