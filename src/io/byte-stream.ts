import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/** A file opened as a stream of (decompressed) bytes, with how many raw bytes were read so far. */
export interface ByteStream {
  chunks: AsyncIterable<Buffer>;
  /** Raw (compressed) bytes read from disk: the progress measure. */
  bytesRead(): number;
  close(): void;
}

/** The first bytes of a file (to sniff gzip and the format). */
export async function readHead(path: string, size = 4096): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Opens a file as a stream of bytes, decompressing gzip on the way (zlib runs off the main thread).
 * A corrupt or truncated gzip stream makes the iteration throw after the good bytes were delivered.
 */
export function openByteStream(path: string, gzip: boolean, chunkSize = 1 << 18): ByteStream {
  const raw = createReadStream(path, { highWaterMark: chunkSize });
  let stream: Readable = raw;
  if (gzip) {
    const gunzip = createGunzip({ chunkSize: 1 << 16 });
    raw.on('error', (e) => gunzip.destroy(e));
    stream = raw.pipe(gunzip);
  }
  return {
    chunks: stream as AsyncIterable<Buffer>,
    bytesRead: () => raw.bytesRead,
    close: () => {
      stream.destroy();
      raw.destroy();
    },
  };
}
