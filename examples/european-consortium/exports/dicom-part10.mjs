// A minimal DICOM Part 10 writer (explicit VR little endian, sorted elements, sequences of defined
// length) for the generated examples and the benchmarks. Self-contained: examples must not depend
// on the test helpers. Elements are [tag, vr, value]: text (a list is joined with backslashes), US/UL numbers,
// raw bytes (a Buffer) or, for SQ, a list of items, each a list of elements.
import { createHash } from 'node:crypto';

export const EXPLICIT_LE = '1.2.840.10008.1.2.1';
const LONG = new Set(['OB', 'OW', 'SQ', 'UN', 'UT', 'UC', 'UR']);

/** A UID under 2.25 (UUID-derived, PS3.5 B.2) made from a seed, so runs give the same bytes. */
export function uid(seed) {
  const hex = createHash('sha256').update(`interop-readiness example ${seed}`).digest('hex').slice(0, 30);
  return `2.25.${BigInt(`0x${hex}`).toString()}`;
}

function u16(n) {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}

function u32(n) {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

/** Value bytes of [tag, vr, value]: text padded to even length, US numbers, raw bytes, or sequence items. */
function valueBytes(vr, value) {
  if (vr === 'SQ') return Buffer.concat(value.map((item) => { const body = encode(item); return Buffer.concat([u16(0xfffe), u16(0xe000), u32(body.length), body]); }));
  if (Buffer.isBuffer(value)) return value;
  if (vr === 'US') return Buffer.concat([value].flat().map(u16));
  if (vr === 'UL') return u32(value);
  const text = Buffer.from([value].flat().join('\\'), 'latin1');
  return text.length % 2 ? Buffer.concat([text, Buffer.from([vr === 'UI' ? 0 : 0x20])]) : text;
}

/** Explicit VR little endian elements, sorted by tag. */
export function encode(elements) {
  const sorted = [...elements].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return Buffer.concat(
    sorted.map(([tag, vr, value]) => {
      const bytes = valueBytes(vr, value);
      const head = [u16(parseInt(tag.slice(0, 4), 16)), u16(parseInt(tag.slice(4), 16)), Buffer.from(vr, 'latin1')];
      return Buffer.concat(LONG.has(vr) ? [...head, u16(0), u32(bytes.length), bytes] : [...head, u16(bytes.length), bytes]);
    }),
  );
}

/** A Part 10 file: preamble, DICM, meta header (with its group length), dataset (elements, or bytes already encoded). */
export function part10(sopClass, sopInstance, dataset) {
  const meta = encode([
    ['00020001', 'OB', Buffer.from([0, 1])],
    ['00020002', 'UI', sopClass],
    ['00020003', 'UI', sopInstance],
    ['00020010', 'UI', EXPLICIT_LE],
    ['00020012', 'UI', uid('implementation')],
    ['00020013', 'SH', 'READINESS_EX'],
  ]);
  return Buffer.concat([Buffer.alloc(128), Buffer.from('DICM'), encode([['00020000', 'UL', meta.length]]), meta, Buffer.isBuffer(dataset) ? dataset : encode(dataset)]);
}
