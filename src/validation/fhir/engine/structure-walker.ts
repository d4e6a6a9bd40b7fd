// The one walk of a resource (top level, contained, or a Bundle entry) along its compiled definition:
// JSON form, cardinality, choices, types (https://hl7.org/fhir/R4/json.html, elementdefinition.html),
// delegating values to the checks; then the DomainResource and Bundle invariants and its own invariants.
import { childIndex, isPrimitive } from './child-index.js';
import type { ElementNode } from './compiled-element.js';
import { type EngineEnv, isObject, MAX_DEPTH } from './engine-env.js';
import { checkComplexValue } from './complex-value-checks.js';
import { checkPrimitive } from './primitive-check.js';
import { assignSlices } from './slicing.js';
import type { CompiledStructure } from './compiled-element.js';
import { evaluateConstraints } from './constraint-check.js';
import { checkBundle, indexBundle } from './bundle-invariants.js';
import { checkDocumentBundle } from './document-bundle-check.js';
import { checkDomainResource } from './domain-resource-invariants.js';
import { containedIndex } from './reference-check.js';
import { checkMeasureReport } from './measure-report-check.js';
import { checkQuestionnaireResponse } from './questionnaire-response-check.js';
import { checkSearchParameter } from './search-parameter-check.js';
import { checkStructureDefinition } from './structure-definition-check.js';
import { report, type WalkState } from './walk-state.js';
import { visitFacts } from './walk-facts.js';
import { extensionAllowedHere } from './extension-context.js';
import { shownValue } from '../../redact.js';
import { writtenAsDecimal } from '../reader/number-forms.js';

/** The children an object of `type` at `node` has: the node's own (profiled), a content reference, a type profile, or the type's. */
export function childrenOf(
  env: EngineEnv,
  node: ElementNode,
  type: string,
): { children: readonly ElementNode[]; typeRoot?: ElementNode } {
  const base = env.structures.baseType(type);
  if (node.children.length > 0) return { children: node.children, typeRoot: base?.root };
  const ref = node.def.contentReference;
  if (ref) {
    // A content reference names an element of the base definition, not of the profile constraining it.
    const owner = env.structures.byUrl(node.owner);
    const id = ref.slice(ref.indexOf('#') + 1);
    const target = (owner ? env.structures.baseType(owner.type)?.byId.get(id) : undefined) ?? owner?.byId.get(id);
    if (target) return { children: target.children };
  }
  const profile = node.types.find((t) => t.code === type)?.profile?.[0];
  const profiled = profile ? env.structures.byUrl(profile) : undefined;
  if (profiled) return { children: profiled.root.children, typeRoot: base?.root };
  return { children: base?.root.children ?? [], typeRoot: base?.root };
}

interface Group {
  node: ElementNode;
  key: string;
  type: string;
  primitive: boolean;
  values: unknown[];
  exts: unknown[];
}

/** Per list of sibling elements: those with a minimum, and those sliced (checked even when absent). */
interface SiblingMeta {
  required: ElementNode[];
  sliced: ElementNode[];
}

// Module cache: a memo on compiled nodes (WeakMap: it dies with them, and EngineEnv.structures owns them).
const siblingMeta = new WeakMap<readonly ElementNode[], SiblingMeta>();

function metaOf(children: readonly ElementNode[]): SiblingMeta {
  let meta = siblingMeta.get(children);
  if (!meta) {
    meta = {
      required: children.filter((c) => c.min > 0),
      sliced: children.filter((c) => c.slices.length > 0 && c.def.slicing !== undefined),
    };
    siblingMeta.set(children, meta);
  }
  return meta;
}

function choiceTypeMismatch(children: readonly ElementNode[], key: string): ElementNode | undefined {
  return children.find(
    (c) => c.choice && key.startsWith(c.name) && key.length > c.name.length && /^[A-Z]/.test(key.slice(c.name.length)),
  );
}

