// The Bundle invariants bdl-1..bdl-12 (https://hl7.org/fhir/R4/bundle.html#invs), checked directly
// (bdl-7 in linear time), the rules on entry fullUrls that HL7's reference validator applies
// (bundle.html#bundle-unique), and the index of entries that Bundle-internal references resolve against.
import type { DefinitionStore } from '../definitions/definition-store.js';
import type { EngineEnv } from './engine-env.js';
import { isObject } from './engine-env.js';
import { type BundleIndex, report, type WalkState } from './walk-state.js';

/** Indexes a Bundle's entries by fullUrl and by `Type/id`. */
export function indexBundle(bundle: Record<string, unknown>): BundleIndex {
  const byUrl = new Map<string, Record<string, unknown>>();
  const fullUrlOf = new Map<Record<string, unknown>, string>();
  const entries = Array.isArray(bundle.entry) ? bundle.entry : [];
  for (const e of entries) {
    if (!isObject(e) || !isObject(e.resource)) continue;
    const r = e.resource;
    if (typeof e.fullUrl === 'string') {
      byUrl.set(e.fullUrl, r);
      fullUrlOf.set(r, e.fullUrl);
    }
    if (typeof r.resourceType === 'string' && typeof r.id === 'string') {
      const key = `${r.resourceType}/${r.id}`;
      if (!byUrl.has(key)) byUrl.set(key, r);
    }
  }
  return { type: typeof bundle.type === 'string' ? bundle.type : '', byUrl, fullUrlOf };
}

// Module cache: a memo on the DefinitionStore (WeakMap: it dies with the store, whose resource types it reads).
const restfulCache = new WeakMap<DefinitionStore, RegExp>();

/**
 * A RESTful resource URL: `[http(s)://server/path/]Type/id[/_history/vid]` with a known resource type
 * (the reference validator's URI regex: path segments of letters, digits and `\\.:%$-_`).
 */
export function restfulUrl(store: DefinitionStore): RegExp {
  let re = restfulCache.get(store);
  if (!re) {
    const types = [...store.resourceTypes].sort().join('|');
    re = new RegExp(
      `^((http|https)://([A-Za-z0-9\\\\.:%$\\-_]*/)*?)?(${types})/[A-Za-z0-9\\-.]{1,64}(/_history/[A-Za-z0-9\\-.]{1,64})?$`,
    );
    restfulCache.set(store, re);
  }
  return re;
}

/** Types whose entries may omit fullUrl (a POST creates the identity): bundle.html#transaction. */
const FULL_URL_OPTIONAL = new Set(['transaction', 'transaction-response', 'batch', 'batch-response']);

/** The reference validator's rules on one entry's fullUrl: present, and naming the resource it holds. */
function checkFullUrl(env: EngineEnv, state: WalkState, type: unknown, e: Record<string, unknown>, at: string): void {
  const fullUrl = e.fullUrl;
  if (typeof fullUrl !== 'string') {
    if (fullUrl === undefined && !FULL_URL_OPTIONAL.has(typeof type === 'string' ? type : ''))
      report(
        state,
        'fhir.bundle.full-url-missing',
        at,
        'except in transactions and batches, each entry must have a fullUrl, the identity of its resource',
        {},
      );
    return;
  }
  const r = isObject(e.resource) ? e.resource : undefined;
  if (!r || typeof r.resourceType !== 'string') return;
  const id = typeof r.id === 'string' ? r.id : undefined;
  const restful = restfulUrl(env.store);
  if (fullUrl.includes(':') && restful.test(fullUrl) && !fullUrl.endsWith(`/${r.resourceType}/${id ?? ''}`))
    report(
      state,
      'fhir.bundle.full-url-id',
      `${at}.fullUrl`,
      id === undefined
        ? 'the fullUrl looks like a RESTful server URL, but the resource has no id'
        : `the fullUrl looks like a RESTful server URL, so it must end with the resource's type and id (/${r.resourceType}/${id})`,
      { type: r.resourceType },
      fullUrl,
    );
  // A canonical resource whose url is its fullUrl: the url must be its RESTful address (v2/v3 code systems excepted).
  const url = r.url;
  if (
    url === fullUrl &&
    !(restful.test(url) && url.endsWith(`/${id ?? ''}`)) &&
    !/^http:\/\/hl7\.org\/fhir\/v[23]\//.test(url)
  )
    report(
      state,
      'fhir.bundle.full-url-id',
      `${at}.fullUrl`,
      "the resource's canonical url cannot be its fullUrl unless the url ends with the resource id",
      { type: r.resourceType },
      fullUrl,
    );
}

