import type { ChildKey, ElementNode } from './compiled-element.js';
import { PRIMITIVE_FORMATS, SYSTEM_TYPES } from './primitive-formats.js';

// Module cache: a memo on compiled nodes (WeakMap: it dies with them, and EngineEnv.structures owns them).
const indexes = new WeakMap<readonly ElementNode[], Map<string, ChildKey>>();

/** A type code as the walk uses it: FHIRPath system types mapped to the FHIR primitive. */
export function typeName(code: string): string {
  return SYSTEM_TYPES[code] ?? code;
}

export function isPrimitive(type: string): boolean {
  return PRIMITIVE_FORMATS[type] !== undefined;
}

/** JSON key -> child element and type, for a list of sibling elements; built once per list. */
export function childIndex(children: readonly ElementNode[]): Map<string, ChildKey> {
  let index = indexes.get(children);
  if (index) return index;
  index = new Map();
  for (const node of children) {
    if (node.choice) {
      for (const t of node.types) {
        const type = typeName(t.code);
        index.set(node.name + type[0]?.toUpperCase() + type.slice(1), { node, type, primitive: isPrimitive(type) });
      }
    } else if (node.def.contentReference) {
      index.set(node.name, { node, type: 'BackboneElement', primitive: false });
    } else {
      const type = typeName(node.types[0]?.code ?? 'BackboneElement');
      index.set(node.name, { node, type, primitive: isPrimitive(type) });
    }
  }
  indexes.set(children, index);
  return index;
}
