import type { CodeSystem, CodeSystemConcept, ValueSet, ValueSetInclude } from './conformance-resources.js';
import type { DefinitionStore } from './definition-store.js';

/** The codes of a value set as `system|code` keys, or why they cannot be known offline. */
export type Expansion =
  | { kind: 'codes'; keys: Set<string>; codes: Set<string>; systems: Set<string> }
  | { kind: 'not-expandable'; reason: string };

interface CodeIndex {
  all: Set<string>;
  children: Map<string, CodeSystemConcept[]>;
}

function indexConcepts(concepts: CodeSystemConcept[] | undefined, index: CodeIndex): void {
  for (const c of concepts ?? []) {
    index.all.add(c.code);
    if (c.concept) {
      index.children.set(c.code, c.concept);
      indexConcepts(c.concept, index);
    }
  }
}

/** Expands value sets and indexes code systems from the loaded definitions, caching each once. */
export class ValueSetExpander {
  private readonly expansions = new Map<string, Expansion>();
  private readonly codeIndexes = new Map<string, CodeIndex | null>();

  constructor(private readonly store: DefinitionStore) {}

  /** The codes of a complete code system, or undefined when it is unknown or not complete. */
  codeSystemCodes(system: string): CodeIndex | undefined {
    let index = this.codeIndexes.get(system);
    if (index === undefined) {
      const cs: CodeSystem | undefined = this.store.codeSystem(system);
      if (cs && cs.content === 'complete' && cs.concept) {
        index = { all: new Set(), children: new Map() };
        indexConcepts(cs.concept, index);
      } else index = null;
      this.codeIndexes.set(system, index);
    }
    return index ?? undefined;
  }

  expand(url: string): Expansion {
    let e = this.expansions.get(url);
    if (!e) {
      // A recursion guard: a value set that (indirectly) includes itself.
      this.expansions.set(url, { kind: 'not-expandable', reason: 'value set includes itself' });
      e = this.compute(url);
      this.expansions.set(url, e);
    }
    return e;
  }

  private compute(url: string): Expansion {
    const vs: ValueSet | undefined = this.store.valueSet(url);
    if (!vs) return { kind: 'not-expandable', reason: `value set ${url} is not loaded` };
    const keys = new Set<string>();
    if (vs.expansion?.contains) {
      for (const c of vs.expansion.contains) if (c.code !== undefined) keys.add(`${c.system ?? ''}|${c.code}`);
      return finish(keys);
    }
    if (!vs.compose) return { kind: 'not-expandable', reason: `value set ${url} has neither expansion nor compose` };
    for (const inc of vs.compose.include) {
      const part = this.include(inc);
      if (part.kind === 'not-expandable') return part;
      for (const k of part.keys) keys.add(k);
    }
    for (const exc of vs.compose.exclude ?? []) {
      const part = this.include(exc);
      if (part.kind === 'codes') for (const k of part.keys) keys.delete(k);
    }
    return finish(keys);
  }

  private include(inc: ValueSetInclude): Expansion {
    let keys: Set<string> | undefined;
    if (inc.system) {
      const system = inc.system;
      if (inc.concept) keys = new Set(inc.concept.map((c) => `${system}|${c.code}`));
      else {
        const index = this.codeSystemCodes(system);
        if (!index) return { kind: 'not-expandable', reason: `code system ${system} is not available offline` };
        let codes: Iterable<string> = index.all;
        for (const f of inc.filter ?? []) {
          const filtered = applyFilter(index, f);
          if (!filtered)
            return {
              kind: 'not-expandable',
              reason: `filter ${f.property} ${f.op} on ${system} is not supported offline`,
            };
          codes = [...codes].filter((c) => filtered.has(c));
        }
        keys = new Set([...codes].map((c) => `${system}|${c}`));
      }
    }
    for (const vsUrl of inc.valueSet ?? []) {
      const part = this.expand(vsUrl);
      if (part.kind === 'not-expandable') return part;
      keys = keys ? new Set([...keys].filter((k) => part.keys.has(k))) : new Set(part.keys);
    }
    return finish(keys ?? new Set());
  }
}

function descendants(index: CodeIndex, code: string, into: Set<string>): Set<string> {
  for (const c of index.children.get(code) ?? []) {
    into.add(c.code);
    descendants(index, c.code, into);
  }
  return into;
}

function applyFilter(index: CodeIndex, f: { property: string; op: string; value: string }): Set<string> | undefined {
  if (f.property !== 'concept' && f.property !== 'code') return undefined;
  if (f.op === 'is-a') return descendants(index, f.value, new Set([f.value]));
  if (f.op === 'descendent-of') return descendants(index, f.value, new Set());
  if (f.op === 'is-not-a') {
    const excluded = descendants(index, f.value, new Set([f.value]));
    return new Set([...index.all].filter((c) => !excluded.has(c)));
  }
  if (f.op === 'in') return new Set(f.value.split(','));
  if (f.op === '=') return new Set([f.value]);
  return undefined;
}

function finish(keys: Set<string>): Expansion {
  const codes = new Set<string>();
  const systems = new Set<string>();
  for (const k of keys) {
    const bar = k.indexOf('|');
    codes.add(k.slice(bar + 1));
    systems.add(k.slice(0, bar));
  }
  return { kind: 'codes', keys, codes, systems };
}