function push(state: WalkState, g: Group, list: unknown[], raw: unknown, key: string, path: string): void {
  if (g.node.isArray) {
    if (!Array.isArray(raw)) {
      report(state, 'fhir.json.array-expected', `${path}.${key}`, `'${key}' must be a JSON array`, {
        element: g.node.path,
      });
      list.push(raw);
    } else if (raw.length === 0)
      report(
        state,
        'fhir.json.empty-array',
        `${path}.${key}`,
        'array is empty: leave the property out when it has no values',
        { element: g.node.path },
      );
    else for (const item of raw) list.push(item);
  } else if (Array.isArray(raw)) {
    report(state, 'fhir.json.array-unexpected', `${path}.${key}`, `'${key}' must not be an array (it cannot repeat)`, {
      element: g.node.path,
    });
  } else list.push(raw);
}

/** Collects an object's properties by child element, reporting unknown ones and JSON-form errors. */
function collect(
  env: EngineEnv,
  state: WalkState,
  children: readonly ElementNode[],
  obj: Record<string, unknown>,
  path: string,
  isResource: boolean,
): Map<ElementNode, Group> {
  const index = childIndex(children);
  const groups = new Map<ElementNode, Group>();
  for (const key in obj) {
    if (isResource && key === 'resourceType') continue;
    const underscore = key.charCodeAt(0) === 95;
    const name = underscore ? key.slice(1) : key;
    const entry = index.get(name);
    if (!entry || (underscore && !entry.primitive)) {
      const choice = entry ? undefined : choiceTypeMismatch(children, name);
      // Names no definition holds come from the data: shown only with --show-values (they may hold an identifier).
      if (choice) {
        const suffix = name.slice(choice.name.length);
        const known =
          env.structures.baseType(suffix.charAt(0).toLowerCase() + suffix.slice(1)) ?? env.structures.baseType(suffix);
        const shown = known ? suffix : shownValue(suffix, state.showValues);
        report(
          state,
          'fhir.choice.type',
          `${path}.${choice.name}${shown}`,
          `type ${shown} is not allowed for ${choice.name}[x] here`,
          { element: choice.path },
        );
      } else {
        const shown = shownValue(key, state.showValues);
        report(
          state,
          'fhir.json.unknown-element',
          `${path}.${shown}`,
          `unknown element ${state.showValues ? `'${key}'` : shown}`,
          {},
        );
      }
      continue;
    }
    let g = groups.get(entry.node);
    if (g && g.key !== name) {
      report(state, 'fhir.choice.multiple', `${path}.${name}`, `more than one type given for ${entry.node.name}[x]`, {
        element: entry.node.path,
      });
      continue;
    }
    if (!g) {
      g = { node: entry.node, key: name, type: entry.type, primitive: entry.primitive, values: [], exts: [] };
      groups.set(entry.node, g);
    }
    push(state, g, underscore ? g.exts : g.values, obj[key], key, path);
    if (!underscore && INTEGERS.has(entry.type)) checkIntegerForm(state, entry.node, entry.type, obj, key, path);
  }
  return groups;
}

const INTEGERS = new Set(['integer', 'unsignedInt', 'positiveInt']);

/** An integer written with a fraction or exponent (1.0, 1e0) parses as a whole number but is not one lexically. */
function checkIntegerForm(
  state: WalkState,
  node: ElementNode,
  type: string,
  obj: Record<string, unknown>,
  key: string,
  path: string,
): void {
  const raw = obj[key];
  const at = Array.isArray(raw)
    ? raw.flatMap((v, i) => (writtenAsDecimal(raw, String(i)) ? [`${path}.${key}[${i}]`] : []))
    : writtenAsDecimal(obj, key)
      ? [`${path}.${key}`]
      : [];
  for (const where of at)
    report(
      state,
      'fhir.format',
      where,
      `not a valid ${type}: written with a fraction or exponent (an integer is digits only)`,
      { element: node.path, type },
    );
}

function countOf(g: Group): number {
  if (g.exts.length === 0) {
    let n = 0;
    for (const v of g.values) if (v !== null && v !== undefined) n++;
    return n;
  }
  if (g.node.isArray && g.values.length > 0 && g.exts.length !== g.values.length) return -1;
  let count = 0;
  const n = Math.max(g.values.length, g.exts.length);
  for (let i = 0; i < n; i++) if ((g.values[i] ?? null) !== null || (g.exts[i] ?? null) !== null) count++;
  return count;
}

