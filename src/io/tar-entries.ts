/** One regular file of a tar archive. */
export interface TarEntry {
  name: string;
  data: Buffer;
}

/** A tar archive holding more files than allowed. */
export class TooManyEntries extends Error {
  constructor(readonly max: number) {
    super(`more than ${max} files`);
  }
}

function field(block: Buffer, start: number, length: number): string {
  const raw = block.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? raw.length : end).toString('utf8');
}

/**
 * Reads the regular files of an uncompressed tar archive (ustar, with GNU and pax long names).
 * Throws an Error naming the problem when the archive is cut short or its headers are corrupt, and
 * {@link TooManyEntries} past `maxEntries` files. Entries are views into `tar` (no copy).
 */
export function tarEntries(tar: Buffer, maxEntries = Infinity): TarEntry[] {
  const entries: TarEntry[] = [];
  let offset = 0;
  let longName: string | undefined;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const sizeText = field(header, 124, 12).trim();
    const size = Number.parseInt(sizeText || '0', 8);
    if (!Number.isFinite(size) || size < 0) throw new Error(`corrupt tar header at byte ${offset}`);
    const type = String.fromCharCode(header[156] ?? 48);
    const prefix = field(header, 345, 155);
    let name = prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100);
    const dataStart = offset + 512;
    if (dataStart + size > tar.length) throw new Error(`tar archive is cut short inside ${name}`);
    const data = tar.subarray(dataStart, dataStart + size);
    offset = dataStart + Math.ceil(size / 512) * 512;
    if (type === 'L') {
      longName = data.toString('utf8').replace(/\0+$/, '');
      continue;
    }
    if (type === 'x') {
      const match = /\d+ path=([^\n]*)\n/.exec(data.toString('utf8'));
      if (match?.[1]) longName = match[1];
      continue;
    }
    if (longName) {
      name = longName;
      longName = undefined;
    }
    if (type === '0' || type === '\0' || type === '7') {
      if (entries.length >= maxEntries) throw new TooManyEntries(maxEntries);
      entries.push({ name, data });
    }
  }
  return entries;
}
