import { FHIR_INPUT_RULES } from './input-rules.js';

/** How a file's resources are laid out: one JSON or XML document (a resource or a Bundle) or NDJSON lines. */
export type FhirInputFormat = 'json' | 'ndjson' | 'xml';

/** The format and compression of an input file, from its name and first bytes. */
export interface FhirInputKind {
  format: FhirInputFormat;
  gzip: boolean;
  /** Set when the content overrode the name (NDJSON in a `.json` file). */
  note?: string;
}

const GZIP_MAGIC = [0x1f, 0x8b];

/** The note on a `.json` file read as NDJSON. */
export const NDJSON_IN_JSON_NOTE = FHIR_INPUT_RULES['fhir.input.ndjson-in-json'].message();

/** True for a name FHIR inputs are found under inside folders: .json, .ndjson, .jsonl, .xml and their .gz forms. */
export function isFhirInputName(path: string): boolean {
  return /\.(json|ndjson|jsonl|xml)(\.gz)?$/i.test(path);
}

/**
 * Decides the format: `.ndjson`/`.jsonl` (optionally `.gz`) are NDJSON, `.xml` one XML document, `.json`
 * one document unless its first bytes hold two JSON values on separate lines (then NDJSON, with a
 * note: a worker that finds more lines than the head showed reads them so too); other names are
 * sniffed: gzip by its magic bytes, XML when the text starts with `<`, NDJSON as for `.json`.
 */
export function detectInputKind(path: string, head: Uint8Array): FhirInputKind {
  const gzip = head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
  const name = path.toLowerCase().replace(/\.gz$/, '');
  if (name.endsWith('.ndjson') || name.endsWith('.jsonl')) return { format: 'ndjson', gzip };
  if (name.endsWith('.xml')) return { format: 'xml', gzip };
  if (gzip) return { format: 'json', gzip };
  const text = Buffer.from(head).toString('utf8');
  if (name.endsWith('.json'))
    return startsAsNdjson(text) ? { format: 'ndjson', gzip, note: NDJSON_IN_JSON_NOTE } : { format: 'json', gzip };
  if (
    text
      .replace(/^\uFEFF/, '')
      .trimStart()
      .startsWith('<')
  )
    return { format: 'xml', gzip };
  return { format: startsAsNdjson(text) ? 'ndjson' : 'json', gzip };
}

/**
 * True when the text's first line is a whole JSON object and the next line starts another: NDJSON.
 * Only parsed when the next line starts with `{` (pretty-printed JSON never does), and the line is
 * short (a head, or a line within the line limit).
 */
export function startsAsNdjson(text: string): boolean {
  const nl = text.indexOf('\n');
  if (
    nl <= 0 ||
    !text
      .slice(nl + 1, nl + 4097)
      .trimStart()
      .startsWith('{')
  )
    return false;
  try {
    const first: unknown = JSON.parse(text.slice(0, nl).replace(/^\uFEFF/, ''));
    return typeof first === 'object' && first !== null && !Array.isArray(first);
  } catch {
    return false; // the first line is not a whole document: a pretty-printed JSON file
  }
}
