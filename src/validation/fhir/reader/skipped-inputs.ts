/** A file the walk found and left out, and why. */
export interface SkippedFile {
  path: string;
  reason: string;
}

/** The files left out of a run, as the summary lists them: all counted, the first {@link SKIPPED_LISTED} named. */
export interface SkippedInputs {
  count: number;
  /** How many `files` holds at most (the first ones, in walk order). */
  limit: number;
  files: SkippedFile[];
  /** Counts by kind, largest first: `*.txt (not a FHIR format)`. */
  kinds: { kind: string; count: number }[];
}

/** How many skipped files the summary names; the others are counted. */
export const SKIPPED_LISTED = 100;

/** The reason for a file whose name is not a FHIR input's. */
export const NOT_FHIR_NAME = 'not a FHIR format';

/**
 * Collects the files a walk leaves out (a name that is not a FHIR input's, a FIFO or device),
 * bounded: every one counted by kind, the first {@link SKIPPED_LISTED} kept with their path.
 */
export class SkippedInputCollector {
  private readonly listed: SkippedFile[] = [];
  private readonly kinds = new Map<string, number>();
  private total = 0;

  add(path: string, reason: string): void {
    this.total += 1;
    if (this.listed.length < SKIPPED_LISTED) this.listed.push({ path, reason });
    const kind = `${patternOf(path)} (${reason})`;
    this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + 1);
  }

  result(): SkippedInputs {
    const kinds = [...this.kinds]
      .map(([kind, count]) => ({ kind, count }))
      .sort((a, b) => b.count - a.count || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
    return { count: this.total, limit: SKIPPED_LISTED, files: this.listed, kinds };
  }
}

/** `12 files skipped: 10 *.txt (not a FHIR format), 2 *.xml.zip (not a FHIR format)`, or undefined when none was. */
export function describeSkipped(skipped: SkippedInputs): string | undefined {
  if (skipped.count === 0) return undefined;
  const kinds = skipped.kinds.map((k) => `${k.count} ${k.kind}`).join(', ');
  return `${skipped.count} file${skipped.count === 1 ? '' : 's'} skipped: ${kinds}`;
}

/** `*.txt`, `*.tar.gz` for a compressed name, `(no extension)`: what a person recognises a kind of file by. */
function patternOf(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).toLowerCase();
  const match = /(\.[a-z0-9_-]{1,12})?(\.[a-z0-9_-]{1,12})$/.exec(name.slice(1));
  if (!match) return '(no extension)';
  const compressed = /^\.(gz|zip|bz2|xz|zst|7z)$/.test(match[2] ?? '');
  return `*${compressed && match[1] ? match[1] : ''}${match[2]}`;
}
