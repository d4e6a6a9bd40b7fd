import {
  Composer,
  LineCounter,
  Parser,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  visit,
  type Document,
  type Node as YamlNode,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { Location } from '../errors/location.js';
import type { TextFile } from '../io/text-file.js';
import { plainData } from './plain-data.js';
import { firstNodeTooDeep, firstValuePastLimit } from './yaml-prescan.js';
import { YAML_LIMITS } from './yaml-limits.js';
import { YamlLimitError } from './yaml-limit-error.js';
import { YamlSyntaxError } from './yaml-syntax-error.js';

/** A path into parsed data: map keys and list indexes. */
export type DataPath = readonly (string | number)[];

/** Parsed YAML data that can say, for any path into it, where it was written. */
export interface YamlSource {
  file: string;
  /** The data; every map is an object without prototype (see {@link plainData}). */
  data: unknown;
  /** The line and column of the value at `path` (of its key with `key: true`); the nearest existing ancestor if it is absent. */
  locate(path: DataPath, options?: { key?: boolean }): Location;
}

/**
 * Parses YAML text keeping every node's position (via the `yaml` package's ranges and a
 * LineCounter). A syntax error or a repeated key is a {@link YamlSyntaxError} at its line:column;
 * a file past the reader's limits ({@link YAML_LIMITS}: values, nesting, alias expansion, an
 * alias inside what it names) is a {@link YamlLimitError} at its line:column. Never a stack trace.
 */
export function parseYamlSource(file: TextFile): YamlSource {
  const lineCounter = new LineCounter();
  const at = (offset: number): Location => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: file.path, line, column: col };
  };
  const tooMany = firstValuePastLimit(file.text);
  if (tooMany !== undefined) {
    throw new YamlLimitError(
      'nodes',
      `the file holds more than ${YAML_LIMITS.maxNodes.toLocaleString('en')} values, the limit of the YAML reader`,
      positionIn(file, tooMany),
      'an assessment or questionnaire needs far fewer: check that the file is the one meant, and split or shorten its lists',
    );
  }
  const cst = [...new Parser(lineCounter.addNewLine).parse(file.text)];
  const tooDeep = firstNodeTooDeep(cst);
  if (tooDeep !== undefined) {
    throw new YamlLimitError(
      'depth',
      `maps and lists are nested more than ${YAML_LIMITS.maxDepth} levels deep here, the limit of the YAML reader`,
      at(tooDeep),
      'flatten the structure: assessments and questionnaires need a dozen levels at most',
    );
  }
  const documents = [
    ...new Composer({ uniqueKeys: false, prettyErrors: false, strict: true }).compose(cst, true, file.text.length),
  ];
  const doc = documents[0];
  if (!doc) return { file: file.path, data: null, locate: () => ({ file: file.path, line: 1, column: 1 }) };
  const first = doc.errors[0];
  if (first) throw new YamlSyntaxError(`YAML syntax error: ${firstLine(first.message)}`, at(first.pos[0]));
  const second = documents[1];
  if (second)
    throw new YamlSyntaxError(
      'YAML syntax error: the file holds more than one YAML document (a second "---")',
      at(second.range[0]),
    );
  checkMaps(doc, at);
  let data: unknown;
  try {
    data = plainData(doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount }));
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    throw new YamlLimitError(
      'aliases',
      'aliases here expand to too much data (an "alias bomb"), past the limit of the YAML reader',
      at(firstAliasOffset(doc)),
      'write the values out, or use fewer aliases (&name / *name)',
    );
  }
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

/**
 * Checks every map for a repeated key (in one pass per map with a set: the `yaml` package's own
 * check compares each key with every earlier one, which takes minutes on 40,000 keys) and every
 * alias for being inside the very node it names (`a: &x [*x]` would make the data endless).
 */
function checkMaps(doc: Document, at: (offset: number) => Location): void {
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = `${typeof pair.key.value}:${String(pair.key.value)}`;
        if (seen.has(key))
          throw new YamlSyntaxError(
            `duplicate key '${String(pair.key.value)}': it appears twice in the same map`,
            at(pair.key.range?.[0] ?? 0),
            true,
          );
        seen.add(key);
      }
    },
    Alias(_key, alias, path) {
      const target = alias.resolve(doc);
      if (target && path.includes(target)) {
        throw new YamlLimitError(
          'alias-cycle',
          `the alias *${alias.source} is inside the value it names, which would repeat it endlessly`,
          at(alias.range?.[0] ?? 0),
          `write the value out instead of *${alias.source}`,
        );
      }
    },
  });
}

function firstAliasOffset(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_key, alias) {
      offset = alias.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/** Each map's pairs by key, built once when first asked: locating many keys stays linear. */
// Module cache: a memo on a parsed YAML map (WeakMap: it dies with the document).
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairsOf(map: YAMLMap): Map<string, Pair> {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      if (!isPair(pair)) continue;
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
      if (!index.has(key)) index.set(key, pair);
    }
    pairIndex.set(map, index);
  }
  return index;
}

function child(node: unknown, segment: string | number): { key?: unknown; value: unknown } | undefined {
  if (isAlias(node)) return undefined;
  if (isMap(node)) {
    const pair = pairsOf(node).get(String(segment));
    return pair ? { key: pair.key, value: pair.value ?? pair.key } : undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}

/** Line and column of an offset, counted in the text (used before the parser has counted lines). */
function positionIn(file: TextFile, offset: number): Location {
  let line = 1;
  let lineStart = 0;
  for (let i = file.text.indexOf('\n'); i !== -1 && i < offset; i = file.text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { file: file.path, line, column: offset - lineStart + 1 };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
