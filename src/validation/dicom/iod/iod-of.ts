import type { DicomDataset } from '../model.js';
import { evaluateCondition } from './condition.js';
import { MEDIA_DIRECTORY, type CacheKey, type DicomStandard } from '../standard/dicom-standard.js';
import type { IodDef, IodTables, ModuleDef, ModuleUse } from './iod-tables.js';

/** A module of an IOD, compiled once per IOD. */
interface CompiledModule {
  use: ModuleUse;
  /** The module table, with the IOD's type overrides applied. */
  def: ModuleDef;
  /** Top-level tags of this module that no other module of the IOD has (its Type 1/2 ones if any): they tell it is present. */
  ownTags: string[];
  allTags: string[];
}

/** A module of the file's IOD, and whether its attributes are to be checked. */
export interface ModuleState {
  use: ModuleUse;
  def: ModuleDef;
  /** One of its top-level attributes is in the dataset (for optional modules: one it does not share). */
  present: boolean;
  /** Whether the IOD requires it here: true (M, or condition holds), false, or undefined (condition not machine-checkable). */
  required: boolean | undefined;
}

/** A functional group macro of the file's IOD and the items of the functional group sequences that hold it. */
export interface GroupState extends ModuleState {
  /**
   * Shared (5200,9229) and per-frame (5200,9230) items holding the macro's top-level attributes, with
   * their tag path prefixes and the items conditions may also look in (a frame's item: the shared item).
   */
  items: { item: DicomDataset; prefix: string; offset?: number; context: DicomDataset[] }[];
  /** Per-frame items lacking the macro when the shared item does not hold it either. */
  framesWithout: number;
}

export interface ResolvedIod {
  id: string;
  def: IodDef;
  modules: ModuleState[];
  groups: GroupState[];
}

const SHARED = '52009229';
const PER_FRAME = '52009230';

function groupsOf(tables: IodTables, def: IodDef, dataset: DicomDataset): GroupState[] {
  const shared = dataset.elements.get(SHARED);
  const perFrame = dataset.elements.get(PER_FRAME);
  const out: GroupState[] = [];
  for (const use of def.functionalGroups ?? []) {
    const macro = tables.macros[use.macro];
    if (!macro) continue;
    const tags = macro.attributes.map((a) => a.tag);
    const holds = (item: DicomDataset) => tags.some((t) => item.elements.has(t));
    const items: GroupState['items'] = [];
    const sharedItems = shared?.items ?? [];
    sharedItems.forEach(
      (item, i) =>
        holds(item) && items.push({ item, prefix: `(5200,9229)[${i}]/`, offset: shared?.offset, context: [] }),
    );
    const inShared = items.length > 0;
    let framesWithout = 0;
    perFrame?.items?.forEach((item, i) => {
      if (holds(item))
        items.push({ item, prefix: `(5200,9230)[${i}]/`, offset: perFrame.offset, context: sharedItems });
      else if (!inShared) framesWithout += 1;
    });
    const required =
      use.usage === 'M'
        ? true
        : use.usage === 'U'
          ? false
          : use.when
            ? evaluateCondition(use.when, { tables, item: dataset, root: dataset })
            : undefined;
    out.push({
      use: { module: use.macro, usage: use.usage, condition: use.condition },
      def: macro,
      present: items.length > 0,
      required,
      items,
      framesWithout: perFrame?.items ? framesWithout : 1,
    });
  }
  return out;
}

/** The modules of each IOD, compiled once per standard. */
const COMPILED: CacheKey<Map<string, CompiledModule[]>> = { create: () => new Map() };
/** The IOD of each dataset, resolved once (the rules and the de-identification checks all ask). */
const RESOLVED: CacheKey<WeakMap<DicomDataset, ResolvedIod | null>> = { create: () => new WeakMap() };

function compile(
  tables: IodTables,
  compiled: Map<string, CompiledModule[]>,
  id: string,
  iod: IodDef,
): CompiledModule[] {
  const known = compiled.get(id);
  if (known) return known;
  const uses = iod.modules.filter((u) => tables.modules[u.module]);
  const count = new Map<string, number>();
  for (const u of uses)
    for (const a of tables.modules[u.module]!.attributes) count.set(a.tag, (count.get(a.tag) ?? 0) + 1);
  const result = uses.map((use) => {
    const base = tables.modules[use.module]!;
    const attributes = base.attributes.map((a) => {
      const type = iod.overrides?.[`${use.module}/${a.tag}`];
      return type === undefined ? a : { ...a, type };
    });
    const allTags = attributes.map((a) => a.tag);
    // an optional module is present when one of its own Type 1/2 attributes is (dciodvfy's reading),
    // or, for a module of Type 3 attributes only, any of its own attributes
    const own = attributes.filter((a) => count.get(a.tag) === 1);
    const key = own.filter((a) => a.type === '1' || a.type === '2');
    return { use, def: { ...base, attributes }, allTags, ownTags: (key.length > 0 ? key : own).map((a) => a.tag) };
  });
  compiled.set(id, result);
  return result;
}

/**
 * A DICOMDIR's dataset has no SOP Class UID (its class is in the File Meta Information, PS3.10 8.1):
 * it is known by the File-set group (0004,xxxx), which only the Basic Directory IOD uses (PS3.3 F.3).
 */
function isDirectory(dataset: DicomDataset): boolean {
  return ['00041130', '00041200', '00041220'].some((tag) => dataset.elements.has(tag));
}

/** The IOD of a dataset from its SOP Class UID (a DICOMDIR: Basic Directory), with the state of each module; null when unknown. */
export function iodOf(standard: DicomStandard, dataset: DicomDataset): ResolvedIod | null {
  const cache = standard.cache(RESOLVED);
  const known = cache.get(dataset);
  if (known !== undefined) return known;
  const { tables } = standard;
  const sop = dataset.elements.get('00080016')?.values?.[0] ?? (isDirectory(dataset) ? MEDIA_DIRECTORY : undefined);
  const id = typeof sop === 'string' ? tables.sopClasses[sop.trim()] : undefined;
  const def = id === undefined ? undefined : tables.iods[id];
  let resolved: ResolvedIod | null = null;
  if (id !== undefined && def) {
    const modules = compile(tables, standard.cache(COMPILED), id, def).map(
      ({ use, def: m, ownTags, allTags }): ModuleState => {
        const has = (t: string) => dataset.elements.has(t);
        const present = use.usage === 'M' ? allTags.some(has) : ownTags.some(has);
        const required =
          use.usage === 'M'
            ? true
            : use.usage === 'U'
              ? false
              : use.when
                ? evaluateCondition(use.when, { tables, item: dataset, root: dataset })
                : undefined;
        return { use, def: m, present, required };
      },
    );
    resolved = { id, def, modules, groups: groupsOf(tables, def, dataset) };
  }
  cache.set(dataset, resolved);
  return resolved;
}
