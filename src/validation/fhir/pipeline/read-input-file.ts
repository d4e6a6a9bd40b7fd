import type { Finding } from '../../finding.js';
import { openByteSource, readHead } from '../reader/byte-source.js';
import { detectInputKind } from '../reader/input-format.js';
import { lineBatches } from '../reader/line-batches.js';
import type { FileOutcome } from './file-outcome.js';
import { JobAccumulator } from './job-accumulator.js';
import type { Job, JobResult } from './job.js';

/** The largest JSON document read whole (a JavaScript string's limit is near 512 MB). */
export const MAX_JSON_DOCUMENT_BYTES = 400 * 1024 * 1024;

/** How the file reader hands out work. */
export interface ReadSink {
  nextSeq(): number;
  submit(job: Job, file: FileOutcome): Promise<void>;
  /** A result made on the main thread (a file that could not be read). */
  local(result: JobResult, file: FileOutcome): void;
  /** Raw bytes of this file read so far. */
  bytesRead(n: number): void;
}

/**
 * Reads one input file into jobs: NDJSON (plain or gzip) in batches of lines, anything else as one
 * JSON document. A file that cannot be read, or breaks off (corrupt gzip), becomes a finding; what
 * was read before the break is still validated.
 */
export async function readInputFile(path: string, sink: ReadSink): Promise<FileOutcome> {
  let head: Uint8Array;
  try {
    head = await readHead(path);
  } catch (error) {
    return unreadable(path, sink, { format: 'json', gzip: false }, 'fhir.input.unreadable', `file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const kind = detectInputKind(path, head);
  if (head.length === 0) return unreadable(path, sink, kind, 'fhir.input.empty', 'file is empty');
  const outcome: FileOutcome = { path, ...kind, resources: 0, status: 'ok' };
  const source = openByteSource(path, kind.gzip);
  let line = 1;
  try {
    if (kind.format === 'ndjson') {
      for await (const batch of lineBatches(source.chunks)) {
        sink.bytesRead(source.bytesRead());
        await sink.submit({ seq: sink.nextSeq(), kind: 'ndjson', file: path, firstLine: batch.firstLine, bytes: batch.bytes, tooLong: batch.tooLong }, outcome);
        line = batch.firstLine + countNewlines(batch.bytes);
      }
    } else {
      const parts: Buffer[] = [];
      let size = 0;
      for await (const chunk of source.chunks) {
        size += chunk.length;
        if (size > MAX_JSON_DOCUMENT_BYTES) {
          return broken(outcome, sink, 'fhir.input.too-large', `JSON document is larger than ${MAX_JSON_DOCUMENT_BYTES / 2 ** 20} MB; export it as NDJSON (one resource per line)`, undefined, 'unreadable');
        }
        parts.push(chunk);
        sink.bytesRead(source.bytesRead());
      }
      await sink.submit({ seq: sink.nextSeq(), kind: 'json', file: path, bytes: Buffer.concat(parts) }, outcome);
    }
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const zlib = typeof e.code === 'string' && e.code.startsWith('Z_');
    const message = zlib ? `gzip data is corrupt or truncated (${e.code}); the lines before it were validated` : `file could not be read to the end (${e.code ?? e.message})`;
    return broken(outcome, sink, zlib ? 'fhir.input.corrupt-gzip' : 'fhir.input.read-error', message, kind.format === 'ndjson' ? line : undefined, 'partial');
  } finally {
    source.close();
  }
  return outcome;
}

function countNewlines(bytes: Buffer): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n++;
  return n;
}

function broken(outcome: FileOutcome, sink: ReadSink, rule: string, message: string, line: number | undefined, status: FileOutcome['status']): FileOutcome {
  outcome.status = status;
  outcome.problem = message;
  const acc = new JobAccumulator(sink.nextSeq());
  const finding: Finding = { rule, severity: 'error', location: line === undefined ? { file: outcome.path } : { file: outcome.path, line }, message };
  acc.addFinding(finding);
  sink.local(acc.result(status === 'unreadable' ? message : undefined), outcome);
  return outcome;
}

function unreadable(path: string, sink: ReadSink, kind: Pick<FileOutcome, 'format' | 'gzip'>, rule: string, message: string): FileOutcome {
  const outcome: FileOutcome = { path, ...kind, resources: 0, status: 'unreadable' };
  return broken(outcome, sink, rule, message, undefined, 'unreadable');
}
