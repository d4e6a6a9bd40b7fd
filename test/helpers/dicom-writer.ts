// Writes DICOM test fixtures: Part 10 files or bare datasets, in any native transfer syntax,
// with sequences, undefined lengths and encapsulated pixel data. For tests only.
import { deflateRawSync } from 'node:zlib';

/** A data element to write. `tag` is 8 hex digits (`00100010`). */
export interface WElement {
  tag: string;
  vr: string;
  /** Text (joined with `\`), numbers (binary VRs or AT as tag strings), raw bytes, or sequence items. */
  value?: string | readonly (string | number)[] | Uint8Array | readonly WItem[];
  /** Write an undefined length (SQ, encapsulated OB). */
  undefinedLength?: boolean;
}

/** A sequence item. */
export interface WItem {
  elements: readonly WElement[];
  undefinedLength?: boolean;
}

export interface WriteDicomOptions {
  /** Transfer Syntax UID put in the meta header (default explicit VR little endian). */
  transferSyntax?: string;
  /** How the dataset is really encoded; defaults to what transferSyntax says (set it to lie). */
  encoding?: { explicit: boolean; little: boolean; deflate?: boolean };
  /** Write the 128-byte preamble and DICM (default true). */
  preamble?: boolean;
  /** Write File Meta Information (default: same as preamble). */
  meta?: boolean;
  /** Extra or replacing meta elements (group 0002); `without(tag)` removes one. */
  metaElements?: readonly WElement[];
  /** Keep the elements in the order given instead of sorting them by tag. */
  keepOrder?: boolean;
}

export const TS = {
  implicitLE: '1.2.840.10008.1.2',
  explicitLE: '1.2.840.10008.1.2.1',
  deflatedLE: '1.2.840.10008.1.2.1.99',
  explicitBE: '1.2.840.10008.1.2.2',
  jpegBaseline: '1.2.840.10008.1.2.4.50',
} as const;

