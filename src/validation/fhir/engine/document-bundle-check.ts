// Documents and messages are self-contained (https://hl7.org/fhir/R4/documents.html#content,
// messaging.html#content): checked as HL7's reference validator checks them. The references of the
// Composition (subject, author, encounter, custodian, attester.party, event.detail, sections' author,
// focus and entry) and of MessageHeader.focus resolve to an entry by the Bundle rules (bundle.html#references:
// an absolute reference is a fullUrl; a relative one is resolved against the fullUrl of the entry holding
// it); a relative reference whose Type/id is in the Bundle under another base is an error; and in a
// document every entry is reachable from the Composition by links, forward or backward (a warning in a message).
import type { EngineEnv } from './engine-env.js';
import { isObject } from './engine-env.js';
import { restfulUrl } from './bundle-invariants.js';
import { report, type WalkState } from './walk-state.js';

interface Entry {
  index: number;
  fullUrl?: string;
  /** fullUrl/_history/versionId, when the resource has a meta.versionId. */
  versioned?: string;
  resource: Record<string, unknown>;
  targets: Set<Entry>;
}

/** A scheme (`urn:`, `http:`...) makes a reference absolute. */
const ABSOLUTE = /^[A-Za-z][A-Za-z0-9+.-]*:/;

// Module cache: a memo on the EngineEnv (WeakMap: it dies with the env, whose definitions it reads).
const canonicalCache = new WeakMap<EngineEnv, Set<string>>();

/** Resource types with a canonical `url` (their RESTful URLs need not be in the Bundle). */
function canonicalTypes(env: EngineEnv): Set<string> {
  let types = canonicalCache.get(env);
  if (!types) {
    types = new Set(
      [...env.store.resourceTypes].filter((t) =>
        env.structures.baseType(t)?.root.children.some((c) => c.name === 'url'),
      ),
    );
    canonicalCache.set(env, types);
  }
  return types;
}

type Resolution = { entry: Entry } | { missing: 'absent' | 'other-base'; others: string[] };

/** The entries by fullUrl (and fullUrl/_history/version) and by Type/id, for linear-time resolution. */
interface EntryIndex {
  byUrl: Map<string, Entry>;
  byTypeId: Map<string, Entry[]>;
}

function indexEntries(entries: Entry[]): EntryIndex {
  const byUrl = new Map<string, Entry>();
  const byTypeId = new Map<string, Entry[]>();
  for (const e of entries) {
    if (e.fullUrl !== undefined && !byUrl.has(e.fullUrl)) byUrl.set(e.fullUrl, e);
    if (e.versioned !== undefined && !byUrl.has(e.versioned)) byUrl.set(e.versioned, e);
    if (typeof e.resource.id === 'string') {
      const key = `${String(e.resource.resourceType)}/${e.resource.id}`;
      const list = byTypeId.get(key);
      if (list) list.push(e);
      else byTypeId.set(key, [e]);
    }
  }
  return { byUrl, byTypeId };
}

/** Resolves `ref` (held by `from`) to an entry by the Bundle's rules, as the reference validator does for R4. */
function resolve(env: EngineEnv, entries: EntryIndex, from: Entry, ref: string): Resolution | undefined {
  const hash = ref.indexOf('#');
  const target = hash >= 0 ? ref.slice(0, hash) : ref;
  const restful = restfulUrl(env.store);
  if (ABSOLUTE.test(target)) {
    const found = entries.byUrl.get(target);
    if (found) return { entry: found };
    const type = restful.test(target) ? /([A-Za-z]+)\/[^/]+(\/_history\/[^/]+)?$/.exec(target)?.[1] : undefined;
    // A RESTful URL of a canonical resource (a profile, a value set) may live outside the document.
    if (type && canonicalTypes(env).has(type)) return undefined;
    return { missing: 'absent', others: [] };
  }
  const [type, id] = target.split('/');
  if (!type || !id || !env.store.resourceTypes.has(type)) return undefined;
  const base = from.fullUrl;
  const self = `${String(from.resource.resourceType)}/${String(from.resource.id)}`;
  if (base && restful.test(base) && base.endsWith(self)) {
    const absolute = base.slice(0, base.length - self.length) + target;
    const found = entries.byUrl.get(absolute);
    if (found) return { entry: found };
  }
  const others = entries.byTypeId.get(`${type}/${id}`) ?? [];
  return { missing: others.length > 0 ? 'other-base' : 'absent', others: others.map((e) => e.fullUrl ?? '<missing>') };
}

/** Every `reference` string of a resource (not inside a nested Bundle), with its path. */
function referencesOf(value: unknown, path: string, out: { ref: string; path: string }[]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => referencesOf(v, `${path}[${i}]`, out));
    return;
  }
  if (!isObject(value) || value.resourceType === 'Bundle') return;
  for (const [key, v] of Object.entries(value)) {
    if (key === 'reference' && typeof v === 'string' && !v.startsWith('#')) out.push({ ref: v, path });
    else if (typeof v === 'object' && v !== null) referencesOf(v, `${path}.${key}`, out);
  }
}

