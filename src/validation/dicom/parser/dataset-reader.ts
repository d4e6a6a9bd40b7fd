import type { DicomDataset, DicomElement } from '../model.js';
import { charsetDecoder } from './charset.js';
import { parseFinding } from './parse-finding.js';
import type { DicomRuleId } from '../rule-table.js';
import type { ReadState } from './read-state.js';
import { decodeValues, tagString } from './value-decoder.js';
import { BULK_VRS, KNOWN_VRS, LONG_LENGTH_VRS, NUMERIC_VR_SIZE, looksLikeVr } from './vr.js';

const UNDEFINED = 0xffffffff;
const ITEM = 'FFFEE000';
const ITEM_END = 'FFFEE00D';
const SEQUENCE_END = 'FFFEE0DD';
const PIXEL_DATA = new Set(['7FE00010', '7FE00008', '7FE00009']);

/** A tag path step: `(0040,A730)`. */
function step(tag: string): string {
  return `(${tag.slice(0, 4)},${tag.slice(4)})`;
}

function fail(
  st: ReadState,
  which: DicomRuleId,
  pos: number,
  tag: string | undefined,
  params?: Record<string, string | number>,
): void {
  st.findings.push(parseFinding(which, st.file, st.base + pos, { tag, params }));
  st.stopped = true;
  st.fatal = true;
}

function u16(st: ReadState, b: Buffer, o: number): number {
  return st.little ? b.readUInt16LE(o) : b.readUInt16BE(o);
}

function u32(st: ReadState, b: Buffer, o: number): number {
  return st.little ? b.readUInt32LE(o) : b.readUInt32BE(o);
}

/** The VR of an implicit element: the dictionary's first choice, UN when unknown. */
function implicitVr(st: ReadState, tag: string): string {
  const vr = st.standard.lookupTag(tag)?.vr;
  if (!vr) return 'UN';
  if (vr === 'OB|OW' || vr === 'US|OW' || vr === 'US|SS|OW') return 'OW';
  return vr.length === 2 ? vr : vr.slice(0, 2);
}

/**
 * Reads data elements from `pos` up to `end` (Infinity: until an item delimiter or the file end).
 * Returns the dataset and the position after it (after the item delimiter when one closed it).
 */
export function readDataset(
  st: ReadState,
  pos: number,
  end: number,
  path: string,
): { dataset: DicomDataset; pos: number } {
  const elements = new Map<string, DicomElement>();
  const size = st.src.size;
  let lastTag = '';
  while (pos < end && !st.stopped) {
    if (end === Infinity && pos >= size) {
      fail(st, 'dicom.parse.truncated', pos, path);
      break;
    }
    if (pos + 8 > size) {
      fail(st, 'dicom.parse.truncated', pos, path || undefined);
      break;
    }
    let h = st.src.bytes(pos, 12);
    const group = u16(st, h, 0);
    const tag = tagString(group, u16(st, h, 2));
    if (st.onlyGroup !== undefined && group !== st.onlyGroup) break;
    if (group === 0xfffe) {
      if (tag === ITEM_END) return { dataset: { elements }, pos: pos + 8 };
      if (tag === SEQUENCE_END && end === Infinity) break; // an item left open: the caller sees the sequence end
      fail(st, 'dicom.parse.malformed', pos, path + step(tag));
      break;
    }
    let vr: string;
    let length: number;
    let header: number;
    if (st.explicit) {
      const a = h[4]!;
      const b = h[5]!;
      if (!looksLikeVr(a, b)) {
        fail(st, 'dicom.parse.malformed', pos, path + step(tag), { reason: 'no VR where explicit VR was expected' });
        break;
      }
      vr = String.fromCharCode(a, b);
      if (!KNOWN_VRS.has(vr))
        st.findings.push(parseFinding('dicom.parse.invalid-vr', st.file, st.base + pos, { tag: path + step(tag) }));
      if (LONG_LENGTH_VRS.has(vr)) {
        if (pos + 12 > size) {
          fail(st, 'dicom.parse.truncated', pos, path + step(tag));
          break;
        }
        length = u32(st, h, 8);
        header = 12;
      } else {
        length = u16(st, h, 6);
        header = 8;
      }
    } else {
      vr = implicitVr(st, tag);
      length = u32(st, h, 4);
      header = 8;
    }
    const fileVr = vr;
    if (vr === 'UN' && st.explicit && length !== UNDEFINED) {
      // PS3.5 6.2.2: a UN element whose tag the dictionary knows is read with the dictionary VR
      vr = implicitVr(st, tag);
    }
    if (tag <= lastTag) {
      const params = tag === lastTag ? { repeated: true } : {};
      st.findings.push(
        parseFinding('dicom.parse.tag-order', st.file, st.base + pos, { tag: path + step(tag), params }),
      );
    }
    lastTag = tag;
    if (++st.elements > st.limits.maxElements) {
      fail(st, 'dicom.parse.too-many-elements', pos, path + step(tag), { max: st.limits.maxElements });
      break;
    }
    const element: DicomElement = { tag, vr, offset: st.base + pos, length: length === UNDEFINED ? -1 : length };
    if (fileVr !== vr) element.vrInFile = fileVr;
    elements.set(tag, element);
    const valueStart = pos + header;
    if (length === UNDEFINED) {
      if (PIXEL_DATA.has(tag) || vr === 'OB' || vr === 'OW') {
        if (PIXEL_DATA.has(tag) && st.stopAtPixelData && path === '') {
          st.stopped = true;
          break;
        }
        pos = skipFragments(st, valueStart, path + step(tag));
        continue;
      }
      // SQ, or UN / unknown implicit with undefined length: a sequence in implicit VR LE (PS3.5 6.2.2).
      const wasExplicit = st.explicit;
      if (vr === 'UN') {
        st.explicit = false;
        element.vr = 'SQ';
      }
      const read = readSequence(st, valueStart, Infinity, path + step(tag));
      st.explicit = wasExplicit;
      element.items = read.items;
      pos = read.pos;
      continue;
    }
    if (vr === 'SQ' && valueStart + length > size && end >= size) {
      // Read the items up to the cut so that the finding names the innermost element.
      element.items = readSequence(st, valueStart, valueStart + length, path + step(tag)).items;
      if (!st.stopped) fail(st, 'dicom.parse.truncated', size, path + step(tag));
      break;
    }
    if (valueStart + length > size || valueStart + length > end) {
      fail(st, valueStart + length > size ? 'dicom.parse.truncated' : 'dicom.parse.malformed', pos, path + step(tag), {
        length,
      });
      break;
    }
    if ((length & 1) === 1)
      st.findings.push(
        parseFinding('dicom.parse.odd-length', st.file, st.base + pos, { tag: path + step(tag), params: { length } }),
      );
    if (vr === 'SQ') {
      // a sequence written as UN is encoded in implicit VR little endian (PS3.5 6.2.2)
      const wasExplicit = st.explicit;
      if (element.vrInFile === 'UN') st.explicit = false;
      element.items = readSequence(st, valueStart, valueStart + length, path + step(tag)).items;
      st.explicit = wasExplicit;
    } else if (PIXEL_DATA.has(tag)) {
      if (st.stopAtPixelData && path === '') st.stopped = true;
    } else if (!BULK_VRS.has(vr) && length <= st.maxValueBytes) {
      st.valueBytes += length;
      if (st.valueBytes > st.limits.maxValueBytes) {
        fail(st, 'dicom.parse.too-much-data', pos, path + step(tag), { max: st.limits.maxValueBytes });
        break;
      }
      h = st.src.bytes(valueStart, length);
      element.values = decodeValues(h, vr, st.little, st.charset);
      if (length > 0 && h[length - 1] === 0 && vr !== 'UI' && NUMERIC_VR_SIZE[vr] === undefined)
        element.nulPadded = true;
      if (tag === '00080005' && path === '') st.charset = charsetDecoder(element.values.map(String));
    }
    pos = valueStart + length;
  }
  return { dataset: { elements }, pos };
}