const fail = (state: WalkState, key: string, path: string, human: string): void =>
  report(state, `fhir.invariant.${key}`, path, `${human} (${key})`, { key });

/** Checks the bdl-* invariants of a Bundle (its entries' resources are walked by the structure walk). */
export function checkBundle(env: EngineEnv, state: WalkState, bundle: Record<string, unknown>, path: string): void {
  const type = bundle.type;
  const entries = Array.isArray(bundle.entry) ? bundle.entry : [];
  if (bundle.total !== undefined && type !== 'searchset' && type !== 'history')
    fail(state, 'bdl-1', path, 'total only when a search or history');
  const seen = new Map<string, Set<string>>();
  entries.forEach((e, i) => {
    if (!isObject(e)) return;
    const at = `${path}.entry[${i}]`;
    if (e.search !== undefined && type !== 'searchset') fail(state, 'bdl-2', at, 'entry.search only when a search');
    const needsRequest = type === 'batch' || type === 'transaction' || type === 'history';
    if (needsRequest ? e.request === undefined : e.request !== undefined)
      fail(state, 'bdl-3', at, 'entry.request mandatory for batch/transaction/history, otherwise prohibited');
    const needsResponse = type === 'batch-response' || type === 'transaction-response' || type === 'history';
    if (needsResponse ? e.response === undefined : e.response !== undefined)
      fail(
        state,
        'bdl-4',
        at,
        'entry.response mandatory for batch-response/transaction-response/history, otherwise prohibited',
      );
    if (e.resource === undefined && e.request === undefined && e.response === undefined)
      fail(state, 'bdl-5', at, "must be a resource unless there's a request or response");
    checkFullUrl(env, state, type, e, at);
    if (typeof e.fullUrl === 'string') {
      if (!e.fullUrl.includes(':'))
        report(
          state,
          'fhir.bundle.full-url',
          `${at}.fullUrl`,
          'fullUrl must be an absolute URL (or urn:uuid:/urn:oid:), not a relative reference',
          {},
        );
      if (e.fullUrl.includes('/_history/'))
        fail(state, 'bdl-8', `${at}.fullUrl`, 'fullUrl cannot be a version specific reference');
      const r = isObject(e.resource) ? e.resource : undefined;
      const version = r && isObject(r.meta) && typeof r.meta.versionId === 'string' ? r.meta.versionId : '';
      const versions = seen.get(e.fullUrl);
      if (versions && type !== 'history' && versions.has(version))
        fail(
          state,
          'bdl-7',
          at,
          'FullUrl must be unique in a bundle, or else entries with the same fullUrl must have different meta.versionId (except in history bundles)',
        );
      if (versions) versions.add(version);
      else seen.set(e.fullUrl, new Set([version]));
    }
  });
  if (type === 'document') {
    const id = isObject(bundle.identifier) ? bundle.identifier : undefined;
    if (!id || id.system === undefined || id.value === undefined)
      fail(state, 'bdl-9', path, 'A document must have an identifier with a system and a value');
    if (bundle.timestamp === undefined) fail(state, 'bdl-10', path, 'A document must have a date');
    const first = isObject(entries[0]) && isObject(entries[0].resource) ? entries[0].resource : undefined;
    if (!first || first.resourceType !== 'Composition')
      fail(state, 'bdl-11', path, 'A document must have a Composition as the first resource');
  }
  if (type === 'message') {
    const first = isObject(entries[0]) && isObject(entries[0].resource) ? entries[0].resource : undefined;
    if (!first || first.resourceType !== 'MessageHeader')
      fail(state, 'bdl-12', path, 'A message must have a MessageHeader as the first resource');
  }
}
