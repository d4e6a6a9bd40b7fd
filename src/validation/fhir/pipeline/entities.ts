import { bundleEntries, isBundle } from '../reader/bundle-entries.js';

/** A resource counted on its own: a top-level resource or the resource of a Bundle entry. */
export interface Entity {
  node: Record<string, unknown>;
  type: string;
  /** The FHIRPath root of its elements: `Patient`, or `Bundle.entry[3].resource`. */
  root: string;
  entry?: number;
  fullUrl?: string;
}

/** The resource itself, then (for a Bundle) every entry's resource, with index and fullUrl. */
export function entitiesOf(resource: Record<string, unknown>, type: string): Entity[] {
  const list: Entity[] = [{ node: resource, type, root: type }];
  if (!isBundle(resource)) return list;
  for (const e of bundleEntries(resource)) {
    if (!e.resource) continue;
    const entity: Entity = {
      node: e.resource,
      type: e.resourceType ?? '(no resourceType)',
      root: `Bundle.entry[${e.index}].resource`,
      entry: e.index,
    };
    if (e.fullUrl !== undefined) entity.fullUrl = e.fullUrl;
    list.push(entity);
  }
  return list;
}

const ENTRY_PATH = /^Bundle\.entry\[(\d+)\]/;

/** The entry index a finding's path lies in (`Bundle.entry[3].resource.code` → 3), if any. */
export function entryOfPath(path: string | undefined): number | undefined {
  if (path === undefined) return undefined;
  const m = ENTRY_PATH.exec(path);
  return m ? Number(m[1]) : undefined;
}
