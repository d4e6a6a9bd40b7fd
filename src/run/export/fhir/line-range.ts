import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';

/** Part K of N of an NDJSON file: bytes [from, to), starting on a line start, its first line's number (1-based). */
export interface LineRange {
  from: number;
  to: number;
  firstLine: number;
}

const NL = 0x0a;

/**
 * Where part `part` (1-based) of `parts` of a plain NDJSON file of `size` bytes lies: the file is cut
 * at the first line start at or after each of size * j / parts, so the parts are computed alike by
 * every shard, each line starts in exactly one of them, and together they cover the file. The
 * first line's number is counted from the start, so findings keep the file's real line numbers.
 */
export async function lineRange(path: string, size: number, part: number, parts: number): Promise<LineRange> {
  const handle = await open(path, 'r');
  try {
    const cut = async (j: number): Promise<number> => {
      if (j <= 0) return 0;
      if (j >= parts) return size;
      // The line start at or after `at`: just past the first newline at or after at - 1.
      let position = Math.floor((size * j) / parts) - 1;
      if (position < 0) return 0;
      const buffer = Buffer.alloc(1 << 16);
      while (position < size) {
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
        if (bytesRead === 0) break;
        const i = buffer.subarray(0, bytesRead).indexOf(NL);
        if (i !== -1) return position + i + 1;
        position += bytesRead;
      }
      return size;
    };
    const from = await cut(part - 1);
    const to = Math.max(from, await cut(part));
    return { from, to, firstLine: 1 + (await countNewlines(path, from)) };
  } finally {
    await handle.close();
  }
}

/** Newlines in the first `bytes` bytes of a file (streamed: memory stays one chunk). */
async function countNewlines(path: string, bytes: number): Promise<number> {
  if (bytes <= 0) return 0;
  let n = 0;
  for await (const chunk of createReadStream(path, {
    start: 0,
    end: bytes - 1,
    highWaterMark: 1 << 20,
  }) as AsyncIterable<Buffer>)
    for (let i = chunk.indexOf(NL); i !== -1; i = chunk.indexOf(NL, i + 1)) n++;
  return n;
}

/** The bytes of a range of a file, as a stream of chunks, with how many were read so far. */
export function openRange(
  path: string,
  range: LineRange,
  chunkSize = 1 << 18,
): { chunks: AsyncIterable<Buffer>; bytesRead(): number; close(): void } {
  if (range.to <= range.from) return { chunks: emptyChunks(), bytesRead: () => 0, close: () => undefined };
  const raw = createReadStream(path, { start: range.from, end: range.to - 1, highWaterMark: chunkSize });
  return { chunks: raw as AsyncIterable<Buffer>, bytesRead: () => raw.bytesRead, close: () => raw.destroy() };
}

async function* emptyChunks(): AsyncGenerator<Buffer> {}
