import { CST, Lexer } from 'yaml';
import { YAML_LIMITS } from './yaml-limits.js';

/** Lexer markers that stand for no source text. */
const MARKERS = new Set(['\u0002', '\u0018', '\u001f']);
const NODE_TOKENS = new Set([
  'scalar',
  'single-quoted-scalar',
  'double-quoted-scalar',
  'alias',
  'flow-map-start',
  'flow-seq-start',
]);

/**
 * Counts the values of a YAML text with the `yaml` package's lexer (constant memory, one pass)
 * and returns the offset of the first value past {@link YAML_LIMITS.maxNodes}, if any: a file
 * of millions of list items is refused before anything is built from it.
 */
export function firstValuePastLimit(text: string, maxNodes: number = YAML_LIMITS.maxNodes): number | undefined {
  let offset = 0;
  let nodes = 0;
  for (const token of new Lexer().lex(text)) {
    if (MARKERS.has(token)) {
      if (token === '\u001f' && ++nodes > maxNodes) return offset;
      continue;
    }
    const type = CST.tokenType(token);
    if (type !== 'scalar' && type !== null && NODE_TOKENS.has(type) && ++nodes > maxNodes) return offset;
    offset += token.length;
  }
  return undefined;
}

/** The deepest place of a parsed CST: its nesting of maps and lists, and the offset where it is first reached past `maxDepth`. */
export function firstNodeTooDeep(
  documents: readonly CST.Token[],
  maxDepth: number = YAML_LIMITS.maxDepth,
): number | undefined {
  const stack: { token: CST.Token | undefined; depth: number }[] = documents.map((token) => ({ token, depth: 0 }));
  while (stack.length) {
    const { token, depth } = stack.pop()!;
    if (!token) continue;
    if (token.type === 'document') {
      stack.push({ token: token.value, depth });
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth + 1 > maxDepth) return token.offset;
      for (const item of token.items) {
        const pair = item as { key?: CST.Token | null; value?: CST.Token };
        if (pair.key) stack.push({ token: pair.key, depth: depth + 1 });
        stack.push({ token: pair.value, depth: depth + 1 });
      }
    }
  }
  return undefined;
}
