import { FindingTally, type Finding } from '../../finding.js';
import { TOOL } from '../../../version.js';
import { DEID_NOT_CHECKED } from '../deid/not-checked.js';
import {
  DICOM_METRICS as M,
  type CountRow,
  type DicomConformanceSummary,
  type NotCheckedFile,
  type SkippedFile,
  type UnreadableFile,
} from './dicom-summary.js';
import { isListed, type BatchOutcome, type FileOutcome } from './batch-outcome.js';
import { isNamedTransferSyntax, shownStandardValue } from '../standard-values.js';
import { MEDIA_DIRECTORY, type DicomStandard } from '../standard/dicom-standard.js';
import { share } from '../../share.js';
import { TRANSFER_SYNTAX_NAMES } from './transfer-syntax-names.js';
import { NOT_DICOM_LOOKING } from '../no-dicom-file-error.js';

/** Skipped files the summary names one by one (all are counted in `dicom.skipped`). */
export const SKIPPED_LIMIT = 1_000;
import type { DicomShardInfo } from './shard-digest.js';

/** How many findings (warnings and worse) the summary lists one by one; all are counted by rule. */
export const DETAIL_LIMIT = 10_000;

function rows(counts: Map<string, number>, names?: Readonly<Record<string, string>>): CountRow[] {
  return [...counts.entries()]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .map(([value, count]) => ({
      value,
      ...(value === OTHER_VALUES
        ? { name: `values past the first ${DISTINCT_VALUE_LIMIT} distinct ones` }
        : names?.[value]
          ? { name: names[value] }
          : {}),
      count,
    }));
}

/** Distinct values counted one by one per table (modalities, transfer syntaxes, SOP Classes); the others share one row. */
export const DISTINCT_VALUE_LIMIT = 1_000;

/** The row of the values past {@link DISTINCT_VALUE_LIMIT} (parentheses: never a CS or UI value). */
export const OTHER_VALUES = '(other values)';

/** What each share of the summary is counted over. */
const SHARE_DENOMINATORS: Readonly<Record<string, string>> = {
  [M.conformantShare]: 'files examined (dicom.files): unreadable and not-checked files included, never conformant',
  [M.deidentifiedShare]: 'files examined (dicom.files): unreadable and partly read files included',
  [M.parseOkShare]: 'files examined (dicom.files)',
  [M.notCheckedShare]: 'files examined (dicom.files)',
};

/** Names of the SOP Classes whose IOD is not checked here (the standard's other storage classes, DICOMDIR). */
function sopClassNames(standard: DicomStandard): Readonly<Record<string, string>> {
  return { ...standard.tables.otherSopClasses, [MEDIA_DIRECTORY]: 'Media Storage Directory Storage (DICOMDIR)' };
}

function bump(map: Map<string, number>, key: string | undefined): void {
  if (key === undefined) return;
  // a hostile export can give every file its own value: the table stays bounded
  const row = map.has(key) || map.size < DISTINCT_VALUE_LIMIT ? key : OTHER_VALUES;
  map.set(row, (map.get(row) ?? 0) + 1);
}

/**
 * Accumulates batches of file outcomes, in file order, into a {@link DicomConformanceSummary}. Memory grows
 * with the number of studies and series (their UIDs), not with the findings, which are tallied
 * (and listed up to {@link DETAIL_LIMIT}).
 */
export class DicomSummaryBuilder {
  private readonly tally = new FindingTally();
  private readonly details: Finding[] = [];
  private totalFindings = 0;
  private files = 0;
  private dicomdirs = 0;
  private skippedFiles = 0;
  private readonly skippedListed: SkippedFile[] = [];
  private parsed = 0;
  private conformant = 0;
  private withErrors = 0;
  private notChecked = 0;
  private readonly notCheckedClasses = new Map<string, number>();
  private readonly notCheckedFiles: NotCheckedFile[] = [];
  private deidentified = 0;
  private partlyRead = 0;
  private declared = 0;
  private readonly unreadable: UnreadableFile[] = [];
  private readonly studies = new Set<string>();
  private readonly series = new Set<string>();
  private readonly modalities = new Map<string, number>();
  private readonly syntaxes = new Map<string, number>();
  private readonly sopClasses = new Map<string, number>();

  constructor(
    private readonly standard: DicomStandard,
    private readonly options: { deid: readonly string[]; showValues: boolean; detailLimit?: number },
  ) {}

  /** True while findings are still listed one by one (the pipeline then asks workers for them). */
  wantsFindings(): boolean {
    return this.details.length < (this.options.detailLimit ?? DETAIL_LIMIT);
  }

  /** Adds a batch of files; call in file order, for deterministic examples and listing. */
  addBatch(batch: BatchOutcome): void {
    this.tally.merge(batch.tally);
    this.totalFindings += batch.listableCount;
    const limit = this.options.detailLimit ?? DETAIL_LIMIT;
    if (batch.findingsJson !== undefined && this.details.length < limit) {
      for (const f of JSON.parse(batch.findingsJson) as Finding[]) {
        if (this.details.length >= limit) break;
        this.details.push(f);
      }
    }
    for (const file of batch.files) this.addOutcome(file);
  }

