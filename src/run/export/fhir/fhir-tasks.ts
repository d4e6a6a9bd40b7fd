import { openByteStream, readHead } from '../../../io/byte-stream.js';
import type { FileOutcome } from '../../../validation/fhir/pipeline/file-outcome.js';
import type { BrokenInput, Job } from '../../../validation/fhir/pipeline/job.js';
import { detectInputKind } from '../../../validation/fhir/reader/input-format.js';
import { gzipBudget, mib, textLimits, type FhirInputLimits } from '../../../validation/fhir/reader/input-limits.js';
import { lineBatches } from '../../../validation/fhir/reader/line-batches.js';
import type { Task } from '../engine.js';
import { lineRange, openRange } from './line-range.js';

/** What the calling thread keeps about a FHIR job: its file, how far the inputs were read when it was cut, its lines. */
export interface FhirMeta {
  file: FileOutcome;
  /** Raw bytes of all inputs read when the job was cut: progress counts what was validated, not read ahead. */
  position: number;
  /** Lines in the job (1 for a document), to count them unreadable if it is lost. */
  lines: number;
}

/** The inputs: each file's path and size, in walk order; `split`: read only line range `part` of `parts` (`--shard`). */
export interface FhirInputFile {
  path: string;
  size: number;
  split?: { part: number; parts: number };
  /** Its place in the walk's order (0-based), for a shard's summary. */
  walkIndex?: number;
}

/**
 * Reads the input files into jobs, one file after the other, as fast as they are taken: NDJSON
 * (plain or gzip) in batches of lines, anything else as one JSON or XML document. A file that cannot be
 * read, or breaks off (corrupt gzip, past a limit), becomes a `broken` job; what was read before
 * the break is still validated. `files` receives each file's outcome, in order. A split file is
 * read from its range, with its real line numbers; one that is not plain NDJSON after all is read
 * whole by part 1 and skipped by the others.
 */
export async function* fhirTasks(
  inputs: readonly FhirInputFile[],
  limits: FhirInputLimits,
  files: FileOutcome[],
  /** Receives, beside `files`, the input each outcome is of (where a shard's file lies in the walk). */
  filesInputs?: FhirInputFile[],
): AsyncGenerator<Task<Job, FhirMeta>> {
  let seq = 0;
  let before = 0;
  for (const input of inputs) {
    const { path, size, split } = input;
    let head: Uint8Array;
    try {
      head = await readHead(path);
    } catch (error) {
      if (split && split.part > 1) continue;
      const file: FileOutcome = { path, format: 'json', gzip: false, resources: 0, status: 'ok' };
      files.push(file);
      filesInputs?.push(input);
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      before += size;
      yield broken(
        file,
        seq++,
        'fhir.input.unreadable',
        `file cannot be read (${code})`,
        undefined,
        'unreadable',
        before,
      );
      continue;
    }
    const kind = detectInputKind(path, head);
    const ranged = split !== undefined && kind.format === 'ndjson' && !kind.gzip;
    if (split && !ranged && split.part > 1) continue;
    const file: FileOutcome = { path, ...kind, resources: 0, status: 'ok' };
    files.push(file);
    filesInputs?.push(input);
    const at = (n: number, lines: number) => ({ file, position: before + n, lines });
    if (head.length === 0) {
      before += size;
      yield broken(file, seq++, 'fhir.input.empty', 'file is empty', undefined, 'unreadable', before);
      continue;
    }
    const range = ranged ? await lineRange(path, size, split.part, split.parts) : undefined;
    const source = range ? openRange(path, range) : openByteStream(path, kind.gzip);
    const skipped = range ? range.firstLine - 1 : 0;
    // A gzip file may not expand past its budget (a bomb): reading stops there, what came before is validated.
    const budget = kind.gzip ? gzipBudget(limits, size) : Infinity;
    const chunks = bounded(source.chunks, budget);
    const ndjson = kind.format === 'ndjson';
    let line = 1 + skipped;
    try {
      if (ndjson) {
        const jobLimits = { ...textLimits(limits, 'ndjson'), maxLineBytes: limits.maxLineBytes };
        for await (const batch of lineBatches(chunks, { maxLineBytes: limits.maxLineBytes })) {
          const lines = countNewlines(batch.bytes);
          const { bytes } = batch;
          const firstLine = batch.firstLine + skipped;
          const tooLong = skipped === 0 ? batch.tooLong : batch.tooLong.map((n) => n + skipped);
          yield {
            item: { seq: seq++, kind: 'ndjson', file: path, firstLine, bytes, tooLong, limits: jobLimits },
            meta: at(source.bytesRead(), Math.max(lines, 1)),
          };
          line = firstLine + lines;
        }
      } else {
        const parts: Buffer[] = [];
        let total = 0;
        for await (const chunk of chunks) {
          total += chunk.length;
          if (total > limits.maxDocumentBytes) {
            const message = `${kind.format === 'xml' ? 'XML' : 'JSON'} document is larger than the document limit (${mib(limits.maxDocumentBytes)}): not validated; export it as NDJSON (one resource per line)`;
            yield broken(file, seq++, 'fhir.input.too-large', message, undefined, 'unreadable', before + size);
            break;
          }
          parts.push(chunk);
        }
        if (total <= limits.maxDocumentBytes) {
          const bytes = Buffer.concat(parts);
          const jobLimits = { ...textLimits(limits, 'json'), maxLineBytes: limits.maxLineBytes };
          const item = { seq: seq++, file: path, bytes, limits: jobLimits };
          yield { item: { ...item, kind: kind.format === 'xml' ? 'xml' : 'json' }, meta: at(size, 1) };
        }
      }
    } catch (error) {
      if (error instanceof GzipBudgetExceeded) {
        const message = `gzip data expands to more than ${limits.maxGzipRatio} times the file's size (${mib(budget)}): reading stopped there (a decompression bomb?)${ndjson ? '; the lines before it were validated' : ''}`;
        const status = ndjson ? 'partial' : 'unreadable';
        yield broken(file, seq++, 'fhir.input.gzip-ratio', message, ndjson ? line : undefined, status, before + size);
      } else {
        const e = error as NodeJS.ErrnoException;
        const zlib = typeof e.code === 'string' && e.code.startsWith('Z_');
        const message = zlib
          ? `gzip data is corrupt or truncated (${e.code}); the lines before it were validated`
          : `file could not be read to the end (${e.code ?? e.message})`;
        const rule = zlib ? 'fhir.input.corrupt-gzip' : 'fhir.input.read-error';
        yield broken(file, seq++, rule, message, ndjson ? line : undefined, 'partial', before + size);
      }
    } finally {
      source.close();
    }
    before += range ? range.to - range.from : size;
  }
}

/** A file that broke: its outcome says so now, its finding comes back as the job's result. */
function broken(
  file: FileOutcome,
  seq: number,
  rule: string,
  message: string,
  line: number | undefined,
  status: FileOutcome['status'],
  position: number,
): Task<BrokenInput, FhirMeta> {
  file.status = status;
  file.problem = message;
  const item: BrokenInput = {
    seq,
    kind: 'broken',
    file: file.path,
    rule,
    message,
    unreadable: status === 'unreadable',
  };
  if (line !== undefined) item.line = line;
  return { item, meta: { file, position, lines: 1 } };
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

function countNewlines(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n++;
  return n;
}
