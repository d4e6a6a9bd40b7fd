/** Whole lines of an NDJSON stream, as bytes, with the number of the first line (1-based). */
export interface LineBatch {
  firstLine: number;
  bytes: Buffer;
  /** Lines longer than the limit that were dropped in this batch (their line numbers). */
  tooLong: number[];
}

export interface LineBatchOptions {
  /** A batch is cut at the first line end after this many bytes. */
  batchBytes?: number;
  /** A longer line is not kept in memory: it is skipped and reported. */
  maxLineBytes?: number;
}

const NL = 0x0a;

function countLines(buf: Buffer): number {
  let n = 0;
  for (let i = buf.indexOf(NL); i !== -1; i = buf.indexOf(NL, i + 1)) n++;
  return n;
}

/**
 * Cuts a byte stream into batches of whole lines without decoding it (decoding and parsing happen in
 * the workers), so memory stays bounded by the batch size and the longest line allowed.
 */
export async function* lineBatches(
  chunks: AsyncIterable<Buffer>,
  options: LineBatchOptions = {},
): AsyncGenerator<LineBatch> {
  const batchBytes = options.batchBytes ?? 256 * 1024;
  const maxLineBytes = options.maxLineBytes ?? 64 * 1024 * 1024;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let nextLine = 1;
  let skipping = false; // inside a line that is too long
  let tooLong: number[] = [];

  // Emits the pending chunks up to chunk k, byte at (just past a newline); keeps the rest.
  const cut = (k: number, at: number): LineBatch => {
    const head = pending.slice(0, k);
    const split = pending[k]!;
    head.push(split.subarray(0, at));
    const bytes = Buffer.concat(head);
    const rest = split.subarray(at);
    pending = rest.length > 0 ? [rest, ...pending.slice(k + 1)] : pending.slice(k + 1);
    pendingBytes -= bytes.length;
    const batch = { firstLine: nextLine, bytes, tooLong };
    nextLine += countLines(bytes);
    tooLong = [];
    return batch;
  };

  for await (const chunk of chunks) {
    let buf = chunk;
    if (skipping) {
      const nl = buf.indexOf(NL);
      if (nl === -1) continue;
      skipping = false;
      nextLine += 1;
      buf = buf.subarray(nl + 1);
    }
    pending.push(buf);
    pendingBytes += buf.length;
    if (pendingBytes < batchBytes) continue;
    let k = pending.length - 1;
    let last = -1;
    for (; k >= 0; k--) {
      last = pending[k]!.lastIndexOf(NL);
      if (last !== -1) break;
    }
    if (k >= 0) yield cut(k, last + 1);
    else if (pendingBytes > maxLineBytes) {
      // One line longer than allowed: drop it, note its number, resume after its end.
      tooLong.push(nextLine);
      pending = [];
      pendingBytes = 0;
      skipping = true;
    }
  }
  if (pendingBytes > 0 || tooLong.length > 0) {
    const bytes = Buffer.concat(pending);
    yield { firstLine: nextLine, bytes, tooLong };
  }
}
