import type { ByteSource } from '../../../io/random-access-file.js';
import { KNOWN_VRS, LONG_LENGTH_VRS } from './vr.js';

/** An encoding guessed from the bytes of a dataset's first elements. */
export interface DetectedSyntax {
  explicit: boolean;
  little: boolean;
}

/** The header of the element at `pos` read with an encoding, and where the next one starts. */
function elementAt(src: ByteSource, pos: number, syntax: DetectedSyntax): { tag: number; next: number } | undefined {
  if (pos + 8 > src.size) return undefined;
  const h = src.bytes(pos, 12);
  const u16 = (o: number) => (syntax.little ? h.readUInt16LE(o) : h.readUInt16BE(o));
  const u32 = (o: number) => (syntax.little ? h.readUInt32LE(o) : h.readUInt32BE(o));
  const tag = u16(0) * 0x10000 + u16(2);
  let length: number;
  let header = 8;
  if (syntax.explicit) {
    const vr = String.fromCharCode(h[4]!, h[5]!);
    if (!KNOWN_VRS.has(vr)) return undefined;
    if (LONG_LENGTH_VRS.has(vr)) {
      if (h.length < 12) return undefined;
      length = u32(8);
      header = 12;
    } else length = u16(6);
  } else length = u32(4);
  if (length === 0xffffffff) return { tag, next: Infinity }; // a sequence: stop looking ahead
  if (pos + header + length > src.size) return undefined;
  return { tag, next: pos + header + length };
}

/**
 * True when up to four elements read with `syntax` from `pos` have ascending tags, known VRs
 * (explicit) and lengths that fit the file: random bytes pass this by chance very rarely.
 */
function plausible(src: ByteSource, pos: number, syntax: DetectedSyntax): boolean {
  let last = -1;
  for (let n = 0; n < 4 && pos < src.size; n++) {
    const e = elementAt(src, pos, syntax);
    if (!e || e.tag <= last) return false;
    last = e.tag;
    if (e.next === Infinity) return true;
    pos = e.next;
  }
  return true;
}

/**
 * Guesses the encoding of the dataset starting at `pos`, the way dcmtk and pydicom do: the byte
 * order that gives the smaller group number; explicit when the two bytes after the tag are a known
 * VR; then checks that the first elements read that way are plausible. Returns undefined when no
 * reading looks like DICOM data elements (not DICOM).
 */
export function detectSyntax(src: ByteSource, pos: number): DetectedSyntax | undefined {
  if (pos + 8 > src.size) return undefined;
  const h = src.bytes(pos, 8);
  const groupLe = h.readUInt16LE(0);
  const groupBe = h.readUInt16BE(0);
  const little = groupLe <= groupBe;
  const group = little ? groupLe : groupBe;
  if (group === 0 || group > 0x7fe0) return undefined;
  const explicit = KNOWN_VRS.has(String.fromCharCode(h[4]!, h[5]!));
  const syntax = { explicit, little };
  return plausible(src, pos, syntax) ? syntax : undefined;
}

/** How many bytes before a bare dataset are searched for its first element (stray padding, a lost byte). */
const MAX_LEADING_BYTES = 16;

/**
 * Finds a bare dataset that does not start at byte 0: the first offset (1 to 16) where a group 0008
 * element begins and the elements after it are plausible. Stricter than {@link detectSyntax} at
 * byte 0, since a start is searched for: the group must be 0008, which bare datasets begin with.
 */
export function findLateDatasetStart(src: ByteSource): { pos: number; syntax: DetectedSyntax } | undefined {
  for (let pos = 1; pos <= MAX_LEADING_BYTES && pos + 8 <= src.size; pos++) {
    const h = src.bytes(pos, 2);
    if (h.readUInt16LE(0) !== 0x0008 && h.readUInt16BE(0) !== 0x0008) continue;
    const syntax = detectSyntax(src, pos);
    if (syntax) return { pos, syntax };
  }
  return undefined;
}
