// Checks one primitive value: JSON type, lexical form, length, fixed/pattern, range and code bindings
// (https://hl7.org/fhir/R4/datatypes.html#primitive).
import { checkCodeBinding } from './binding-check.js';
import type { ElementNode } from './compiled-element.js';
import type { EngineEnv } from './engine-env.js';
import { evaluateConstraints } from './constraint-check.js';
import { looksLikeActiveHtml, markdownHasHtml, narrativeProblem, unresolvedLinks } from './narrative-check.js';
import { jsonEquals } from './json-equality.js';
import { PRIMITIVE_FORMATS } from './primitive-formats.js';
import { report, type WalkState } from './walk-state.js';

const MAX_STRING = 1024 * 1024;

// Module cache: a memo on a compiled node (WeakMap: it dies with the node, which EngineEnv.structures owns).
const limits = new WeakMap<ElementNode, { min: unknown; max: unknown } | null>();

function rangeLimit(node: ElementNode, prefix: 'minValue' | 'maxValue'): unknown {
  for (const key of Object.keys(node.def))
    if (key.startsWith(prefix)) return (node.def as unknown as Record<string, unknown>)[key];
  return undefined;
}

function checkRange(state: WalkState, node: ElementNode, value: string | number, path: string): void {
  let limit = limits.get(node);
  if (limit === undefined) {
    const found = { min: rangeLimit(node, 'minValue'), max: rangeLimit(node, 'maxValue') };
    limit = found.min === undefined && found.max === undefined ? null : found;
    limits.set(node, limit);
  }
  if (limit === null) return;
  const { min, max } = limit;
  if (min !== undefined && typeof min === typeof value && (min as string | number) > value) {
    report(
      state,
      'fhir.value.range',
      path,
      'value is below the minimum allowed',
      { element: node.path, minValue: min as string | number },
      value,
    );
  }
  if (max !== undefined && typeof max === typeof value && (max as string | number) < value) {
    report(
      state,
      'fhir.value.range',
      path,
      'value is above the maximum allowed',
      { element: node.path, maxValue: max as string | number },
      value,
    );
  }
}

/** Validates a primitive value of `type` at `node`. */
export function checkPrimitive(
  env: EngineEnv,
  state: WalkState,
  node: ElementNode,
  type: string,
  value: unknown,
  path: string,
): void {
  // Resource.id is typed string in the R4 snapshots but has the lexical form of id.
  const effective = node.def.base?.path === 'Resource.id' ? 'id' : type;
  const format = PRIMITIVE_FORMATS[effective];
  if (!format) return;
  if (typeof value !== format.json) {
    report(
      state,
      'fhir.type',
      path,
      `must be a JSON ${format.json} (${effective}), found ${Array.isArray(value) ? 'array' : typeof value}`,
      { element: node.path, type: effective },
      value,
    );
    return;
  }
  if (value === '') {
    report(state, 'fhir.json.empty-string', path, 'empty string: leave the property out when it has no value', {
      element: node.path,
    });
    return;
  }
  if (!format.valid(value as string | number | boolean)) {
    report(state, 'fhir.format', path, `not a valid ${effective}`, { element: node.path, type: effective }, value);
  }
  if (typeof value === 'string') {
    if (type === 'xhtml') {
      const problem = narrativeProblem(value);
      if (problem === 'txt-1')
        report(
          state,
          'fhir.invariant.txt-1',
          path,
          'The narrative SHALL contain only the basic html formatting elements and attributes (txt-1): active content found',
          { key: 'txt-1' },
        );
      if (problem === 'txt-2')
        report(state, 'fhir.invariant.txt-2', path, 'The narrative SHALL have some non-whitespace content (txt-2)', {
          key: 'txt-2',
        });
      for (const target of unresolvedLinks(
        value,
        state.frame?.resource,
        state.bundle && { key: state.bundle, resources: () => state.bundle?.fullUrlOf.keys() ?? [] },
      ))
        report(
          state,
          'fhir.narrative.link',
          path,
          `hyperlink #${target} in the narrative resolves to nothing in the resource`,
          { target },
        );
    } else if (type === 'markdown' && markdownHasHtml(value)) {
      report(state, 'fhir.markdown.html', path, 'markdown embeds an HTML tag, which FHIR markdown does not allow', {
        element: node.path,
      });
    } else if (type === 'string' && looksLikeActiveHtml(value)) {
      report(
        state,
        'fhir.security.html',
        path,
        'text contains active HTML (script-like tags or event handlers), which is not allowed outside the narrative',
        { element: node.path },
      );
    }
    const limit = node.def.maxLength ?? (type === 'xhtml' || type === 'base64Binary' ? undefined : MAX_STRING);
    if (limit !== undefined && value.length > limit)
      report(state, 'fhir.length.max', path, `longer than the maximum length ${limit}`, {
        element: node.path,
        maxLength: limit,
        length: value.length,
      });
  }
  if (node.fixed && !jsonEquals(value, node.fixed.value))
    report(
      state,
      'fhir.fixed',
      path,
      `value differs from the fixed value ${JSON.stringify(node.fixed.value)}`,
      { element: node.path },
      value,
    );
  if (node.pattern && !jsonEquals(value, node.pattern.value))
    report(
      state,
      'fhir.pattern',
      path,
      `value differs from the required pattern ${JSON.stringify(node.pattern.value)}`,
      { element: node.path },
      value,
    );
  if (typeof value === 'number' || typeof value === 'string') checkRange(state, node, value, path);
  if (node.def.binding?.valueSet && (type === 'code' || type === 'string' || type === 'uri')) {
    checkCodeBinding(env, state, node, [{ code: String(value) }], path);
  }
  if (node.constraints.length > 0) evaluateConstraints(env, state, node.constraints, node.path, value, path);
}