const LONG = new Set(['OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'SQ', 'UC', 'UN', 'UR', 'UT', 'SV', 'UV']);
const SIZE: Record<string, number> = { US: 2, SS: 2, UL: 4, SL: 4, FL: 4, FD: 8, SV: 8, UV: 8, AT: 4 };

/** A text or binary element. */
export function el(tag: string, vr: string, value?: WElement['value']): WElement {
  return value === undefined ? { tag, vr } : { tag, vr, value };
}

/** A sequence of items, each a list of elements. */
export function seq(tag: string, items: readonly (readonly WElement[])[], undefinedLength = false): WElement {
  return { tag, vr: 'SQ', value: items.map((elements) => ({ elements, undefinedLength })), undefinedLength };
}

/** Encapsulated Pixel Data (7FE0,0010): empty offset table, then the fragments. */
export function encapsulatedPixelData(fragments: readonly Uint8Array[]): WElement {
  return {
    tag: '7FE00010',
    vr: 'OB',
    value: fragments.map((f) => ({ elements: [{ tag: 'raw', vr: 'OB', value: f }] })),
    undefinedLength: true,
  };
}

interface Enc {
  explicit: boolean;
  little: boolean;
}

function u16(n: number, e: Enc): Buffer {
  const b = Buffer.alloc(2);
  if (e.little) b.writeUInt16LE(n);
  else b.writeUInt16BE(n);
  return b;
}

function u32(n: number, e: Enc): Buffer {
  const b = Buffer.alloc(4);
  if (e.little) b.writeUInt32LE(n >>> 0);
  else b.writeUInt32BE(n >>> 0);
  return b;
}

function tagBytes(tag: string, e: Enc): Buffer {
  return Buffer.concat([u16(parseInt(tag.slice(0, 4), 16), e), u16(parseInt(tag.slice(4), 16), e)]);
}

function numbers(values: readonly (string | number)[], vr: string, e: Enc): Buffer {
  if (vr === 'AT') return Buffer.concat(values.map((v) => tagBytes(String(v), e)));
  const size = SIZE[vr]!;
  const b = Buffer.alloc(values.length * size);
  values.forEach((raw, i) => {
    const v = Number(raw);
    const o = i * size;
    const L = e.little;
    switch (vr) {
      case 'US':
        if (L) b.writeUInt16LE(v, o);
        else b.writeUInt16BE(v, o);
        break;
      case 'SS':
        if (L) b.writeInt16LE(v, o);
        else b.writeInt16BE(v, o);
        break;
      case 'UL':
        if (L) b.writeUInt32LE(v, o);
        else b.writeUInt32BE(v, o);
        break;
      case 'SL':
        if (L) b.writeInt32LE(v, o);
        else b.writeInt32BE(v, o);
        break;
      case 'FL':
        if (L) b.writeFloatLE(v, o);
        else b.writeFloatBE(v, o);
        break;
      case 'FD':
        if (L) b.writeDoubleLE(v, o);
        else b.writeDoubleBE(v, o);
        break;
      case 'SV':
        if (L) b.writeBigInt64LE(BigInt(v), o);
        else b.writeBigInt64BE(BigInt(v), o);
        break;
      default:
        if (L) b.writeBigUInt64LE(BigInt(v), o);
        else b.writeBigUInt64BE(BigInt(v), o);
    }
  });
  return b;
}

function valueBytes(element: WElement, e: Enc): Buffer {
  const { vr, value } = element;
  if (value === undefined) return Buffer.alloc(0);
  let bytes: Buffer;
  if (value instanceof Uint8Array) bytes = Buffer.from(value);
  else if (SIZE[vr] !== undefined && Array.isArray(value)) bytes = numbers(value as (string | number)[], vr, e);
  else bytes = Buffer.from(typeof value === 'string' ? value : (value as string[]).join('\\'), 'utf8');
  if (bytes.length % 2 === 1)
    bytes = Buffer.concat([bytes, Buffer.from([vr === 'UI' || vr === 'OB' || vr === 'UN' ? 0 : 0x20])]);
  return bytes;
}

function header(tag: string, vr: string, length: number, e: Enc): Buffer {
  const t = tagBytes(tag, e);
  if (!e.explicit || tag.startsWith('FFFE')) return Buffer.concat([t, u32(length, e)]);
  if (LONG.has(vr)) return Buffer.concat([t, Buffer.from(vr, 'latin1'), Buffer.alloc(2), u32(length, e)]);
  return Buffer.concat([t, Buffer.from(vr, 'latin1'), u16(length, e)]);
}

const UNDEFINED = 0xffffffff;

function encodeItems(items: readonly WItem[], e: Enc, fragments: boolean): Buffer {
  const parts: Buffer[] = [];
  if (fragments) parts.push(header('FFFEE000', '', 0, e)); // empty Basic Offset Table
  for (const item of items) {
    const body = fragments ? valueBytes(item.elements[0]!, e) : encodeElements(item.elements, e, false);
    parts.push(header('FFFEE000', '', item.undefinedLength ? UNDEFINED : body.length, e), body);
    if (item.undefinedLength) parts.push(header('FFFEE00D', '', 0, e));
  }
  return Buffer.concat(parts);
}

function encodeElement(element: WElement, e: Enc): Buffer {
  if (element.vr === 'SQ' || (element.tag === '7FE00010' && element.undefinedLength)) {
    const body = encodeItems((element.value ?? []) as readonly WItem[], e, element.vr !== 'SQ');
    if (!element.undefinedLength) return Buffer.concat([header(element.tag, element.vr, body.length, e), body]);
    return Buffer.concat([header(element.tag, element.vr, UNDEFINED, e), body, header('FFFEE0DD', '', 0, e)]);
  }
  const body = valueBytes(element, e);
  return Buffer.concat([header(element.tag, element.vr, body.length, e), body]);
}

function encodeElements(elements: readonly WElement[], e: Enc, keepOrder: boolean): Buffer {
  const ordered = keepOrder ? elements : [...elements].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  return Buffer.concat(ordered.map((x) => encodeElement(x, e)));
}

function textOf(elements: readonly WElement[], tag: string): string | undefined {
  const v = elements.find((x) => x.tag === tag)?.value;
  return typeof v === 'string' ? v : undefined;
}

/** The File Meta Information group, with its group length. */
export function metaGroup(
  dataset: readonly WElement[],
  transferSyntax: string,
  extra: readonly WElement[] = [],
): Buffer {
  const base: WElement[] = [
    el('00020001', 'OB', new Uint8Array([0, 1])),
    el('00020002', 'UI', textOf(dataset, '00080016') ?? '1.2.840.10008.5.1.4.1.1.7'),
    el('00020003', 'UI', textOf(dataset, '00080018') ?? '1.2.3.4'),
    el('00020010', 'UI', transferSyntax),
    el('00020012', 'UI', '1.2.826.0.1.3680043.10.1'),
    el('00020013', 'SH', 'READINESS_TEST'),
  ];
  const byTag = new Map(base.map((x) => [x.tag, x]));
  for (const x of extra) byTag.set(x.tag, x);
  byTag.delete('00020000');
  const le = { explicit: true, little: true };
  const body = encodeElements(
    [...byTag.values()].filter((x) => x.vr !== 'DELETE'),
    le,
    false,
  );
  return Buffer.concat([encodeElement(el('00020000', 'UL', [body.length]), le), body]);
}

function encodingOf(ts: string): Enc & { deflate: boolean } {
  if (ts === TS.implicitLE) return { explicit: false, little: true, deflate: false };
  if (ts === TS.explicitBE) return { explicit: true, little: false, deflate: false };
  return { explicit: true, little: true, deflate: ts === TS.deflatedLE };
}

/**
 * Writes a DICOM file (or a bare dataset) in memory.
 *
 * @example
 * writeDicom([el('00080016', 'UI', CT_IMAGE), el('00100010', 'PN', 'Doe^Jane')], { transferSyntax: TS.implicitLE })
 */
export function writeDicom(dataset: readonly WElement[], options: WriteDicomOptions = {}): Buffer {
  const ts = options.transferSyntax ?? TS.explicitLE;
  const enc = { ...encodingOf(ts), ...options.encoding };
  const preamble = options.preamble ?? true;
  const withMeta = options.meta ?? preamble;
  let body = encodeElements(dataset, enc, options.keepOrder ?? false);
  if (enc.deflate) body = deflateRawSync(body);
  const parts: Buffer[] = [];
  if (preamble) parts.push(Buffer.alloc(128), Buffer.from('DICM', 'latin1'));
  if (withMeta) parts.push(metaGroup(dataset, ts, options.metaElements));
  parts.push(body);
  return Buffer.concat(parts);
}

/** SOP Class UIDs used by fixtures. */
export const SOP = {
  ct: '1.2.840.10008.5.1.4.1.1.2',
  mr: '1.2.840.10008.5.1.4.1.1.4',
  sc: '1.2.840.10008.5.1.4.1.1.7',
  rtDose: '1.2.840.10008.5.1.4.1.1.481.2',
  seg: '1.2.840.10008.5.1.4.1.1.66.4',
  pdf: '1.2.840.10008.5.1.4.1.1.104.1',
  comprehensiveSr: '1.2.840.10008.5.1.4.1.1.88.33',
} as const;

/**
 * A small, conformant CT Image dataset (fictional, de-identified values), 2x2 pixels of 16 bits.
 * Pass `overrides` to replace or add elements; an override with value `undefined` and vr 'DELETE'
 * removes the element.
 */
export function ctImageElements(overrides: readonly WElement[] = []): WElement[] {
  const base: WElement[] = [
    el('00080005', 'CS', 'ISO_IR 100'),
    el('00080008', 'CS', 'ORIGINAL\\PRIMARY\\AXIAL'),
    el('00080016', 'UI', SOP.ct),
    el('00080018', 'UI', '1.2.826.0.1.3680043.10.1.1'),
    el('00080020', 'DA', '20240102'),
    el('00080030', 'TM', '101500'),
    el('00080050', 'SH', 'ACC0001'),
    el('00080060', 'CS', 'CT'),
    el('00080070', 'LO', 'Example Vendor'),
    el('00080090', 'PN', ''),
    el('00100010', 'PN', 'Anonymous^Patient'),
    el('00100020', 'LO', 'PID0001'),
    el('00100030', 'DA', ''),
    el('00100040', 'CS', 'O'),
    el('00180050', 'DS', '1.25'),
    el('00180060', 'DS', '120'),
    el('00185100', 'CS', 'HFS'),
    el('0020000D', 'UI', '1.2.826.0.1.3680043.10.1.2'),
    el('0020000E', 'UI', '1.2.826.0.1.3680043.10.1.3'),
    el('00200010', 'SH', 'S1'),
    el('00200011', 'IS', '1'),
    el('00200012', 'IS', '1'),
    el('00200013', 'IS', '1'),
    el('00200020', 'CS', ''),
    el('00200032', 'DS', '0\\0\\0'),
    el('00200037', 'DS', '1\\0\\0\\0\\1\\0'),
    el('00200060', 'CS', ''),
    el('00200052', 'UI', '1.2.826.0.1.3680043.10.1.4'),
    el('00201040', 'LO', ''),
    el('00280002', 'US', [1]),
    el('00280004', 'CS', 'MONOCHROME2'),
    el('00280010', 'US', [2]),
    el('00280011', 'US', [2]),
    el('00280030', 'DS', '0.5\\0.5'),
    el('00280100', 'US', [16]),
    el('00280101', 'US', [12]),
    el('00280102', 'US', [11]),
    el('00280103', 'US', [0]),
    el('00281052', 'DS', '-1024'),
    el('00281053', 'DS', '1'),
    el('7FE00010', 'OW', new Uint8Array(8)),
  ];
  const byTag = new Map(base.map((x) => [x.tag, x]));
  for (const o of overrides) {
    if (o.vr === 'DELETE') byTag.delete(o.tag);
    else byTag.set(o.tag, o);
  }
  return [...byTag.values()];
}

/** Removes an element in `ctImageElements` overrides or `metaElements`. */
export function without(tag: string): WElement {
  return { tag, vr: 'DELETE' };
}
