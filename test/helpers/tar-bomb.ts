// Builds tar archives in memory for tests of hostile FHIR packages (never checked in).
import { createGzip } from 'node:zlib';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';

function header(name: string, size: number): Buffer {
  const h = Buffer.alloc(512);
  h.write(name, 0, 100, 'utf8');
  h.write('0000644\0', 100);
  h.write('0000000\0', 108);
  h.write('0000000\0', 116);
  h.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
  h.write('00000000000\0', 136);
  h.write('0', 156);
  h.write('ustar\0', 257);
  h.write('00', 263);
  h.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return h;
}

/** One tar entry's bytes (header, data, padding). */
export function tarEntry(name: string, data: Buffer): Buffer {
  return Buffer.concat([header(name, data.length), data, Buffer.alloc((512 - (data.length % 512)) % 512)]);
}

/** Writes a .tgz of `entries` then, streamed, one entry of `zeroBytes` zero bytes (a bomb: tiny once compressed). */
export async function writeTgz(path: string, entries: Buffer[], zeroBytes = 0): Promise<void> {
  async function* parts(): AsyncGenerator<Buffer> {
    for (const e of entries) yield e;
    if (zeroBytes > 0) {
      yield header('package/zeros.json', zeroBytes);
      const block = Buffer.alloc(1 << 20);
      for (let left = zeroBytes; left > 0; left -= block.length)
        yield left >= block.length ? block : block.subarray(0, left);
    }
    yield Buffer.alloc(1024);
  }
  await pipeline(Readable.from(parts()), createGzip({ level: 1 }), createWriteStream(path));
}
