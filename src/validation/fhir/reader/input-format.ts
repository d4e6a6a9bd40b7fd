/** How a file's resources are laid out: one JSON or XML document (a resource or a Bundle) or NDJSON lines. */
export type FhirInputFormat = 'json' | 'ndjson' | 'xml';

/** The format and compression of an input file, from its name and first bytes. */
export interface FhirInputKind {
  format: FhirInputFormat;
  gzip: boolean;
}

const GZIP_MAGIC = [0x1f, 0x8b];

/** True for a name FHIR inputs are found under inside folders: .json, .ndjson, .jsonl, .xml and their .gz forms. */
export function isFhirInputName(path: string): boolean {
  return /\.(json|ndjson|jsonl|xml)(\.gz)?$/i.test(path);
}

/**
 * Decides the format: `.ndjson`/`.jsonl` (optionally `.gz`) are NDJSON, `.json` is one document,
 * `.xml` one XML document; other names are sniffed: gzip by its magic bytes, XML when the text starts
 * with `<`, NDJSON when the first line is a complete JSON object followed by another line that starts with `{`.
 */
export function detectInputKind(path: string, head: Uint8Array): FhirInputKind {
  const gzip = head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
  const name = path.toLowerCase().replace(/\.gz$/, '');
  if (name.endsWith('.ndjson') || name.endsWith('.jsonl')) return { format: 'ndjson', gzip };
  if (name.endsWith('.xml')) return { format: 'xml', gzip };
  if (name.endsWith('.json') || gzip) return { format: 'json', gzip };
  const text = Buffer.from(head).toString('utf8');
  if (
    text
      .replace(/^\uFEFF/, '')
      .trimStart()
      .startsWith('<')
  )
    return { format: 'xml', gzip };
  const nl = text.indexOf('\n');
  if (
    nl > 0 &&
    text
      .slice(nl + 1)
      .trimStart()
      .startsWith('{')
  ) {
    try {
      JSON.parse(text.slice(0, nl));
      return { format: 'ndjson', gzip };
    } catch {
      // the first line is not a whole document: a pretty-printed JSON file
    }
  }
  return { format: 'json', gzip };
}
