import { lookupTable } from '../lookup-table.js';
import { decodeIso2022, knownIso2022 } from './iso-2022.js';

/**
 * Decoding text with the Specific Character Set (0008,0005), PS3.3 C.12.1.1.2 and PS3.5 6.1.
 * Single-byte sets, UTF-8, GB18030 / GBK and ISO 2022 code extensions (Japanese, Korean, Chinese,
 * ISO 8859) decode exactly; an unknown term is decoded as latin1 and reported as approximate.
 */
export interface CharsetDecoder {
  /** The defined terms as read. */
  terms: string[];
  decode(bytes: Buffer): string;
  /** False when the decoding is approximate (code extensions, unknown terms). */
  exact: boolean;
}

// keyed by the file's Specific Character Set: no prototype
const LABELS = lookupTable<string>({
  '': 'latin1',
  ISO_IR_6: 'latin1',
  ISO_IR_100: 'latin1',
  ISO_IR_101: 'iso-8859-2',
  ISO_IR_109: 'iso-8859-3',
  ISO_IR_110: 'iso-8859-4',
  ISO_IR_144: 'iso-8859-5',
  ISO_IR_127: 'iso-8859-6',
  ISO_IR_126: 'iso-8859-7',
  ISO_IR_138: 'iso-8859-8',
  ISO_IR_148: 'iso-8859-9',
  ISO_IR_203: 'iso-8859-15',
  ISO_IR_166: 'windows-874',
  ISO_IR_13: 'shift_jis',
  ISO_IR_192: 'utf-8',
  GB18030: 'gb18030',
  GBK: 'gbk',
});

function normalise(term: string): string {
  return term
    .trim()
    .replace(/^ISO 2022 IR /, 'ISO IR ')
    .replace(/[ -]/g, '_');
}

function decoderFor(label: string): ((bytes: Buffer) => string) | undefined {
  if (label === 'latin1') return (b) => b.toString('latin1');
  if (label === 'utf-8') return (b) => b.toString('utf8');
  try {
    const d = new TextDecoder(label);
    return (b) => d.decode(b);
  } catch {
    return undefined;
  }
}

/** The default repertoire (ISO-IR 6): decoded as latin1, which is a superset. */
export const DEFAULT_CHARSET: CharsetDecoder = { terms: [], decode: (b) => b.toString('latin1'), exact: true };

/** A decoder for the values of Specific Character Set. */
export function charsetDecoder(terms: string[]): CharsetDecoder {
  if (terms.length === 0) return DEFAULT_CHARSET;
  if (terms.some((t) => t.trim().startsWith('ISO 2022'))) {
    return { terms, decode: (b) => decodeIso2022(b, terms), exact: knownIso2022(terms) };
  }
  const first = normalise(terms[0] ?? '');
  const label = LABELS[first];
  const decode = label === undefined ? undefined : decoderFor(label);
  if (!decode) return { terms, decode: DEFAULT_CHARSET.decode, exact: false };
  return { terms, decode, exact: terms.length === 1 };
}
