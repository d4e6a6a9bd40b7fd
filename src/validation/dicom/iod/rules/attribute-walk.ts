import type { DicomDataset } from '../../model.js';
import type { CheckContext } from '../dicom-rule.js';
import type { AttributeDef } from '../iod-tables.js';
import { iodOf, type ModuleState } from '../iod-of.js';
import { itemPrefix, tagPath } from '../tag-path.js';

/** The tag path of a visited attribute: `(5200,9230)[3]/(0020,9111)`. */
export function visitPath(v: AttributeVisit): string {
  return tagPath(v.prefix, v.def.tag);
}

/** One attribute definition met in one dataset or item while walking the module tables. */
export interface AttributeVisit {
  def: AttributeDef;
  module: ModuleState;
  item: DicomDataset;
  /** The tag path of the item the attribute is in: '' at the top level, `(5200,9230)[3]/` in an item. */
  prefix: string;
  /** Offset of the sequence element whose item this is (undefined at the top level). */
  itemOffset?: number;
  /** The items enclosing `item`, innermost first (empty at the top level). */
  ancestors: readonly DicomDataset[];
}

/**
 * Visits every attribute definition of the modules to check (mandatory ones, and the others when
 * present), recursing into the items of the sequences that are present.
 */
export function walkAttributes(ctx: CheckContext, visit: (v: AttributeVisit) => void): void {
  const iod = iodOf(ctx.parsed.dataset);
  if (!iod) return;
  for (const module of iod.modules) {
    // checked: required modules, and present ones unless their condition is known to be false
    if (module.required !== true && !(module.present && module.required !== false)) continue;
    walkLevel(module.def.attributes, module, ctx.parsed.dataset, '', undefined, [], visit);
  }
  // functional group macros: inside the shared and per-frame items that hold them (PS3.3 C.7.6.16)
  for (const group of iod.groups) {
    if (group.required === false && !group.present) continue;
    for (const { item, prefix, offset, context } of group.items) walkLevel(group.def.attributes, group, item, prefix, offset, context, visit);
  }
}

function walkLevel(
  defs: AttributeDef[],
  module: ModuleState,
  item: DicomDataset,
  prefix: string,
  itemOffset: number | undefined,
  ancestors: readonly DicomDataset[],
  visit: (v: AttributeVisit) => void,
): void {
  let inner: readonly DicomDataset[] | undefined;
  for (const def of defs) {
    visit({ def, module, item, prefix, itemOffset, ancestors });
    if (!def.items) continue;
    const items = item.elements.get(def.tag)?.items;
    if (!items) continue;
    const enclosing = (inner ??= [item, ...ancestors]);
    const path = tagPath(prefix, def.tag);
    const offset = item.elements.get(def.tag)?.offset;
    items.forEach((child, i) => walkLevel(def.items!, module, child, itemPrefix(path, i), offset, enclosing, visit));
  }
}
