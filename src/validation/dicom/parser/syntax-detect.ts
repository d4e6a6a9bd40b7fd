import type { ByteSource } from './byte-source.js';
import { KNOWN_VRS, LONG_LENGTH_VRS } from './vr.js';

/** An encoding guessed from the bytes of a dataset's first element. */
export interface DetectedSyntax {
  explicit: boolean;
  little: boolean;
}

/**
 * Guesses the encoding of the dataset starting at `pos` from its first element, the way
 * dcmtk and pydicom do: the byte order that gives the smaller, even group number; explicit
 * when the two bytes after the tag are a known VR; and a value length that fits in the file.
 * Returns undefined when neither reading looks like a data element (not DICOM).
 */
export function detectSyntax(src: ByteSource, pos: number): DetectedSyntax | undefined {
  if (pos + 8 > src.size) return undefined;
  const h = src.bytes(pos, 12);
  const groupLe = h.readUInt16LE(0);
  const groupBe = h.readUInt16BE(0);
  const little = groupLe <= groupBe;
  const group = little ? groupLe : groupBe;
  if (group === 0 || group > 0x7fe0) return undefined;
  const vr = String.fromCharCode(h[4]!, h[5]!);
  const remaining = src.size - pos;
  if (KNOWN_VRS.has(vr)) {
    if (LONG_LENGTH_VRS.has(vr)) {
      if (h.length < 12) return undefined;
      const length = little ? h.readUInt32LE(8) : h.readUInt32BE(8);
      if (length !== 0xffffffff && length + 12 > remaining) return undefined;
    } else {
      const length = little ? h.readUInt16LE(6) : h.readUInt16BE(6);
      if (length + 8 > remaining) return undefined;
    }
    return { explicit: true, little };
  }
  const length = little ? h.readUInt32LE(4) : h.readUInt32BE(4);
  if (length !== 0xffffffff && length + 8 > remaining) return undefined;
  return { explicit: false, little };
}
