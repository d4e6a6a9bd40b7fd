import { constants } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { InputFileError } from '../errors/input-file-error.js';
import { nonRegularKind } from './file-kind.js';
import { formatBytes, MAX_TEXT_FILE_BYTES } from './input-limits.js';

/** A text file read at the edge and handed to the core: its path (as named) and content. */
export interface TextFile {
  path: string;
  text: string;
}

export interface ReadTextOptions {
  /** The most bytes read; a larger file (or one that grows past it while read) is refused. Default {@link MAX_TEXT_FILE_BYTES}. */
  maxBytes?: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const CHUNK = 64 * 1024;

/**
 * Reads a UTF-8 text file. A missing file, a folder, a file that is not a regular file (a FIFO,
 * a device, a socket: `-` for stdin and `<(...)` are refused too), a file over `maxBytes`, an
 * empty file or a binary file (NUL bytes or invalid UTF-8) is an {@link InputFileError}, never a
 * crash or a hang. A UTF-8 byte-order mark is dropped.
 */
export async function readTextFile(path: string, options: ReadTextOptions = {}): Promise<TextFile> {
  const maxBytes = options.maxBytes ?? MAX_TEXT_FILE_BYTES;
  let info;
  try {
    info = await stat(path);
  } catch (cause) {
    if (path === '-') throw new InputFileError(path, 'not-a-regular-file', cause, 'standard input is not read');
    throw new InputFileError(
      path,
      (cause as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable',
      cause,
    );
  }
  if (info.isDirectory()) throw new InputFileError(path, 'directory');
  const kind = nonRegularKind(info);
  if (kind) throw new InputFileError(path, 'not-a-regular-file', undefined, kind);
  if (info.size > maxBytes)
    throw new InputFileError(path, 'too-large', undefined, `${info.size} bytes, the limit is ${formatBytes(maxBytes)}`);
  return { path, text: decodeText(path, await readBounded(path, maxBytes)) };
}

/** The bytes of a regular file, at most `maxBytes` of them, whatever its size said before. */
async function readBounded(path: string, maxBytes: number): Promise<Buffer> {
  let handle: FileHandle;
  try {
    // Non-blocking: should the path have become a FIFO since the stat, opening it does not wait for a writer.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (cause) {
    throw new InputFileError(path, 'unreadable', cause);
  }
  try {
    const kind = nonRegularKind(await handle.stat());
    if (kind) throw new InputFileError(path, 'not-a-regular-file', undefined, kind);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(CHUNK);
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes)
        throw new InputFileError(
          path,
          'too-large',
          undefined,
          `it grew past the limit of ${formatBytes(maxBytes)} while being read`,
        );
      chunks.push(bytesRead === CHUNK ? buffer : buffer.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } catch (cause) {
    if (cause instanceof InputFileError) throw cause;
    throw new InputFileError(path, 'unreadable', cause);
  } finally {
    await handle.close();
  }
}

/** Decodes bytes as UTF-8 text, refusing empty and binary content. */
export function decodeText(path: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputFileError(path, 'empty');
  if (bytes.subarray(0, 8192).includes(0)) throw new InputFileError(path, 'binary');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch (cause) {
    throw new InputFileError(path, 'binary', cause);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputFileError(path, 'empty');
  return text;
}
