// Hostile DICOM files for tests, made from the valid files of dicom-writer.ts: nothing is checked in.
import { ctImageElements, el, TS, writeDicom, type WElement } from './dicom-writer.js';

/** A sequence nested `depth` deep (explicit VR little endian, undefined lengths), one Patient's Name at the bottom. */
export function nestedSequenceBytes(depth: number, tag = '00081140'): Buffer {
  const header = Buffer.alloc(12);
  header.writeUInt16LE(parseInt(tag.slice(0, 4), 16), 0);
  header.writeUInt16LE(parseInt(tag.slice(4), 16), 2);
  header.write('SQ', 4, 'latin1');
  header.writeUInt32LE(0xffffffff, 8);
  const item = Buffer.from('feff00e0ffffffff', 'hex');
  const itemEnd = Buffer.from('feff0de000000000', 'hex');
  const sequenceEnd = Buffer.from('feffdde000000000', 'hex');
  const name = writeDicom([el('00100010', 'PN', 'Nested^Patient')], { preamble: false });
  const open = Buffer.concat([header, item]);
  const close = Buffer.concat([itemEnd, sequenceEnd]);
  return Buffer.concat([...Array<Buffer>(depth).fill(open), name, ...Array<Buffer>(depth).fill(close)]);
}

/**
 * A CT file whose Referenced Image Sequence (0008,1140) nests `depth` sequences: the elements
 * before it (Accession Number, a value the profile empties) are read; those after it are not.
 */
export function deeplyNestedFile(depth: number): Buffer {
  const all = ctImageElements();
  const before = all.filter((e) => e.tag < '00081140');
  const after = all.filter((e) => e.tag > '00081140');
  return Buffer.concat([writeDicom(before), nestedSequenceBytes(depth), writeDicom(after, { preamble: false })]);
}

/**
 * A CT file in implicit VR little endian whose Patient's Name (0010,0010) has the length
 * 0xFFFFFFFF (undefined), which only a sequence or encapsulated data may have.
 */
export function undefinedLengthFile(overrides: readonly WElement[] = []): Buffer {
  const bytes = writeDicom(ctImageElements(overrides), { transferSyntax: TS.implicitLE });
  const tag = Buffer.from([0x10, 0x00, 0x10, 0x00]);
  const at = bytes.indexOf(tag, 132 + 12);
  bytes.writeUInt32LE(0xffffffff, at + 4);
  return bytes;
}

/** A CT file cut `keep` bytes after the start of its Patient's Name value (inside the dataset). */
export function truncatedFile(keep = 4): Buffer {
  const bytes = writeDicom(ctImageElements());
  return bytes.subarray(0, bytes.indexOf(Buffer.from('Anonymous^Patient')) + keep);
}
