/** 1980-01-01 00:00, the first date a ZIP entry can hold (MS-DOS date 0x0021, time 0). */
const DOS_DATE = 0x0021;
const DOS_TIME = 0;

/**
 * Sets every entry's modification time in a ZIP archive to 1980-01-01 00:00, in its local header
 * and in the central directory (PKWARE APPNOTE 4.3.7 and 4.3.12), so that the same content gives
 * the same bytes: the XLSX library stamps each entry with the clock. The archive is changed in place.
 */
export function fixZipDates(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // End of central directory: 22 bytes plus a comment of at most 65,535 bytes, at the end.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) throw new Error('not a ZIP archive: no end of central directory'); // a bug: we made it
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let n = 0; n < entries; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('ZIP central directory entry expected');
    view.setUint16(at + 12, DOS_TIME, true);
    view.setUint16(at + 14, DOS_DATE, true);
    const local = view.getUint32(at + 42, true);
    view.setUint16(local + 10, DOS_TIME, true);
    view.setUint16(local + 12, DOS_DATE, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