/** The references a document's Composition must resolve in the Bundle (BundleValidator's list). */
function compositionReferences(composition: Record<string, unknown>, path: string): { ref: string; path: string }[] {
  const out: { ref: string; path: string }[] = [];
  const take = (holder: Record<string, unknown>, name: string, at: string): void => {
    const v = holder[name];
    const list = Array.isArray(v) ? v : [v];
    list.forEach((r, i) => {
      if (isObject(r) && typeof r.reference === 'string' && !r.reference.startsWith('#'))
        out.push({ ref: r.reference, path: `${at}.${name}${Array.isArray(v) ? `[${i}]` : ''}` });
    });
  };
  for (const name of ['subject', 'author', 'encounter', 'custodian']) take(composition, name, path);
  const each = (name: string, at: string, fn: (o: Record<string, unknown>, p: string) => void): void => {
    const v = composition[name];
    if (Array.isArray(v)) v.forEach((o, i) => isObject(o) && fn(o, `${at}.${name}[${i}]`));
  };
  each('attester', path, (o, p) => take(o, 'party', p));
  each('event', path, (o, p) => take(o, 'detail', p));
  const sections = (holder: Record<string, unknown>, at: string): void => {
    const v = holder.section;
    if (!Array.isArray(v)) return;
    v.forEach((s, i) => {
      if (!isObject(s)) return;
      const p = `${at}.section[${i}]`;
      for (const name of ['author', 'focus', 'entry']) take(s, name, p);
      sections(s, p);
    });
  };
  sections(composition, path);
  return out;
}

function reportMissing(
  state: WalkState,
  missing: Exclude<Resolution, { entry: Entry }>,
  ref: string,
  at: string,
): void {
  if (missing.missing === 'absent')
    report(state, 'fhir.bundle.reference-not-found', at, "can't find the referenced resource in the Bundle", {}, ref);
  else
    report(
      state,
      'fhir.bundle.reference-not-found',
      at,
      `can't find the referenced resource in the Bundle: an entry has the same type and id, but its fullUrl (${missing.others.sort().join(', ')}) does not match by the rules for relative references`,
      {},
      ref,
    );
}

/** Checks a document or message Bundle's references and links (other Bundle types: nothing). */
export function checkDocumentBundle(
  env: EngineEnv,
  state: WalkState,
  bundle: Record<string, unknown>,
  path: string,
): void {
  const kind = bundle.type;
  if ((kind !== 'document' && kind !== 'message') || !Array.isArray(bundle.entry)) return;
  const entries: Entry[] = [];
  bundle.entry.forEach((e, index) => {
    if (!isObject(e) || !isObject(e.resource)) return;
    const fullUrl = typeof e.fullUrl === 'string' ? e.fullUrl : undefined;
    const meta = e.resource.meta;
    const version = isObject(meta) && typeof meta.versionId === 'string' ? meta.versionId : undefined;
    const versioned = fullUrl && version ? `${fullUrl}/_history/${version}` : undefined;
    entries.push({ index, fullUrl, versioned, resource: e.resource, targets: new Set() });
  });
  const first = entries[0];
  if (!first || first.index !== 0) return;
  const head = kind === 'document' ? 'Composition' : 'MessageHeader';
  if (first.resource.resourceType !== head) return;
  const headPath = `${path}.entry[0].resource`;
  const index = indexEntries(entries);
  const required =
    kind === 'document'
      ? compositionReferences(first.resource, headPath)
      : (Array.isArray(first.resource.focus) ? first.resource.focus : []).flatMap((f, i) =>
          isObject(f) && typeof f.reference === 'string' && !f.reference.startsWith('#')
            ? [{ ref: f.reference, path: `${headPath}.focus[${i}]` }]
            : [],
        );
  const reported = new Set<string>();
  for (const { ref, path: at } of required) {
    const r = resolve(env, index, first, ref);
    if (r && !('entry' in r)) {
      reportMissing(state, r, ref, `${at}.reference`);
      reported.add(`${at}.reference`);
    }
  }
  // Links between entries: a relative reference that names an entry under another base is an error.
  for (const e of entries) {
    const refs: { ref: string; path: string }[] = [];
    referencesOf(e.resource, `${path}.entry[${e.index}].resource`, refs);
    for (const { ref, path: at } of refs) {
      const r = resolve(env, index, e, ref);
      if (r && 'entry' in r) {
        if (r.entry !== e) e.targets.add(r.entry);
      } else if (r?.missing === 'other-base' && !reported.has(`${at}.reference`))
        reportMissing(state, r, ref, `${at}.reference`);
    }
  }
  // Reachable from the first entry by links followed forward, or backward from an entry that links to a
  // reached one: the entries connected to the first one (a breadth-first walk, no recursion).
  const linkedFrom = new Map<Entry, Entry[]>();
  for (const e of entries)
    for (const t of e.targets) {
      const list = linkedFrom.get(t);
      if (list) list.push(e);
      else linkedFrom.set(t, [e]);
    }
  const reached = new Set<Entry>([first]);
  const queue: Entry[] = [first];
  for (let i = 0; i < queue.length; i++) {
    const e = queue[i] as Entry;
    for (const next of [...e.targets, ...(linkedFrom.get(e) ?? [])])
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
  }
  for (const e of entries)
    if (!reached.has(e))
      report(
        state,
        'fhir.bundle.orphan-entry',
        `${path}.entry[${e.index}]`,
        `the entry is not reachable by links (forward or backward) from the ${head}`,
        { bundleType: kind },
        undefined,
        kind === 'document' ? 'error' : 'warning',
      );
}
