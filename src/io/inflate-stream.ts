import { createInflateRaw } from 'node:zlib';
import type { ByteSource } from './random-access-file.js';

/** The inflated dataset of a deflated file (PS3.5 A.5), at most `limit` bytes of it. */
export interface Inflated {
  data: Buffer;
  /** False when the limit was reached before the end. */
  complete: boolean;
  error?: string;
}

const CHUNK = 64 * 1024;

/** Inflates from `start` to the end, streaming the file in 64 KB chunks and stopping at `limit` bytes. */
export async function inflateStream(src: ByteSource, start: number, limit: number): Promise<Inflated> {
  const inflater = createInflateRaw();
  const parts: Buffer[] = [];
  let total = 0;
  let error: string | undefined;
  inflater.on('data', (d: Buffer) => {
    if (total < limit) parts.push(d);
    total += d.length;
  });
  const done = new Promise<void>((resolve) => {
    inflater.on('error', (e: Error) => {
      error = e.message;
      resolve();
    });
    inflater.on('end', () => resolve());
  });
  for (let pos = start; pos < src.size && total < limit && error === undefined; pos += CHUNK) {
    const chunk = Buffer.from(src.bytes(pos, Math.min(CHUNK, src.size - pos)));
    if (!inflater.write(chunk)) await Promise.race([new Promise((r) => inflater.once('drain', r)), done]);
  }
  inflater.end();
  await done;
  const data = Buffer.concat(parts);
  return { data: data.length > limit ? data.subarray(0, limit) : data, complete: total <= limit, error };
}
