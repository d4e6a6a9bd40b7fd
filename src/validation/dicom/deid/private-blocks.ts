import type { DicomDataset, DicomElement } from '../model.js';

/** The private elements of one dataset level that share a group and a private creator block. */
export interface PrivateBlock {
  /** Group, 4 hex digits. */
  group: string;
  /** Block byte (0x10-0xFF), 2 hex digits; `00` for the group's reserved elements. */
  block: string;
  /** The private creator's name, when its element is present. */
  creator?: string;
  elements: DicomElement[];
}

function isPrivate(tag: string): boolean {
  return (parseInt(tag.slice(3, 4), 16) & 1) === 1;
}

/**
 * Groups the private elements of a dataset level by block (PS3.5 7.8.1): the creator
 * (gggg,00bb) reserves elements (gggg,bb00-bbFF). Group lengths (gggg,0000) are skipped.
 */
export function privateBlocks(dataset: DicomDataset): PrivateBlock[] {
  const blocks = new Map<string, PrivateBlock>();
  for (const element of dataset.elements.values()) {
    const tag = element.tag;
    if (!isPrivate(tag) || tag.endsWith('0000')) continue;
    const group = tag.slice(0, 4);
    const low = tag.slice(4);
    const isCreator = low.startsWith('00');
    const block = isCreator ? low.slice(2) : low.slice(0, 2);
    const key = `${group}${block}`;
    let entry = blocks.get(key);
    if (!entry) blocks.set(key, (entry = { group, block, elements: [] }));
    entry.elements.push(element);
    if (isCreator && element.values?.[0] !== undefined) entry.creator = String(element.values[0]).trim();
  }
  return [...blocks.values()];
}
