import type { DicomDataset } from '../../model.js';
import type { CacheKey } from '../../standard/dicom-standard.js';
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
  /** In a functional group macro: the frame's (or shared) item and the shared item (empty otherwise). */
  frames: readonly DicomDataset[];
}

/** Which definitions a walk visits: those a rule looks at (and the sequences leading to them). */
export type WalkFilter = (def: AttributeDef) => boolean;

/** A definition on a pruned walk: visited, or only walked through to reach its items. */
interface WalkNode {
  def: AttributeDef;
  visit: boolean;
  items?: WalkNode[];
}

type Pruned = WeakMap<WalkFilter, WeakMap<AttributeDef[], WalkNode[]>>;
const PRUNED: CacheKey<Pruned> = { create: () => new WeakMap() };

/** `defs` reduced to those `keep` accepts or whose items hold one it accepts; computed once per table. */
function prune(pruned: Pruned, defs: AttributeDef[], keep: WalkFilter): WalkNode[] {
  let byList = pruned.get(keep);
  if (!byList) pruned.set(keep, (byList = new WeakMap()));
  const known = byList.get(defs);
  if (known) return known;
  const out: WalkNode[] = [];
  for (const def of defs) {
    const items = def.items ? prune(pruned, def.items, keep) : [];
    const visit = keep(def);
    if (visit || items.length > 0) out.push(items.length > 0 ? { def, visit, items } : { def, visit });
  }
  byList.set(defs, out);
  return out;
}

/**
 * Visits the attribute definitions that `keep` accepts in the modules to check (mandatory ones, and
 * the others when present), recursing into the items of the sequences that are present.
 */
export function walkAttributes(ctx: CheckContext, keep: WalkFilter, visit: (v: AttributeVisit) => void): void {
  const iod = iodOf(ctx.standard, ctx.parsed.dataset);
  if (!iod) return;
  const pruned = ctx.standard.cache(PRUNED);
  for (const module of iod.modules) {
    // checked: required modules, present user-optional (U) ones, and present conditional ones unless
    // their condition is known to be false
    if (module.required !== true && !(module.present && (module.use.usage === 'U' || module.required !== false)))
      continue;
    walkLevel(prune(pruned, module.def.attributes, keep), module, ctx.parsed.dataset, '', undefined, [], [], visit);
  }
  // functional group macros: inside the shared and per-frame items that hold them (PS3.3 C.7.6.16)
  for (const group of iod.groups) {
    if (group.required === false && !group.present) continue;
    const defs = prune(pruned, group.def.attributes, keep);
    for (const { item, prefix, offset, context } of group.items)
      walkLevel(defs, group, item, prefix, offset, context, [item, ...context], visit);
  }
}

function walkLevel(
  nodes: WalkNode[],
  module: ModuleState,
  item: DicomDataset,
  prefix: string,
  itemOffset: number | undefined,
  ancestors: readonly DicomDataset[],
  frames: readonly DicomDataset[],
  visit: (v: AttributeVisit) => void,
): void {
  let inner: readonly DicomDataset[] | undefined;
  for (const { def, visit: visited, items: children } of nodes) {
    if (visited) visit({ def, module, item, prefix, itemOffset, ancestors, frames });
    if (!children) continue;
    const items = item.elements.get(def.tag)?.items;
    if (!items) continue;
    const enclosing = (inner ??= [item, ...ancestors]);
    const path = tagPath(prefix, def.tag);
    const offset = item.elements.get(def.tag)?.offset;
    items.forEach((child, i) =>
      walkLevel(children, module, child, itemPrefix(path, i), offset, enclosing, frames, visit),
    );
  }
}
