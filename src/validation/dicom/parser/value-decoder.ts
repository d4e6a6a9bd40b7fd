import type { CharsetDecoder } from './charset.js';
import { CHARSET_VRS, NUMERIC_VR_SIZE, SINGLE_TEXT_VRS } from './vr.js';

const HEX = '0123456789ABCDEF';

function hex4(n: number): string {
  return HEX[(n >> 12) & 15]! + HEX[(n >> 8) & 15]! + HEX[(n >> 4) & 15]! + HEX[n & 15]!;
}

/** A tag as 8 upper-case hex digits. */
export function tagString(group: number, element: number): string {
  return hex4(group) + hex4(element);
}

function trimEnd(text: string, vr: string): string {
  let end = text.length;
  // UI pads with NUL; other text VRs with a space. NUL padding is tolerated everywhere;
  // a space after a UID is kept so that the UI check can report it.
  if (vr === 'UI') {
    while (end > 0 && text.charCodeAt(end - 1) === 0) end--;
  } else {
    while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0)) end--;
  }
  return end === text.length ? text : text.slice(0, end);
}

function decodeNumbers(bytes: Buffer, vr: string, little: boolean): number[] | string[] {
  const size = NUMERIC_VR_SIZE[vr]!;
  const count = Math.floor(bytes.length / size);
  if (vr === 'AT') {
    const out: string[] = [];
    for (let i = 0; i < count; i++) {
      const g = little ? bytes.readUInt16LE(i * 4) : bytes.readUInt16BE(i * 4);
      const e = little ? bytes.readUInt16LE(i * 4 + 2) : bytes.readUInt16BE(i * 4 + 2);
      out.push(tagString(g, e));
    }
    return out;
  }
  const out: number[] = new Array<number>(count);
  for (let i = 0, o = 0; i < count; i++, o += size) {
    switch (vr) {
      case 'US':
        out[i] = little ? bytes.readUInt16LE(o) : bytes.readUInt16BE(o);
        break;
      case 'SS':
        out[i] = little ? bytes.readInt16LE(o) : bytes.readInt16BE(o);
        break;
      case 'UL':
        out[i] = little ? bytes.readUInt32LE(o) : bytes.readUInt32BE(o);
        break;
      case 'SL':
        out[i] = little ? bytes.readInt32LE(o) : bytes.readInt32BE(o);
        break;
      case 'FL':
        out[i] = little ? bytes.readFloatLE(o) : bytes.readFloatBE(o);
        break;
      case 'FD':
        out[i] = little ? bytes.readDoubleLE(o) : bytes.readDoubleBE(o);
        break;
      case 'SV':
        out[i] = Number(little ? bytes.readBigInt64LE(o) : bytes.readBigInt64BE(o));
        break;
      default:
        out[i] = Number(little ? bytes.readBigUInt64LE(o) : bytes.readBigUInt64BE(o));
    }
  }
  return out;
}

/**
 * The values of one element as the model holds them: text split on backslash (trailing
 * padding removed), numbers for binary VRs, AT as tag strings. An empty value gives [].
 */
export function decodeValues(bytes: Buffer, vr: string, little: boolean, charset: CharsetDecoder): (string | number)[] {
  if (bytes.length === 0) return [];
  if (NUMERIC_VR_SIZE[vr] !== undefined) return decodeNumbers(bytes, vr, little);
  const text = trimEnd(CHARSET_VRS.has(vr) ? charset.decode(bytes) : bytes.toString('latin1'), vr);
  if (SINGLE_TEXT_VRS.has(vr)) return [text];
  return text.split('\\');
}
