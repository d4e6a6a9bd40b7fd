import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { Location } from '../errors/location.js';
import type { TextFile } from '../io/text-file.js';
import { YamlSyntaxError } from './yaml-syntax-error.js';

/** A path into parsed data: map keys and list indexes. */
export type DataPath = readonly (string | number)[];

/** Parsed YAML data that can say, for any path into it, where it was written. */
export interface YamlSource {
  file: string;
  data: unknown;
  /** The line and column of the value at `path` (of its key with `key: true`); the nearest existing ancestor if it is absent. */
  locate(path: DataPath, options?: { key?: boolean }): Location;
}

/**
 * Parses YAML text keeping every node's position (via the `yaml` package's ranges and a
 * LineCounter). A syntax error or a repeated key is a {@link YamlSyntaxError} at its line:column.
 */
export function parseYamlSource(file: TextFile): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const at = (offset: number): Location => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: file.path, line, column: col };
  };
  const first = doc.errors[0];
  if (first) {
    const duplicate = first.code === 'DUPLICATE_KEY';
    const key = duplicate ? (/^["']?([^"':\n]+)/.exec(file.text.slice(first.pos[0]))?.[1] ?? '').trim() : '';
    const message = duplicate ? `duplicate key '${key}': it appears twice in the same map` : `YAML syntax error: ${firstLine(first.message)}`;
    throw new YamlSyntaxError(message, at(first.pos[0]), duplicate);
  }
  const data: unknown = doc.toJS({ maxAliasCount: 1000 });
  const locate = (path: DataPath, options: { key?: boolean } = {}): Location => {
    let node: unknown = doc.contents;
    let keyNode: unknown;
    for (const segment of path) {
      const next = child(node, segment);
      if (!next) break;
      node = next.value;
      keyNode = next.key;
    }
    const target = options.key && keyNode ? keyNode : node;
    const range = (target as YamlNode | null)?.range;
    return range ? at(range[0]) : { file: file.path, line: 1, column: 1 };
  };
  return { file: file.path, data, locate };
}

function child(node: unknown, segment: string | number): { key?: unknown; value: unknown } | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (String(key) === String(segment)) return { key: pair.key, value: pair.value ?? pair.key };
    }
    return undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
