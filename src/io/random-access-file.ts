import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Random access to a file's bytes for the parser, synchronous so the element loop stays tight.
 * `bytes(pos, len)` returns a view valid until the next call; `size` is the total length.
 */
export interface ByteSource {
  readonly size: number;
  bytes(pos: number, len: number): Buffer;
}

/** All bytes already in memory (tests, inflated datasets). */
export class BufferSource implements ByteSource {
  readonly size: number;

  constructor(private readonly buffer: Buffer) {
    this.size = buffer.length;
  }

  bytes(pos: number, len: number): Buffer {
    return this.buffer.subarray(pos, pos + len);
  }
}

const WINDOW = 64 * 1024;

/**
 * Windows of files already closed, kept for the next file: allocating 64 KB per file costs more
 * (and feeds the garbage collector more) than reading its header. Each open source owns its window
 * until {@link FileSource.release}, so files parsed concurrently never share one.
 */
// Module cache: a pool of read windows, not a cache: buffers released by finished reads, reused by the next.
const spareWindows: Buffer[] = [];

/**
 * A file read through its descriptor in windows of 64 KB: memory stays bounded whatever the
 * file size, and values the parser skips (Pixel Data, bulk data) are never read.
 */
export class FileSource implements ByteSource {
  private own: Buffer = spareWindows.pop() ?? Buffer.allocUnsafe(WINDOW);
  private window: Buffer = this.own.subarray(0, 0);
  private windowStart = 0;

  constructor(
    private readonly fd: number,
    readonly size: number,
  ) {}

  bytes(pos: number, len: number): Buffer {
    const end = Math.min(pos + len, this.size);
    if (pos >= this.windowStart && end <= this.windowStart + this.window.length) {
      return this.window.subarray(pos - this.windowStart, end - this.windowStart);
    }
    const want = Math.min(Math.max(WINDOW, end - pos), this.size - pos);
    const buffer = want <= WINDOW ? this.own : Buffer.allocUnsafe(Math.max(want, 0));
    let got = 0;
    while (got < want) {
      const n = readSync(this.fd, buffer, got, want - got, pos + got);
      if (n === 0) break;
      got += n;
    }
    this.window = buffer.subarray(0, got);
    this.windowStart = pos;
    return this.window.subarray(0, end - pos);
  }

  /** Hands the window back for the next file; the source must not be read afterwards. */
  release(): void {
    if (spareWindows.length < 16) spareWindows.push(this.own);
    this.window = this.own = Buffer.alloc(0);
  }
}

/**
 * Opens `path` and hands `use` a source of its bytes, or undefined when it is not a regular file (a
 * device, FIFO or socket: never read); closes it afterwards. Rejects only when it cannot be opened.
 */
export async function withFileSource<T>(path: string, use: (src: ByteSource | undefined) => Promise<T>): Promise<T> {
  // Synchronous open/stat/read/close: a header is one or two 64 KB reads, and awaiting each system
  // call would cost more than parsing (a worker thread keeps the main thread free).
  // Non-blocking, so that opening a FIFO returns at once instead of waiting for a writer forever.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  let src: FileSource | undefined;
  try {
    const info = fstatSync(fd);
    if (info.isFile()) src = new FileSource(fd, info.size);
    return await use(src);
  } finally {
    src?.release();
    closeSync(fd);
  }
}
