import { iodOf } from '../iod/iod-of.js';
import type { DicomDataset } from '../model.js';
import type { CacheKey, DicomStandard } from '../standard/dicom-standard.js';
import type { AttributeType, AttributeTypeLookup } from './deid-context.js';

const RANK: Record<string, number> = { '1': 0, '1C': 1, '2': 2, '2C': 3, '3': 4 };

/**
 * The Type of each top-level attribute in the dataset's IOD (the strictest over the modules that
 * apply: mandatory, required by their condition, or present), for PS3.15's compound actions.
 * Undefined when the IOD is not known or one of its modules has no table (then nothing can be
 * said of an attribute that is in none of them).
 */
export function iodAttributeTypes(standard: DicomStandard, dataset: DicomDataset): AttributeTypeLookup | undefined {
  const iod = iodOf(standard, dataset);
  if (!iod || iod.modules.length < iod.def.modules.length) return undefined;
  const applies = iod.modules.map((m) => m.required !== false || m.present);
  const key = `${iod.id}|${applies.map(Number).join('')}`;
  const cache = standard.cache(TYPES);
  let types = cache.get(key);
  if (!types) cache.set(key, (types = typesOf(iod.modules.filter((_, i) => applies[i]))));
  const known = types;
  return (tag) => (known.get(tag) as AttributeType | undefined) ?? 'none';
}

/** Each IOD with the same modules applying has the same types: computed once per run. */
const TYPES: CacheKey<Map<string, Map<string, string>>> = { create: () => new Map() };

function typesOf(
  modules: readonly { def: { attributes: readonly { tag: string; type: string }[] } }[],
): Map<string, string> {
  const types = new Map<string, string>();
  for (const m of modules) {
    for (const a of m.def.attributes) {
      const known = types.get(a.tag);
      if (known === undefined || (RANK[a.type] ?? 4) < (RANK[known] ?? 4)) types.set(a.tag, a.type);
    }
  }
  return types;
}
