import type { DicomDataset } from '../model.js';

/**
 * Private blocks the file itself declares safe in its Private Data Element Characteristics Sequence
 * (0008,0300), PS3.3 C.12.1.1.7: Block Identifying Information Status (0008,0303) SAFE makes the
 * whole block safe; MIXED makes safe the elements listed in Nonidentifying Private Elements (0008,0304).
 * Returns a predicate over (group, creator, element byte within the block).
 */
export function declaredSafePrivate(
  dataset: DicomDataset,
): (group: string, creator: string | undefined, elementByte: number) => boolean {
  const safe = new Map<string, true | Set<number>>();
  for (const item of dataset.elements.get('00080300')?.items ?? []) {
    const group = item.elements.get('00080301')?.values?.[0];
    const creator = item.elements.get('00080302')?.values?.[0];
    const status = String(item.elements.get('00080303')?.values?.[0] ?? '')
      .trim()
      .toUpperCase();
    if (typeof group !== 'number' || creator === undefined) continue;
    const key = `${group.toString(16).toUpperCase().padStart(4, '0')}|${String(creator).trim()}`;
    if (status === 'SAFE') safe.set(key, true);
    else if (status === 'MIXED') safe.set(key, new Set((item.elements.get('00080304')?.values ?? []).map(Number)));
  }
  return (group, creator, elementByte) => {
    const entry = safe.get(`${group}|${creator ?? ''}`);
    return entry === true || (entry instanceof Set && entry.has(elementByte));
  };
}
