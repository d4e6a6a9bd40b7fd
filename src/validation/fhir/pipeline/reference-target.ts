/** What a literal reference points at, as far as can be told without a server. */
export type ReferenceTarget =
  | { kind: 'contained'; id: string }
  /** `Type/id` (optionally with `/_history/v`): in the Bundle, or elsewhere in the export. */
  | { kind: 'relative'; key: string }
  /** `urn:uuid:` / `urn:oid:`: only a Bundle's fullUrl can resolve it. */
  | { kind: 'urn'; url: string }
  /** An absolute URL: resolved when a Bundle entry has it as fullUrl, otherwise outside the export. */
  | { kind: 'absolute'; url: string }
  /** Not a reference the checks understand (the engine reports malformed ones). */
  | { kind: 'other' };

const RELATIVE = /^([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[A-Za-z0-9\-.]{1,64})?$/;

/** Classifies a `Reference.reference` string (FHIR R4 2.3.0 "Resource references"). */
export function referenceTarget(reference: string): ReferenceTarget {
  if (reference.startsWith('#')) return { kind: 'contained', id: reference.slice(1) };
  if (reference.startsWith('urn:uuid:') || reference.startsWith('urn:oid:')) return { kind: 'urn', url: reference };
  const m = RELATIVE.exec(reference);
  if (m) return { kind: 'relative', key: `${m[1]}/${m[2]}` };
  if (/^https?:\/\//.test(reference)) return { kind: 'absolute', url: reference };
  return { kind: 'other' };
}

/** The `Type/id` key an absolute RESTful URL ends with (`http://x/fhir/Patient/1` → `Patient/1`), if any. */
export function urlKey(url: string): string | undefined {
  const m = /\/([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[A-Za-z0-9\-.]{1,64})?$/.exec(url);
  return m ? `${m[1]}/${m[2]}` : undefined;
}
