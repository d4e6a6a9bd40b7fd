import type { Finding } from '../../finding.js';
import { stat } from 'node:fs/promises';
import { openByteSource, readHead } from '../reader/byte-source.js';
import { DEFAULT_FHIR_LIMITS, gzipBudget, mib, textLimits, type FhirInputLimits } from '../reader/input-limits.js';
import { detectInputKind } from '../reader/input-format.js';
import { lineBatches } from '../reader/line-batches.js';
import type { FileOutcome } from './file-outcome.js';
import { JobAccumulator } from './job-accumulator.js';
import type { Job, JobResult } from './job.js';

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
export async function readInputFile(
  path: string,
  sink: ReadSink,
  limits: FhirInputLimits = DEFAULT_FHIR_LIMITS,
): Promise<FileOutcome> {
  let head: Uint8Array;
  let size: number;
  try {
    head = await readHead(path);
    size = (await stat(path)).size;
  } catch (error) {
    return unreadable(
      path,
      sink,
      { format: 'json', gzip: false },
      'fhir.input.unreadable',
      `file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  const kind = detectInputKind(path, head);
  if (head.length === 0) return unreadable(path, sink, kind, 'fhir.input.empty', 'file is empty');
  const outcome: FileOutcome = { path, ...kind, resources: 0, status: 'ok' };
  const source = openByteSource(path, kind.gzip);
  // A gzip file may not expand past its budget (a bomb): reading stops there, what came before is validated.
  const budget = kind.gzip ? gzipBudget(limits, size) : Infinity;
  const chunks = bounded(source.chunks, budget);
  let line = 1;
  try {
    if (kind.format === 'ndjson') {
      const jobLimits = { ...textLimits(limits, 'ndjson'), maxLineBytes: limits.maxLineBytes };
      for await (const batch of lineBatches(chunks, { maxLineBytes: limits.maxLineBytes })) {
        sink.bytesRead(source.bytesRead());
        await sink.submit(
          {
            seq: sink.nextSeq(),
            kind: 'ndjson',
            file: path,
            firstLine: batch.firstLine,
            bytes: batch.bytes,
            tooLong: batch.tooLong,
            limits: jobLimits,
          },
          outcome,
        );
        line = batch.firstLine + countNewlines(batch.bytes);
      }
    } else {
      const parts: Buffer[] = [];
      let total = 0;
      for await (const chunk of chunks) {
        total += chunk.length;
        if (total > limits.maxDocumentBytes) {
          return broken(
            outcome,
            sink,
            'fhir.input.too-large',
            `JSON document is larger than the document limit (${mib(limits.maxDocumentBytes)}): not validated; export it as NDJSON (one resource per line)`,
            undefined,
            'unreadable',
          );
        }
        parts.push(chunk);
        sink.bytesRead(source.bytesRead());
      }
      await sink.submit(
        {
          seq: sink.nextSeq(),
          kind: 'json',
          file: path,
          bytes: Buffer.concat(parts),
          limits: { ...textLimits(limits, 'json'), maxLineBytes: limits.maxLineBytes },
        },
        outcome,
      );
    }
  } catch (error) {
    if (error instanceof GzipBudgetExceeded) {
      const message = `gzip data expands to more than ${limits.maxGzipRatio} times the file's size (${mib(budget)}): reading stopped there (a decompression bomb?)${kind.format === 'ndjson' ? '; the lines before it were validated' : ''}`;
      return broken(
        outcome,
        sink,
        'fhir.input.gzip-ratio',
        message,
        kind.format === 'ndjson' ? line : undefined,
        kind.format === 'ndjson' ? 'partial' : 'unreadable',
      );
    }
    const e = error as NodeJS.ErrnoException;
    const zlib = typeof e.code === 'string' && e.code.startsWith('Z_');
    const message = zlib
      ? `gzip data is corrupt or truncated (${e.code}); the lines before it were validated`
      : `file could not be read to the end (${e.code ?? e.message})`;
    return broken(
      outcome,
      sink,
      zlib ? 'fhir.input.corrupt-gzip' : 'fhir.input.read-error',
      message,
      kind.format === 'ndjson' ? line : undefined,
      'partial',
    );
  } finally {
    source.close();
  }
  return outcome;
}

class GzipBudgetExceeded extends Error {}

/** The chunks of a stream, up to `budget` bytes in all; past it, throws {@link GzipBudgetExceeded}. */
async function* bounded(chunks: AsyncIterable<Buffer>, budget: number): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > budget) throw new GzipBudgetExceeded();
    yield chunk;
  }
}

function countNewlines(bytes: Buffer): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n++;
  return n;
}

function broken(
  outcome: FileOutcome,
  sink: ReadSink,
  rule: string,
  message: string,
  line: number | undefined,
  status: FileOutcome['status'],
): FileOutcome {
  outcome.status = status;
  outcome.problem = message;
  const acc = new JobAccumulator(sink.nextSeq());
  const finding: Finding = {
    rule,
    severity: 'error',
    location: line === undefined ? { file: outcome.path } : { file: outcome.path, line },
    message,
  };
  acc.addFinding(finding);
  sink.local(acc.result(status === 'unreadable' ? message : undefined), outcome);
  return outcome;
}

function unreadable(
  path: string,
  sink: ReadSink,
  kind: Pick<FileOutcome, 'format' | 'gzip'>,
  rule: string,
  message: string,
): FileOutcome {
  const outcome: FileOutcome = { path, ...kind, resources: 0, status: 'unreadable' };
  return broken(outcome, sink, rule, message, undefined, 'unreadable');
}
