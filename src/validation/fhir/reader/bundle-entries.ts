/** One entry of a Bundle: its index, fullUrl and resource (when it has one). */
export interface BundleEntry {
  index: number;
  fullUrl?: string;
  resource?: Record<string, unknown>;
  resourceType?: string;
  id?: string;
}

/** True for a parsed JSON value that is a FHIR Bundle (an object whose resourceType is Bundle). */
export function isBundle(value: unknown): value is Record<string, unknown> & { entry?: unknown } {
  return typeof value === 'object' && value !== null && (value as { resourceType?: unknown }).resourceType === 'Bundle';
}

/**
 * The entries of a Bundle with their index and fullUrl: what the pipeline attributes findings and
 * counts to, and what references inside the Bundle resolve against. Malformed entries (not objects)
 * are listed without a resource; the engine reports them.
 */
export function bundleEntries(bundle: Record<string, unknown>): BundleEntry[] {
  const entries = Array.isArray(bundle.entry) ? (bundle.entry as unknown[]) : [];
  const out: BundleEntry[] = [];
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index];
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      out.push({ index });
      continue;
    }
    const e = entry as { fullUrl?: unknown; resource?: unknown };
    const item: BundleEntry = { index };
    if (typeof e.fullUrl === 'string') item.fullUrl = e.fullUrl;
    if (e.resource !== null && typeof e.resource === 'object' && !Array.isArray(e.resource)) {
      const r = e.resource as Record<string, unknown>;
      item.resource = r;
      if (typeof r.resourceType === 'string') item.resourceType = r.resourceType;
      if (typeof r.id === 'string') item.id = r.id;
    }
    out.push(item);
  }
  return out;
}
