/** What {@link walkResource} reports: codings, quantities and references; paths are built only when asked for. */
export interface WalkVisitor {
  /** An object with a string `system` and `code` (a Coding, or a Quantity's unit code). */
  code(system: string, code: string, path: () => string, isQuantity: boolean): void;
  /** A Quantity (an object with a numeric `value`), with its unit system and code when present. */
  quantity(system: string | undefined, code: string | undefined): void;
  /** A Reference with a string `reference`. */
  reference(reference: string, path: () => string): void;
}

/** Deeper than this, the walk stops (and says so) rather than risk the stack or the time. */
export const MAX_DEPTH = 128;

interface Frame {
  node: unknown;
  parent: Frame | undefined;
  /** The element name (array items keep their array's name). */
  key: string;
  /** Index in the array, or -1. */
  index: number;
  depth: number;
}

/** The FHIRPath-style path of a frame (`Observation.code.coding[0]`), built on demand. */
function pathOf(frame: Frame, root: string): string {
  const parts: string[] = [];
  for (let f: Frame | undefined = frame; f?.parent; f = f.parent) {
    parts.push(f.index >= 0 ? `.${f.key}[${f.index}]` : `.${f.key}`);
  }
  return root + parts.reverse().join('');
}

/**
 * Visits every element of a resource, iteratively (no recursion, so deep input cannot overflow the
 * stack), in document order. With `skipEntryResources` a Bundle's `entry[i].resource` subtrees are
 * left out (they are walked as resources of their own). Returns false when it stopped at {@link MAX_DEPTH}.
 */
export function walkResource(
  resource: Record<string, unknown>,
  root: string,
  visitor: WalkVisitor,
  skipEntryResources = false,
): boolean {
  const stack: Frame[] = [{ node: resource, parent: undefined, key: '', index: -1, depth: 0 }];
  let complete = true;
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.depth > MAX_DEPTH) {
      complete = false;
      continue;
    }
    const node = frame.node;
    if (Array.isArray(node)) {
      // An array's items take its place (same key), each with its index.
      for (let i = node.length - 1; i >= 0; i--) {
        const item = node[i];
        if (item !== null && typeof item === 'object')
          stack.push({ node: item, parent: frame.parent, key: frame.key, index: i, depth: frame.depth + 1 });
      }
      continue;
    }
    const obj = node as Record<string, unknown>;
    visitObject(obj, frame, root, visitor);
    const skipResource = skipEntryResources && frame.depth === 2 && frame.key === 'entry';
    const mark = stack.length;
    for (const k in obj) {
      const child = obj[k];
      if (child === null || typeof child !== 'object' || (skipResource && k === 'resource')) continue;
      stack.push({ node: child, parent: frame, key: k, index: -1, depth: frame.depth + 1 });
    }
    reverseFrom(stack, mark);
  }
  return complete;
}

function visitObject(obj: Record<string, unknown>, frame: Frame, root: string, visitor: WalkVisitor): void {
  const system = typeof obj.system === 'string' ? obj.system : undefined;
  const code = typeof obj.code === 'string' ? obj.code : undefined;
  const isQuantity =
    typeof obj.value === 'number' &&
    (frame.key.endsWith('Quantity') || 'unit' in obj || 'code' in obj || 'system' in obj || 'comparator' in obj);
  if (isQuantity) visitor.quantity(system, code);
  if (system !== undefined && code !== undefined) visitor.code(system, code, () => pathOf(frame, root), isQuantity);
  if (typeof obj.reference === 'string') visitor.reference(obj.reference, () => pathOf(frame, root));
}

// Children are pushed in reverse, so that they are visited in document order.
function reverseFrom(stack: Frame[], from: number): void {
  for (let i = from, j = stack.length - 1; i < j; i++, j--) {
    const t = stack[i]!;
    stack[i] = stack[j]!;
    stack[j] = t;
  }
}
