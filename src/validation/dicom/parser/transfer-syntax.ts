import { lookupTable } from '../lookup-table.js';

/** How a transfer syntax encodes a dataset (PS3.5 Section 10 and Annex A). */
export interface TransferSyntaxInfo {
  uid: string;
  explicit: boolean;
  littleEndian: boolean;
  deflated: boolean;
  /** Pixel Data is encapsulated (compressed fragments). */
  encapsulated: boolean;
}

export const IMPLICIT_LE = '1.2.840.10008.1.2';
export const EXPLICIT_LE = '1.2.840.10008.1.2.1';
export const DEFLATED_LE = '1.2.840.10008.1.2.1.99';
export const EXPLICIT_BE = '1.2.840.10008.1.2.2';

const NATIVE = lookupTable<Omit<TransferSyntaxInfo, 'uid'>>({
  [IMPLICIT_LE]: { explicit: false, littleEndian: true, deflated: false, encapsulated: false },
  [EXPLICIT_LE]: { explicit: true, littleEndian: true, deflated: false, encapsulated: false },
  [DEFLATED_LE]: { explicit: true, littleEndian: true, deflated: true, encapsulated: false },
  [EXPLICIT_BE]: { explicit: true, littleEndian: false, deflated: false, encapsulated: false },
  // Deflated Image Frame Compression: explicit LE dataset, encapsulated frames.
  '1.2.840.10008.1.2.8.1': { explicit: true, littleEndian: true, deflated: false, encapsulated: true },
});

/**
 * What a transfer syntax UID means for reading. Every other standard transfer syntax
 * (JPEG, JPEG 2000, RLE, MPEG, HTJ2K...) is explicit VR little endian with encapsulated pixel data.
 * Returns undefined for a UID that is not a transfer syntax under the DICOM root.
 */
export function transferSyntaxInfo(uid: string): TransferSyntaxInfo | undefined {
  const known = NATIVE[uid];
  if (known) return { uid, ...known };
  if (/^1\.2\.840\.10008\.1\.2\.[0-9.]+$/.test(uid))
    return { uid, explicit: true, littleEndian: true, deflated: false, encapsulated: true };
  return undefined;
}

/** A transfer syntax for a dataset read without a usable meta header. */
export function syntaxFor(explicit: boolean, littleEndian: boolean): TransferSyntaxInfo {
  const uid = explicit ? (littleEndian ? EXPLICIT_LE : EXPLICIT_BE) : IMPLICIT_LE;
  return { uid, explicit, littleEndian, deflated: false, encapsulated: false };
}
