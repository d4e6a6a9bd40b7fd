// Evaluates slice discriminators (https://hl7.org/fhir/R4/profiling.html#discriminator): the values an
// item has at a discriminator path, and what a slice requires there.
import type { ElementNode } from './compiled-element.js';
import type { EngineEnv } from './engine-env.js';
import { isObject } from './engine-env.js';
import type { WalkState } from './walk-state.js';

/** Splits a discriminator path into steps, keeping `extension('url')` whole. */
export function pathSteps(path: string): string[] {
  const steps: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of path) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === '.' && depth === 0) {
      steps.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur) steps.push(cur);
  return steps.filter((s) => s !== '$this');
}

function resolveReference(state: WalkState, value: unknown): unknown {
  if (!isObject(value) || typeof value.reference !== 'string') return undefined;
  const ref = value.reference;
  if (ref.startsWith('#')) return state.frame?.contained.get(ref.slice(1));
  return state.bundle?.byUrl.get(ref) ?? undefined;
}

/** The values an instance item has at a discriminator path (flattened). */
export function itemValues(state: WalkState, item: unknown, path: string): unknown[] {
  let current: unknown[] = [item];
  for (const step of pathSteps(path)) {
    const next: unknown[] = [];
    const ext = /^extension\('([^']*)'\)$/.exec(step);
    const ofType = /^ofType\((\w+)\)$/.exec(step);
    for (const v of current) {
      if (step === 'resolve()') {
        const r = resolveReference(state, v);
        if (r !== undefined) next.push(r);
      } else if (ofType) {
        if (isObject(v) && (v.resourceType === ofType[1] || v.resourceType === undefined)) next.push(v);
      } else if (!isObject(v)) continue;
      else if (ext) {
        for (const e of Array.isArray(v.extension) ? v.extension : [])
          if (isObject(e) && e.url === ext[1]) next.push(e);
      } else {
        let found = v[step];
        if (found === undefined) {
          const key = Object.keys(v).find((k) => k.startsWith(step) && /^[A-Z]/.test(k.slice(step.length)));
          if (key) found = v[key];
        }
        if (Array.isArray(found)) next.push(...found);
        else if (found !== undefined) next.push(found);
      }
    }
    current = next;
  }
  return current;
}

/** What a slice says at a discriminator path: the element there, or a part of a fixed/pattern value. */
export interface SliceTarget {
  node?: ElementNode;
  /** fixed/pattern value at the path (from the element or from an enclosing pattern). */
  value?: unknown;
  exact: boolean;
}

/** Finds what a slice defines at a discriminator path. */
export function sliceTarget(env: EngineEnv, slice: ElementNode, path: string): SliceTarget | undefined {
  let node: ElementNode = slice;
  const steps = pathSteps(path);
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as string;
    const own = node.fixed ?? node.pattern;
    if (own) {
      let v: unknown = own.value;
      for (const rest of steps.slice(i))
        v = isObject(v) ? v[rest] : Array.isArray(v) && isObject(v[0]) ? v[0][rest] : undefined;
      if (Array.isArray(v) && v.length === 1) v = v[0];
      return v === undefined ? undefined : { value: v, exact: node.fixed !== undefined };
    }
    if (step === 'resolve()' || /^ofType\(/.test(step)) continue;
    const ext = /^extension\('([^']*)'\)$/.exec(step);
    let next: ElementNode | undefined;
    if (ext) {
      const extNode = node.children.find((c) => c.name === 'extension');
      next = extNode?.slices.find(
        (s) =>
          s.types.some((t) => t.profile?.includes(ext[1] as string)) ||
          s.children.some((c) => c.name === 'url' && c.fixed?.value === ext[1]),
      );
    } else {
      next = node.children.find((c) => c.name === step);
      if (!next && step === 'url' && node.types[0]?.code === 'Extension') {
        const url = node.types[0]?.profile?.[0];
        return url ? { value: url.split('|')[0], exact: true } : undefined;
      }
    }
    if (!next) return undefined;
    node = next;
    // Through a sliced element without a value of its own (bp's `component.code.coding`), the value
    // is the one a required slice fixes (`coding:SBPCode.code` = 8480-6): items must carry it.
    if (i < steps.length - 1 && next.slices.length > 0 && !next.fixed && !next.pattern) {
      const rest = steps.slice(i + 1).join('.');
      for (const sub of next.slices) {
        const t = sub.min > 0 ? sliceTarget(env, sub, rest) : undefined;
        if (t?.value !== undefined) return t;
      }
    }
  }
  void env;
  return { node, value: node.fixed?.value ?? node.pattern?.value, exact: node.fixed !== undefined };
}