/** Walks the properties of one JSON object against its child elements; checks cardinality and slicing. */
export function walkObject(
  env: EngineEnv,
  state: WalkState,
  children: readonly ElementNode[],
  obj: Record<string, unknown>,
  path: string,
  isResource: boolean,
): void {
  const groups = collect(env, state, children, obj, path, isResource);
  const meta = metaOf(children);
  for (const child of meta.required) {
    const g = groups.get(child);
    const count = g ? Math.abs(countOf(g)) : 0;
    if (count < child.min) {
      const where = child.choice ? `${child.name}[x]` : child.name;
      report(state, 'fhir.cardinality.min', `${path}.${where}`, `minimum cardinality is ${child.min}, found ${count}`, {
        element: child.path,
        min: child.min,
        found: count,
      });
    }
  }
  for (const child of meta.sliced)
    if (!groups.has(child)) assignSlices(env, state, child, [], [], path, (item, p) => conforms(env, state, item, p));
  for (const g of groups.values()) {
    const child = g.node;
    let count = countOf(g);
    if (count < 0) {
      // A shorter `_x` is read padded with null, as the reference validator reads it (a warning);
      // a longer one has extensions for values that do not exist (an error).
      const padded = g.exts.length < g.values.length;
      report(
        state,
        'fhir.json.primitive-extension',
        `${path}._${g.key}`,
        padded
          ? `'_${g.key}' has fewer items than '${g.key}': read as padded with null`
          : `'_${g.key}' must have as many items as '${g.key}'`,
        { element: child.path },
        undefined,
        padded ? 'warning' : undefined,
      );
      count = Math.max(g.values.length, g.exts.length);
    }
    if (count > child.max)
      report(state, 'fhir.cardinality.max', `${path}.${g.key}`, `maximum cardinality is ${child.max}, found ${count}`, {
        element: child.path,
        max: child.max,
        found: count,
      });
    const n = Math.max(g.values.length, g.exts.length);
    const paths: string[] = [];
    for (let i = 0; i < n; i++) paths.push(child.isArray ? `${path}.${g.key}[${i}]` : `${path}.${g.key}`);
    const nodes =
      child.slices.length > 0 && child.def.slicing
        ? assignSlices(env, state, child, g.values, paths, path, (item, p) => conforms(env, state, item, p))
        : undefined;
    const choiceSlice =
      child.choice && child.slices.length > 0 ? child.slices.find((s) => s.sliceName === g.key) : undefined;
    for (let i = 0; i < n; i++) {
      const node = nodes?.[i] ?? choiceSlice ?? child;
      walkValue(env, state, node, g.type, g.primitive, g.values[i], g.exts[i], paths[i] as string);
    }
  }
}

