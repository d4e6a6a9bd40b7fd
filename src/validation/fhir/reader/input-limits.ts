// The limits a FHIR input is read under. Each keeps one worker's memory bounded; a breach is a
// finding at its place (the line or file is skipped), never a crash. README "Limits" lists them.

const MiB = 2 ** 20;

/** Limits on FHIR input; the defaults are {@link DEFAULT_FHIR_LIMITS}. */
export interface FhirInputLimits {
  /** Longest NDJSON line (bytes, decompressed); a longer one is skipped. */
  maxLineBytes: number;
  /** Largest JSON document read whole (bytes, decompressed); a larger file is skipped. */
  maxDocumentBytes: number;
  /** A gzip file may expand to at most this many times its size (at least this many MiB): a bomb stops there. */
  maxGzipRatio: number;
  /** Deepest nesting of objects and arrays in a line or document. */
  maxDepth: number;
}

export const DEFAULT_FHIR_LIMITS: FhirInputLimits = {
  maxLineBytes: 16 * MiB,
  maxDocumentBytes: 64 * MiB,
  maxGzipRatio: 200,
  maxDepth: 512,
};

/** The limits a worker applies to one text: depth, and JSON values (objects, arrays, scalars) per byte allowed. */
export interface TextLimits {
  maxDepth: number;
  /** Most JSON values in one text (each costs ~60 bytes of heap parsed, ~250 while validated). */
  maxValues: number;
}

/** Values allowed per byte of the size limit (real FHIR JSON has about one value per 20 bytes). */
const VALUES_PER_LIMIT_BYTE = 1 / 16;

/** The text limits of a line (NDJSON) or a document (JSON), from the input limits. */
export function textLimits(limits: FhirInputLimits, kind: 'ndjson' | 'json'): TextLimits {
  const bytes = kind === 'ndjson' ? limits.maxLineBytes : limits.maxDocumentBytes;
  return { maxDepth: limits.maxDepth, maxValues: Math.ceil(bytes * VALUES_PER_LIMIT_BYTE) };
}

/**
 * Old-generation heap (MB) a worker needs to parse and validate a text of `bytes` within the limits:
 * the definitions (~40 MB), plus 16 MB per MB of text (its values, ~250 bytes each while validated,
 * at one value per 16 bytes). Measured: a 11 MB line of 1,000,000 values validates in 300 MB.
 */
export function workerHeapMb(bytes: number): number {
  return 128 + Math.ceil((bytes * 16) / MiB);
}

/** Bytes a gzip file of `compressedBytes` may expand to. */
export function gzipBudget(limits: FhirInputLimits, compressedBytes: number): number {
  return limits.maxGzipRatio * Math.max(compressedBytes, MiB);
}

/** A limit in MiB, as messages say it. */
export function mib(bytes: number): string {
  return `${Number((bytes / MiB).toFixed(2))} MiB`;
}
