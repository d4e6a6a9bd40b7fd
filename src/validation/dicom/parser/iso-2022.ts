/**
 * Decoding of text with ISO 2022 code extensions (PS3.5 6.1.2.5, PS3.3 C.12.1.1.2 Tables
 * C.12-3 and C.12-4): escape sequences switch the G0 set (ASCII, JIS X 0201 Roman, JIS X 0208,
 * JIS X 0212) and the G1 set (ISO 8859 upper halves, JIS X 0201 Katakana, KS X 1001, GB 2312).
 */
import { TextDecoder } from 'node:util';
import { lookupTable } from '../lookup-table.js';

type G0 = 'ascii' | 'jisx0208' | 'jisx0212';
type G1 = string | undefined; // a TextDecoder label for the high half, 'katakana', or none

/** The G1 set a defined term of Specific Character Set designates (initially, or by escape). */
const G1_BY_TERM = lookupTable<G1>({
  'ISO 2022 IR 6': undefined,
  'ISO 2022 IR 100': 'iso-8859-1',
  'ISO 2022 IR 101': 'iso-8859-2',
  'ISO 2022 IR 109': 'iso-8859-3',
  'ISO 2022 IR 110': 'iso-8859-4',
  'ISO 2022 IR 144': 'iso-8859-5',
  'ISO 2022 IR 127': 'iso-8859-6',
  'ISO 2022 IR 126': 'iso-8859-7',
  'ISO 2022 IR 138': 'iso-8859-8',
  'ISO 2022 IR 148': 'iso-8859-9',
  'ISO 2022 IR 203': 'iso-8859-15',
  'ISO 2022 IR 166': 'windows-874',
  'ISO 2022 IR 13': 'katakana',
  'ISO 2022 IR 87': undefined, // JIS X 0208: a G0 set, designated by its escape
  'ISO 2022 IR 159': undefined, // JIS X 0212: a G0 set, designated by its escape
  'ISO 2022 IR 149': 'euc-kr',
  'ISO 2022 IR 58': 'gbk',
});

/** Escape sequences (the bytes after ESC) -> the set they designate. */
const ESCAPES = lookupTable<{ g0?: G0; g1?: G1 }>({
  '(B': { g0: 'ascii' },
  '(J': { g0: 'ascii' }, // JIS X 0201 Romaji: ASCII but for two glyphs
  $B: { g0: 'jisx0208' },
  '$@': { g0: 'jisx0208' },
  '$(D': { g0: 'jisx0212' },
  ')I': { g1: 'katakana' },
  '$)C': { g1: 'euc-kr' },
  '$)A': { g1: 'gbk' },
  '-A': { g1: 'iso-8859-1' },
  '-B': { g1: 'iso-8859-2' },
  '-C': { g1: 'iso-8859-3' },
  '-D': { g1: 'iso-8859-4' },
  '-L': { g1: 'iso-8859-5' },
  '-G': { g1: 'iso-8859-6' },
  '-F': { g1: 'iso-8859-7' },
  '-H': { g1: 'iso-8859-8' },
  '-M': { g1: 'iso-8859-9' },
  '-b': { g1: 'iso-8859-15' },
  '-T': { g1: 'windows-874' },
});

// Module cache: TextDecoders by charset name (the few a TextDecoder knows): a memo of constants.
const decoders = new Map<string, TextDecoder>();
function decoder(label: string): TextDecoder {
  let d = decoders.get(label);
  if (!d) decoders.set(label, (d = new TextDecoder(label)));
  return d;
}

/** True when every term of a Specific Character Set with code extensions is known here. */
export function knownIso2022(terms: readonly string[]): boolean {
  return terms.every((t, i) => (i === 0 && t.trim() === '') || t.trim() in G1_BY_TERM);
}

/** Decodes `bytes` that may contain ISO 2022 escape sequences; the first term sets the initial G1. */
export function decodeIso2022(bytes: Uint8Array, terms: readonly string[]): string {
  const initialG1 = G1_BY_TERM[(terms[0] ?? '').trim()];
  let g0: G0 = 'ascii';
  let g1: G1 = initialG1;
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b === 0x1b) {
      const seq = [3, 2].map((n) => String.fromCharCode(...bytes.subarray(i + 1, i + 1 + n))).find((s) => s in ESCAPES);
      if (seq) {
        const set = ESCAPES[seq]!;
        if (set.g0) g0 = set.g0;
        if ('g1' in set) g1 = set.g1;
        i += 1 + seq.length;
        continue;
      }
    }
    if (b < 0x80) {
      if (g0 !== 'ascii' && b >= 0x21 && b <= 0x7e && i + 1 < bytes.length) {
        const pair = [b | 0x80, bytes[i + 1]! | 0x80];
        out += decoder('euc-jp').decode(new Uint8Array(g0 === 'jisx0212' ? [0x8f, ...pair] : pair));
        i += 2;
        continue;
      }
      if (b === 0x0a || b === 0x0d || b === 0x5c) g0 = 'ascii'; // delimiters return to the initial G0
      out += String.fromCharCode(b);
      i += 1;
      continue;
    }
    if (g1 === 'katakana') {
      out += b >= 0xa1 && b <= 0xdf ? String.fromCharCode(0xff61 + b - 0xa1) : '\ufffd';
      i += 1;
    } else if (g1 === 'euc-kr' || g1 === 'gbk') {
      out += decoder(g1).decode(bytes.subarray(i, i + 2));
      i += 2;
    } else {
      out += g1 === undefined ? '\ufffd' : decoder(g1).decode(bytes.subarray(i, i + 1));
      i += 1;
    }
  }
  return out;
}
