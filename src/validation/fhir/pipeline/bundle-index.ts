import { urlKey } from './reference-target.js';
import type { Entity } from './entities.js';

/** What references inside one Bundle resolve against: its fullUrls and its entries' `Type/id`. */
export interface BundleIndex {
  fullUrls: Set<string>;
  keys: Set<string>;
}

const EMPTY: BundleIndex = { fullUrls: new Set(), keys: new Set() };

/** Indexes the entries of a Bundle (the entities after the first); empty for a lone resource. */
export function indexBundle(entities: readonly Entity[]): BundleIndex {
  if (entities.length === 1) return EMPTY;
  const index: BundleIndex = { fullUrls: new Set(), keys: new Set() };
  for (let i = 1; i < entities.length; i++) {
    const e = entities[i]!;
    if (e.fullUrl !== undefined) {
      index.fullUrls.add(e.fullUrl);
      const key = urlKey(e.fullUrl);
      if (key) index.keys.add(key);
    }
    if (typeof e.node.id === 'string') index.keys.add(`${e.type}/${e.node.id}`);
  }
  return index;
}
