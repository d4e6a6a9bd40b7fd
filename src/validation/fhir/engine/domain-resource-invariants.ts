// dom-2..dom-6 of DomainResource (https://hl7.org/fhir/R4/domainresource.html#invs), checked directly.
import type { CompiledStructure } from './compiled-element.js';
import { isObject } from './engine-env.js';
import { report, type WalkState } from './walk-state.js';

/** Every string at a `reference` key, and every string (canonical/uri) equal to `#...`, below a value. */
function referencesIn(value: unknown, into: Set<string>): Set<string> {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    // A string reached through an array: one of several canonicals or uris (`library`, `instantiatesCanonical`).
    if (typeof v === 'string') {
      if (v.startsWith('#')) into.add(v);
    } else if (Array.isArray(v)) for (const x of v) stack.push(x);
    else if (isObject(v)) {
      for (const [k, x] of Object.entries(v)) {
        if (typeof x === 'string' && (k === 'reference' || x.startsWith('#'))) into.add(x);
        else if (typeof x === 'object' && x !== null) stack.push(x);
      }
    }
  }
  return into;
}

/** Checks the DomainResource invariants of a resource; only those its definition declares. */
export function checkDomainResource(
  state: WalkState,
  def: CompiledStructure,
  resource: Record<string, unknown>,
  path: string,
  isContained = false,
): void {
  const declared = new Set((def.root.def.constraint ?? []).map((c) => c.key));
  const contained = Array.isArray(resource.contained) ? resource.contained.filter(isObject) : [];
  if (contained.length > 0) {
    const refs = declared.has('dom-3') ? referencesIn(resource, new Set()) : new Set<string>();
    contained.forEach((c, i) => {
      const at = `${path}.contained[${i}]`;
      if (declared.has('dom-2') && c.contained !== undefined)
        report(
          state,
          'fhir.invariant.dom-2',
          at,
          'If the resource is contained in another resource, it SHALL NOT contain nested Resources (dom-2)',
          { key: 'dom-2' },
        );
      const meta = isObject(c.meta) ? c.meta : undefined;
      if (declared.has('dom-4') && meta && (meta.versionId !== undefined || meta.lastUpdated !== undefined))
        report(
          state,
          'fhir.invariant.dom-4',
          at,
          'If a resource is contained in another resource, it SHALL NOT have a meta.versionId or a meta.lastUpdated (dom-4)',
          { key: 'dom-4' },
        );
      if (declared.has('dom-5') && meta && meta.security !== undefined)
        report(
          state,
          'fhir.invariant.dom-5',
          at,
          'If a resource is contained in another resource, it SHALL NOT have a security label (dom-5)',
          { key: 'dom-5' },
        );
      if (declared.has('dom-3')) {
        const referenced = typeof c.id === 'string' && refs.has(`#${c.id}`);
        const refersBack = referencesIn(c, new Set()).has('#');
        if (!referenced && !refersBack)
          report(
            state,
            'fhir.invariant.dom-3',
            at,
            'If the resource is contained in another resource, it SHALL be referred to from elsewhere in the resource or SHALL refer to the containing resource (dom-3)',
            { key: 'dom-3' },
          );
      }
    });
  }
  // A contained resource is described by its container's narrative.
  if (declared.has('dom-6') && !isContained) {
    const text = isObject(resource.text) ? resource.text : undefined;
    if (!text || text.div === undefined)
      report(
        state,
        'fhir.invariant.dom-6',
        path,
        'A resource should have narrative for robust management (dom-6)',
        { key: 'dom-6' },
        undefined,
        'warning',
      );
  }
}
