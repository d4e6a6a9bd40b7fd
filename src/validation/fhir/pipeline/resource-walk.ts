/** What {@link walkResource} reports: codings, quantities and references, each with its element path. */
export interface WalkVisitor {
  /** An object with a string `system` and `code` (a Coding, or a Quantity's unit code). */
  code(system: string, code: string, path: string, isQuantity: boolean): void;
  /** A Quantity (an object with a numeric `value`), with its unit system and code when present. */
  quantity(system: string | undefined, code: string | undefined, path: string): void;
  /** A Reference with a string `reference`. */
  reference(reference: string, path: string): void;
}

/** Deeper than this, the walk stops (and says so) rather than risk the stack or the time. */
export const MAX_DEPTH = 128;

interface Frame {
  node: unknown;
  path: string;
  key: string;
  depth: number;
}

/**
 * Visits every element of a resource, iteratively (no recursion, so deep input cannot overflow the
 * stack), with FHIRPath-style paths (`Observation.code.coding[0]`). `skip` names paths whose
 * subtree is not visited (a Bundle's entry resources, walked as resources of their own).
 * Returns false when it stopped at {@link MAX_DEPTH}.
 */
export function walkResource(resource: Record<string, unknown>, root: string, visitor: WalkVisitor, skip?: (key: string, parentPath: string) => boolean): boolean {
  const stack: Frame[] = [{ node: resource, path: root, key: '', depth: 0 }];
  let complete = true;
  while (stack.length > 0) {
    const { node, path, key, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) {
      complete = false;
      continue;
    }
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) {
        const item = node[i];
        if (item !== null && typeof item === 'object') stack.push({ node: item, path: `${path}[${i}]`, key, depth: depth + 1 });
      }
      continue;
    }
    const obj = node as Record<string, unknown>;
    visitObject(obj, path, key, visitor);
    // Pushed in reverse, so that elements are visited in document order.
    const mark = stack.length;
    for (const k in obj) {
      const child = obj[k];
      if (child === null || typeof child !== 'object') continue;
      if (skip?.(k, path)) continue;
      stack.push({ node: child, path: `${path}.${k}`, key: k, depth: depth + 1 });
    }
    reverseFrom(stack, mark);
  }
  return complete;
}

function visitObject(obj: Record<string, unknown>, path: string, key: string, visitor: WalkVisitor): void {
  const system = typeof obj.system === 'string' ? obj.system : undefined;
  const code = typeof obj.code === 'string' ? obj.code : undefined;
  const isQuantity = typeof obj.value === 'number' && (key.endsWith('Quantity') || 'unit' in obj || 'code' in obj || 'system' in obj || 'comparator' in obj);
  if (isQuantity) visitor.quantity(system, code, path);
  if (system !== undefined && code !== undefined) visitor.code(system, code, path, isQuantity);
  if (typeof obj.reference === 'string') visitor.reference(obj.reference, path);
}

function reverseFrom(stack: Frame[], from: number): void {
  for (let i = from, j = stack.length - 1; i < j; i++, j--) {
    const t = stack[i]!;
    stack[i] = stack[j]!;
    stack[j] = t;
  }
}
