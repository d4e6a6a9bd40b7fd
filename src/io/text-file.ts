import { readFile, stat } from 'node:fs/promises';
import { InputFileError } from '../errors/input-file-error.js';

/** A text file read at the edge and handed to the core: its path (as named) and content. */
export interface TextFile {
  path: string;
  text: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a UTF-8 text file. A missing file, a folder, an empty file or a binary file (NUL bytes or
 * invalid UTF-8) is an {@link InputFileError}, never a crash. A UTF-8 byte-order mark is dropped.
 */
export async function readTextFile(path: string): Promise<TextFile> {
  let info;
  try {
    info = await stat(path);
  } catch (cause) {
    throw new InputFileError(path, (cause as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable', cause);
  }
  if (info.isDirectory()) throw new InputFileError(path, 'directory');
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    throw new InputFileError(path, 'unreadable', cause);
  }
  return { path, text: decodeText(path, bytes) };
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