  private addOutcome(file: FileOutcome): void {
    const { digest } = file;
    this.files += 1;
    if (file.partlyRead) this.partlyRead += 1;
    if (file.unreadable) {
      this.unreadable.push({ file: digest.file, ...file.unreadable });
      return;
    }
    this.parsed += 1;
    if (file.notChecked) this.addNotChecked(digest);
    if (!file.conformant) this.withErrors += 1;
    else if (file.notChecked) this.notChecked += 1;
    else this.conformant += 1;
    if (file.deidentified) this.deidentified += 1;
    if (digest.dicomdir) {
      this.dicomdirs += 1;
      return;
    }
    if (file.declared) this.declared += 1;
    if (digest.studyUid !== undefined) this.studies.add(digest.studyUid);
    if (digest.seriesUid !== undefined) this.series.add(digest.seriesUid);
    // values of the files: those the standard does not define are shown as length and hash unless --show-values
    const shown = (value: string | undefined, isStandard: (v: string) => boolean): string | undefined =>
      value === undefined ? undefined : shownStandardValue(value, isStandard, this.options.showValues);
    bump(this.modalities, shown(digest.modality, this.standard.isStandardModality));
    bump(this.syntaxes, shown(digest.transferSyntax, isNamedTransferSyntax));
    bump(this.sopClasses, shown(digest.sopClassUid, this.standard.isStandardSopClass));
  }

  /** A file whose IOD was not checked: named with its SOP Class (shown as the other values of the files are). */
  private addNotChecked(digest: FileOutcome['digest']): void {
    const uid = digest.dicomdir ? MEDIA_DIRECTORY : digest.sopClassUid;
    const sopClass =
      uid === undefined
        ? undefined
        : shownStandardValue(uid, this.standard.isStandardSopClass, this.options.showValues);
    bump(this.notCheckedClasses, sopClass);
    if (this.notCheckedFiles.length < (this.options.detailLimit ?? DETAIL_LIMIT))
      this.notCheckedFiles.push({ file: digest.file, ...(sopClass === undefined ? {} : { sopClass }) });
  }

  /** Adds findings that concern several files (after the last file). */
  addFindings(findings: readonly Finding[]): void {
    const limit = this.options.detailLimit ?? DETAIL_LIMIT;
    for (const f of findings) {
      this.tally.add(f);
      if (!isListed(f)) continue;
      this.totalFindings += 1;
      if (this.details.length < limit) this.details.push(f);
    }
  }

  /** Counts files below the folders that were not examined (not DICOM-looking), naming those listed. */
  addSkipped(count: number, files: readonly string[] = []): void {
    this.skippedFiles += count;
    for (const file of files)
      if (this.skippedListed.length < SKIPPED_LIMIT) this.skippedListed.push({ file, reason: NOT_DICOM_LOOKING });
  }

  build(inputs: readonly string[], shard?: DicomShardInfo): DicomConformanceSummary {
    return {
      kind: 'dicom',
      ...(shard ? { shard } : {}),
      formatVersion: 1,
      tool: { name: TOOL.name, version: TOOL.version },
      inputs: [...inputs],
      options: { deid: [...this.options.deid], showValues: this.options.showValues },
      totals: {
        items: this.files,
        conformant: this.conformant,
        withErrors: this.withErrors,
        notChecked: this.notChecked,
        unreadable: this.unreadable.length,
      },
      metrics: {
        [M.conformantShare]: share(this.conformant, this.files),
        // over every file examined: one that could not be read, or only in part, is not shown to be de-identified
        [M.deidentifiedShare]: share(this.deidentified, this.files),
        [M.parseOkShare]: share(this.parsed, this.files),
        [M.notCheckedShare]: share(this.notChecked, this.files),
        [M.files]: this.files,
        [M.studies]: this.studies.size,
        [M.series]: this.series.size,
      },
      findings: this.tally.counts(),
      dicom: {
        files: this.files,
        dicomdirs: this.dicomdirs,
        skipped: this.skippedFiles,
        skippedFiles: { limit: SKIPPED_LIMIT, files: this.skippedListed },
        studies: this.studies.size,
        series: this.series.size,
        parsed: this.parsed,
        partlyRead: this.partlyRead,
        deidentified: this.deidentified,
        declaredDeidentified: this.declared,
        modalities: rows(this.modalities),
        transferSyntaxes: rows(this.syntaxes, TRANSFER_SYNTAX_NAMES),
        sopClasses: rows(this.sopClasses),
        notChecked: {
          files: this.notCheckedFiles,
          sopClasses: rows(this.notCheckedClasses, sopClassNames(this.standard)),
        },
        shareDenominators: SHARE_DENOMINATORS,
        unreadable: this.unreadable,
        deidNotChecked: [...DEID_NOT_CHECKED],
      },
      details: { total: this.totalFindings, limit: this.options.detailLimit ?? DETAIL_LIMIT, findings: this.details },
    };
  }
}
