import { createHash, type Hash } from 'node:crypto';
import type { DicomDataset } from '../model.js';

/** What tells two files of one SOP Instance UID apart: their content, and their bulk data as encoded. */
export interface ContentHashes {
  /** Every element's tag and decoded values, sequences item by item; bulk data by presence only. */
  content: string;
  /** Tag and encoded length of each bulk element (Pixel Data, large OB/OW): compared only within one transfer syntax. */
  bulk: string;
}

/** Group lengths (gggg,0000) depend on the encoding (explicit or implicit VR), not on the content. */
const isGroupLength = (tag: string): boolean => tag.endsWith('0000');

function feed(dataset: DicomDataset, content: Hash, bulk: Hash): void {
  for (const [tag, element] of dataset.elements) {
    if (isGroupLength(tag)) continue;
    if (element.items !== undefined) {
      content.update(`${tag}[${element.items.length}\n`);
      for (const item of element.items) {
        feed(item, content, bulk);
        content.update(']\n');
      }
    } else if (element.values !== undefined) {
      content.update(`${tag}=${element.values.join('\\')}\n`);
    } else {
      // bulk data not decoded: re-encoding (compression, byte order) changes its bytes, not the instance
      content.update(`${tag}#\n`);
      bulk.update(`${tag}:${element.length}\n`);
    }
  }
}

/**
 * Hashes of a file's dataset (never its File Meta Information) that are equal for the same
 * instance written in another transfer syntax: decoded values, not bytes. Two files sharing a
 * SOP Instance UID are the same instance when their `content` is equal and, in the same transfer
 * syntax, their `bulk` too (PS3.3 C.12.1.1.1: a UID names one instance; PS3.5 10: the transfer
 * syntax is how it is encoded, not what it is).
 */
export function contentHashes(dataset: DicomDataset): ContentHashes {
  const content = createHash('sha256');
  const bulk = createHash('sha256');
  feed(dataset, content, bulk);
  return { content: content.digest('hex').slice(0, 32), bulk: bulk.digest('hex').slice(0, 32) };
}