/**
 * Reads the header of the next item of a sequence or of encapsulated data; undefined (and a
 * fatal finding) at the file end or on anything but an item or the sequence delimiter.
 */
function itemHeader(
  st: ReadState,
  pos: number,
  path: string,
  what: string,
): { tag: string; length: number } | undefined {
  if (pos + 8 > st.src.size) {
    fail(st, 'dicom.parse.truncated', pos, path);
    return undefined;
  }
  const h = st.src.bytes(pos, 8);
  const tag = tagString(u16(st, h, 0), u16(st, h, 2));
  if (tag !== ITEM && tag !== SEQUENCE_END) {
    fail(st, 'dicom.parse.malformed', pos, path, { reason: `${what} was expected` });
    return undefined;
  }
  return { tag, length: u32(st, h, 4) };
}

/** Reads the items of a sequence; `end` is Infinity for an undefined length (until the delimiter). */
function readSequence(st: ReadState, pos: number, end: number, path: string): { items: DicomDataset[]; pos: number } {
  const items: DicomDataset[] = [];
  if (st.depth >= st.limits.maxDepth) {
    // checked before the items are entered, so a hostile nesting never deepens the call stack
    fail(st, 'dicom.parse.too-deep', pos, path, { max: st.limits.maxDepth });
    return { items, pos };
  }
  st.depth += 1;
  try {
    return readItems(st, items, pos, end, path);
  } finally {
    st.depth -= 1;
  }
}

function readItems(
  st: ReadState,
  items: DicomDataset[],
  pos: number,
  end: number,
  path: string,
): { items: DicomDataset[]; pos: number } {
  while (pos < end && !st.stopped) {
    const next = itemHeader(st, pos, path, 'an item of the sequence');
    if (!next) break;
    const { tag, length } = next;
    if (tag === SEQUENCE_END) return { items, pos: pos + 8 };
    if (++st.elements > st.limits.maxElements) {
      fail(st, 'dicom.parse.too-many-elements', pos, `${path}[${items.length}]`, { max: st.limits.maxElements });
      break;
    }
    const itemPath = `${path}[${items.length}]/`;
    const read = readDataset(st, pos + 8, length === UNDEFINED ? Infinity : pos + 8 + length, itemPath);
    items.push(read.dataset);
    pos = length === UNDEFINED ? read.pos : pos + 8 + length;
    if (length !== UNDEFINED && pos > st.src.size && !st.stopped) fail(st, 'dicom.parse.truncated', pos, itemPath);
  }
  return { items, pos };
}

/** Skips encapsulated fragments (items) up to the sequence delimiter, reading only their headers. */
function skipFragments(st: ReadState, pos: number, path: string): number {
  while (!st.stopped) {
    const next = itemHeader(st, pos, path, 'a fragment of encapsulated data');
    if (!next) break;
    if (next.tag === SEQUENCE_END) return pos + 8;
    if (next.length === UNDEFINED) {
      fail(st, 'dicom.parse.malformed', pos, path, { reason: 'a fragment has an undefined length' });
      break;
    }
    pos += 8 + next.length;
  }
  return pos;
}