/** Walks one value (and its `_element` companion for primitives) of an element. */
export function walkValue(
  env: EngineEnv,
  state: WalkState,
  node: ElementNode,
  type: string,
  primitive: boolean,
  value: unknown,
  ext: unknown,
  path: string,
): void {
  if (primitive) {
    if ((value === null || value === undefined) && (ext === null || ext === undefined)) {
      report(
        state,
        'fhir.json.null',
        path,
        'null is only allowed as a place holder in arrays of primitives with extensions',
        { element: node.path },
      );
      return;
    }
    if (ext !== undefined && ext !== null) walkPrimitiveExtension(env, state, type, ext, path);
    if (value !== undefined && value !== null) checkPrimitive(env, state, node, type, value, path);
    return;
  }
  if (value === null || value === undefined) {
    report(state, 'fhir.json.null', path, 'null is not allowed here', { element: node.path });
    return;
  }
  if (type === 'Resource' || (!isPrimitive(type) && env.store.resourceTypes.has(type))) {
    const profile = state.profile ? node.types[0]?.profile?.[0] : undefined;
    const structure = profile ? env.structures.byUrl(profile) : undefined;
    if (profile && !structure)
      report(
        state,
        'fhir.profile.unresolved',
        path,
        `profile ${profile} required by ${state.profile ?? ''} is not loaded: the resource cannot be checked against it`,
        { profile },
      );
    walkResource(env, state, value, path, structure);
    return;
  }
  if (!isObject(value)) {
    report(state, 'fhir.type', path, `must be a JSON object (${type})`, { element: node.path, type });
    return;
  }
  if (state.depth >= MAX_DEPTH) {
    report(state, 'fhir.json.too-deep', path, `nested deeper than ${MAX_DEPTH} levels: not validated further`, {
      depth: MAX_DEPTH,
    });
    return;
  }
  state.depth++;
  const keys = Object.keys(value);
  if (keys.length === 0)
    report(state, 'fhir.json.empty-object', path, 'empty object: an element must have a value or children (ele-1)', {
      element: node.path,
    });
  else if (keys.length === 1 && keys[0] === 'id')
    report(state, 'fhir.invariant.ele-1', path, 'All FHIR elements must have a @value or children (ele-1)', {
      element: node.path,
      key: 'ele-1',
    });
  const { children, typeRoot } =
    type === 'Extension' ? extensionChildren(env, state, node, value, path) : childrenOf(env, node, type);
  walkObject(env, state, children, value, path, false);
  checkComplexValue(env, state, node, type, typeRoot, value, path);
  if (state.facts) visitFacts(state.facts, state, type, value, path);
  state.depth--;
}

function walkPrimitiveExtension(env: EngineEnv, state: WalkState, type: string, ext: unknown, path: string): void {
  if (!isObject(ext)) {
    report(
      state,
      'fhir.json.primitive-extension',
      path,
      `'_' companion of a primitive must be an object with id and/or extension`,
      { type },
    );
    return;
  }
  const element = env.structures.baseType('Element');
  if (Object.keys(ext).length === 0)
    report(state, 'fhir.json.empty-object', path, 'empty object: an element must have a value or children (ele-1)', {});
  if (element) walkObject(env, state, element.root.children, ext, path, false);
}

/** An extension's children come from its own definition (by url) when it is loaded. */
function extensionChildren(
  env: EngineEnv,
  state: WalkState,
  node: ElementNode,
  value: Record<string, unknown>,
  path: string,
): { children: readonly ElementNode[]; typeRoot?: ElementNode } {
  const url = value.url;
  const base = childrenOf(env, node, 'Extension');
  // Cross-version extensions (http://hl7.org/fhir/5.0/StructureDefinition/extension-...) are defined
  // by their URL alone; the reference validator understands them without a package.
  if (
    typeof url !== 'string' ||
    !url.includes(':') ||
    /^http:\/\/hl7\.org\/fhir\/[0-9.]+\/StructureDefinition\/extension-/.test(url)
  )
    return base;
  const def = env.structures.byUrl(url);
  if (def) {
    const modifier = def.root.def.isModifier === true;
    if (node.name === 'extension' && modifier)
      report(
        state,
        'fhir.extension.modifier',
        path,
        `extension ${url} is a modifier extension: it must be given as a modifierExtension`,
        { url },
      );
    if (node.name === 'modifierExtension' && !modifier)
      report(
        state,
        'fhir.extension.modifier',
        path,
        `extension ${url} is not a modifier extension: it must be given as an extension`,
        { url },
      );
    const sd = env.store.structureDefinition(url);
    if (sd && !extensionAllowedHere(env, node, sd))
      report(
        state,
        'fhir.extension.context',
        path,
        `extension ${url} is not allowed on this element (its context: ${(sd.context ?? []).map((c) => c.expression).join(', ')})`,
        { url },
      );
    return { children: def.root.children, typeRoot: base.typeRoot };
  }
  const profiled = node.types.some((t) => t.profile?.some((p) => p.split('|')[0] === url)) || node.children.length > 0;
  if (!profiled) {
    const modifier = node.name === 'modifierExtension';
    // As the reference validator: an extension that cannot be found is an error (add its package with
    // --ig), except in the domains it tolerates (extension-policy.ts); a modifier one always (its meaning is unknown).
    const severity = modifier || !env.toleratedExtension(url) ? 'error' : 'warning';
    // An unknown extension's URL is the data's (it may carry an identifier): shown only with --show-values.
    const shown = shownValue(url, state.showValues);
    report(
      state,
      'fhir.extension.unknown',
      path,
      `extension ${shown} is not defined by any loaded package${modifier ? ' (a modifier extension that cannot be understood)' : ''}: add the package defining it with --ig`,
      state.showValues ? { url } : {},
      undefined,
      severity,
    );
  }
  return base;
}

