import { constants, createWriteStream, type WriteStream } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { OutputError } from '../../errors/output-error.js';
import { checkOutputTarget } from '../../io/atomic-write.js';

/**
 * A `--findings` file: every finding written while the run goes on, through a write stream whose
 * backpressure the run waits on ({@link ready}), so memory stays bounded whatever the count.
 * Opened before any work: a folder, a link, a missing parent or an existing file without --force
 * is refused then ({@link OutputError}). Never follows a symlink (O_NOFOLLOW).
 */
export class FindingsWriter {
  private failure: Error | undefined;

  private constructor(
    private readonly path: string,
    private readonly stream: WriteStream,
  ) {
    stream.on('error', (error) => (this.failure = new OutputError(path, 'unwritable', error)));
  }

  static async open(path: string, force: boolean | undefined): Promise<FindingsWriter> {
    if ((await lstat(path).catch(() => undefined))?.isDirectory()) throw new OutputError(path, 'not-a-regular-file');
    await checkOutputTarget(path, force);
    const parent = await lstat(dirname(path)).catch(() => undefined);
    if (!parent?.isDirectory()) throw new OutputError(path, 'unwritable');
    const flags =
      constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW | (force ? constants.O_TRUNC : constants.O_EXCL);
    const handle = await open(path, flags, 0o644).catch((cause: unknown) => {
      throw new OutputError(path, (cause as NodeJS.ErrnoException).code === 'EEXIST' ? 'exists' : 'unwritable', cause);
    });
    return new FindingsWriter(path, createWriteStream('', { fd: handle, autoClose: true }));
  }

  /** Queues text (whole lines); the caller waits for {@link ready} before making more work. */
  write(text: string): void {
    if (text.length > 0 && !this.failure) this.stream.write(text);
  }

  /** Resolves once the stream has room again (at once when it has). */
  ready(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (!this.stream.writableNeedDrain) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const onDrain = (): void => {
        this.stream.off('error', onError);
        resolve();
      };
      const onError = (): void => {
        this.stream.off('drain', onDrain);
        reject(this.failure ?? new OutputError(this.path, 'unwritable'));
      };
      this.stream.once('drain', onDrain);
      this.stream.once('error', onError);
    });
  }

  /** Flushes and closes the file; rejects if anything could not be written. */
  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.stream.end(() => (this.failure ? reject(this.failure) : resolve()));
    });
  }
}

/** The tasks of a source, each taken only once the findings written so far have room (backpressure). */
export async function* paced<T>(source: Iterable<T> | AsyncIterable<T>, writer: FindingsWriter): AsyncGenerator<T> {
  for await (const task of source) {
    await writer.ready();
    yield task;
  }
}

/**
 * The outputs of a validation, checked before any work: an existing `out` needs `force` and a link
 * or special file is never replaced; the findings stream is opened, handed to `work`, and closed
 * whatever happens.
 */
export async function withValidationOutputs<T>(
  options: { out?: string; force?: boolean; findings?: string },
  work: (writer: FindingsWriter | undefined) => Promise<T>,
): Promise<T> {
  if (options.out !== undefined) await checkOutputTarget(options.out, options.force);
  const writer =
    options.findings === undefined ? undefined : await FindingsWriter.open(options.findings, options.force);
  try {
    const result = await work(writer);
    await writer?.close();
    return result;
  } catch (error) {
    await writer?.close().catch(() => undefined);
    throw error;
  }
}
