import type { DicomDataset } from '../model.js';
import { isDeidOption, type DeidOption } from './deid-options.js';
import type { CompiledDeidProfile } from './profile.js';

/** What a file's De-identification Method Code Sequence (0012,0064) declares. */
export interface DeclaredMethod {
  /** The attribute-level options declared (always with `basic` when any code is present). */
  options: DeidOption[];
  /** Items (0-based) whose code is not a CID 7050 code. */
  unknownItems: number[];
  /** True when the sequence has at least one item. */
  present: boolean;
}

/** Reads the declared options from the code sequence (DCM codes of PS3.16 CID 7050). */
export function declaredMethod(dataset: DicomDataset, profile: CompiledDeidProfile): DeclaredMethod {
  const items = dataset.elements.get('00120064')?.items ?? [];
  const options = new Set<DeidOption>(['basic']);
  const unknownItems: number[] = [];
  items.forEach((item, i) => {
    const value = String(item.elements.get('00080100')?.values?.[0] ?? '').trim();
    const scheme = String(item.elements.get('00080102')?.values?.[0] ?? '').trim();
    const name = scheme === 'DCM' ? profile.optionByCode.get(value) : undefined;
    if (name === undefined) unknownItems.push(i);
    else if (isDeidOption(name)) options.add(name);
  });
  return { options: [...options].sort(), unknownItems, present: items.length > 0 };
}