/** Walks a resource at `path` against `structure` (default: the base definition of its type). */
export function walkResource(
  env: EngineEnv,
  state: WalkState,
  value: unknown,
  path: string,
  structure?: CompiledStructure,
): void {
  if (!isObject(value)) {
    report(state, 'fhir.json.not-object', path, 'a resource must be a JSON object', {});
    return;
  }
  const type = value.resourceType;
  if (typeof type !== 'string' || !env.store.resourceTypes.has(type)) {
    // The name is the data's, not the schema's: shown only with --show-values.
    if (typeof type === 'string')
      report(state, 'fhir.json.resource-type', path, `unknown resourceType ${shownValue(type, state.showValues)}`, {});
    else report(state, 'fhir.json.resource-type', path, 'resourceType is missing: this is not a FHIR resource', {});
    return;
  }
  const def = structure && structure.type === type ? structure : env.structures.baseType(type);
  if (!def) return;
  if (state.depth >= MAX_DEPTH) {
    report(state, 'fhir.json.too-deep', path, `nested deeper than ${MAX_DEPTH} levels: not validated further`, {
      depth: MAX_DEPTH,
    });
    return;
  }
  const outerFrame = state.frame;
  const outerBundle = state.bundle;
  // A contained resource resolves #id against its container's contained resources, and relative
  // references against the fullUrl of the Bundle entry holding its container.
  const isContained = outerFrame !== undefined && [...outerFrame.contained.values()].includes(value);
  const fullUrl = state.bundle?.fullUrlOf.get(value) ?? (isContained ? outerFrame.fullUrl : undefined);
  const contained = isContained && value.contained === undefined ? outerFrame.contained : containedIndex(value);
  state.frame = { resource: value, type, contained, root: isContained ? outerFrame.root : value, fullUrl };
  if (type === 'Bundle') state.bundle = indexBundle(value);
  state.depth++;
  walkObject(env, state, def.root.children, value, path, true);
  if (type === 'Bundle') {
    checkBundle(env, state, value, path);
    checkDocumentBundle(env, state, value, path);
  }
  if (type === 'QuestionnaireResponse') checkQuestionnaireResponse(env, state, value, path);
  if (type === 'StructureDefinition') checkStructureDefinition(env, state, value, path);
  if (type === 'MeasureReport') checkMeasureReport(env, state, value, path);
  if (type === 'SearchParameter') checkSearchParameter(env, state, value, path);
  if (
    Array.isArray(value.contained) ||
    value.text !== undefined ||
    def.root.def.constraint?.some((c) => c.key === 'dom-6')
  ) {
    checkDomainResource(state, def, value, path, isContained);
  }
  if (def.root.constraints.length > 0) evaluateConstraints(env, state, def.root.constraints, type, value, path);
  state.depth--;
  state.frame = outerFrame;
  state.bundle = outerBundle;
}

/** True when `item` conforms to `profile` (walked silently): the slicing's profile discriminator. */
function conforms(env: EngineEnv, state: WalkState, item: unknown, profile: string): boolean {
  const structure = env.structures.byUrl(profile);
  if (!structure) return false;
  const probe: WalkState = { ...state, findings: [], silent: true, errorCount: 0, profile, facts: undefined };
  if (isObject(item) && typeof item.resourceType === 'string') walkResource(env, probe, item, '', structure);
  else walkValue(env, probe, structure.root, structure.type, false, item, undefined, '');
  return probe.errorCount === 0;
}
