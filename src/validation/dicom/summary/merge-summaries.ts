import { FindingTally, type Finding, type RuleCount } from '../../finding.js';
import { inShardOrder, MergeRefusal } from '../../merge-refusal.js';
import { share } from '../../share.js';
import { checkAcrossFiles } from '../across/check-across-files.js';
import { dicomDiagnostic } from '../rule-table.js';
import type { DicomStandard } from '../standard/dicom-standard.js';
import { isListed } from './batch-outcome.js';
import { DICOM_METRICS as M, type CountRow, type DicomConformanceSummary } from './dicom-summary.js';
import { dicomdirFindings, fromShardDigest, type ShardDigest } from './shard-digest.js';

const ACROSS = 'dicom.across.';
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Merges the N summaries of `validate dicom --shard 1/N ... N/N` into the summary one run over all
 * the files writes: counts added, shares recomputed, rule tallies added (example of the earliest
 * file), findings, unreadable and not-checked files back in file order (file i was in shard
 * i mod N + 1), studies and series counted over the shards' hashed UIDs, and the checks across files
 * (duplicate SOP Instance UIDs, study and series consistency, DICOMDIR references) run again over
 * every shard's digests. A shard past the digest bound: those checks stay per shard, said in the
 * tally (`dicom.across.shard-limit`). Refuses (a {@link MergeRefusal}) what is not one sharded run.
 */
export function mergeDicomSummaries(
  summaries: readonly DicomConformanceSummary[],
  standard: DicomStandard,
): DicomConformanceSummary {
  const shards = inOrder(summaries);
  const first = shards[0]!;
  const sum = (f: (s: DicomConformanceSummary) => number): number => shards.reduce((n, s) => n + f(s), 0);
  const omitted = shards.map((s) => s.shard!.digests).find((d): d is { omitted: string } => !Array.isArray(d));
  const digests = omitted ? [] : interleave(shards.map((s) => s.shard!.digests as ShardDigest[]));
  const order = new Map(digests.map((d, i) => [d.file, i]));
  const rank = (file: string | undefined): number => (file === undefined ? Infinity : (order.get(file) ?? Infinity));
  const inFileOrder = <T>(lists: T[][], file: (t: T) => string | undefined): T[] =>
    lists
      .flatMap((l, k) => l.map((t, i) => ({ t, r: rank(file(t)), k, i })))
      .sort((a, b) => a.r - b.r || a.k - b.k || a.i - b.i)
      .map(({ t }) => t);

  // Findings across files: the shards' own taken out and found again over all the files.
  const keep = (rule: string): boolean => omitted !== undefined || !rule.startsWith(ACROSS);
  const across = omitted
    ? [dicomDiagnostic('dicom.across.shard-limit', {}, { why: omitted.omitted })]
    : [...dicomdirFindings(digests), ...checkAcrossFiles(digests.map(fromShardDigest), standard, first.options)];
  const tally = mergeTallies(shards, keep, rank);
  const acrossTally = new FindingTally();
  for (const f of across) acrossTally.add(f);
  const shardAcrossListed = sum((s) =>
    s.findings.filter((c) => !keep(c.rule) && c.severity !== 'information').reduce((n, c) => n + c.count, 0),
  );
  const limit = first.details.limit;
  const details = inFileOrder(
    shards.map((s) => s.details.findings.filter((f) => keep(f.rule))),
    (f: Finding) => f.location.file,
  ).slice(0, limit);
  for (const f of across) if (isListed(f) && details.length < limit) details.push(f);

  const parsedDigests = digests.filter((d) => !d.dicomdir && !unreadableFiles(shards).has(d.file));
  const distinct = (key: (d: ShardDigest) => string | undefined, of: (s: DicomConformanceSummary) => number) =>
    omitted ? Math.max(...shards.map(of)) : new Set(parsedDigests.map(key).filter((k) => k !== undefined)).size;
  const studies = distinct(
    (d) => d.study,
    (s) => s.dicom.studies,
  );
  const series = distinct(
    (d) => d.series,
    (s) => s.dicom.series,
  );
  const files = sum((s) => s.dicom.files);
  const totals = {
    items: sum((s) => s.totals.items),
    conformant: sum((s) => s.totals.conformant),
    withErrors: sum((s) => s.totals.withErrors),
    notChecked: sum((s) => s.totals.notChecked),
    unreadable: sum((s) => s.totals.unreadable),
  };
  const d = (s: DicomConformanceSummary) => s.dicom;
  return {
    kind: 'dicom',
    formatVersion: 1,
    tool: first.tool,
    inputs: first.inputs,
    options: first.options,
    totals,
    metrics: {
      [M.conformantShare]: share(totals.conformant, files),
      [M.deidentifiedShare]: share(
        sum((s) => d(s).deidentified),
        files,
      ),
      [M.parseOkShare]: share(
        sum((s) => d(s).parsed),
        files,
      ),
      [M.notCheckedShare]: share(totals.notChecked, files),
      [M.files]: files,
      [M.studies]: studies,
      [M.series]: series,
    },
    findings: sortTallies([...tally, ...acrossTally.counts()]),
    dicom: {
      files,
      dicomdirs: sum((s) => d(s).dicomdirs),
      // Every shard walks the same folders: each counted all the files it skipped.
      skipped: d(first).skipped,
      skippedFiles: d(first).skippedFiles,
      studies,
      series,
      parsed: sum((s) => d(s).parsed),
      partlyRead: sum((s) => d(s).partlyRead),
      deidentified: sum((s) => d(s).deidentified),
      declaredDeidentified: sum((s) => d(s).declaredDeidentified),
      modalities: addRows(shards.map((s) => d(s).modalities)),
      transferSyntaxes: addRows(shards.map((s) => d(s).transferSyntaxes)),
      sopClasses: addRows(shards.map((s) => d(s).sopClasses)),
      notChecked: {
        files: inFileOrder(
          shards.map((s) => d(s).notChecked.files),
          (f) => f.file,
        ).slice(0, limit),
        sopClasses: addRows(shards.map((s) => d(s).notChecked.sopClasses)),
      },
      shareDenominators: d(first).shareDenominators,
      unreadable: inFileOrder(
        shards.map((s) => d(s).unreadable),
        (f) => f.file,
      ),
      deidNotChecked: d(first).deidNotChecked,
    },
    details: {
      total: sum((s) => s.details.total) - shardAcrossListed + across.filter(isListed).length,
      limit,
      findings: details,
    },
  };
}

/** The shards by index, once each, all of one run; else a {@link MergeRefusal} saying what does not fit. */
function inOrder(summaries: readonly DicomConformanceSummary[]): DicomConformanceSummary[] {
  const first = summaries[0];
  if (!first) throw new MergeRefusal('no summary to merge');
  const count = first.shard?.count;
  if (count === undefined) throw new MergeRefusal('summary 1 was not written with --shard K/N');
  summaries.forEach((s, i) => {
    const which = `summary ${i + 1}`;
    if (s.kind !== 'dicom') throw new MergeRefusal(`${which} is a ${String(s.kind)} summary, summary 1 a dicom one`);
    if (s.formatVersion !== first.formatVersion) throw new MergeRefusal(`${which} has format ${s.formatVersion}`);
    if (s.tool.name !== first.tool.name || s.tool.version !== first.tool.version)
      throw new MergeRefusal(
        `${which} was written by ${s.tool.name} ${s.tool.version}, summary 1 by ${first.tool.name} ${first.tool.version}: versions may count differently`,
      );
    if (
      JSON.stringify(s.options) !== JSON.stringify(first.options) ||
      JSON.stringify(s.inputs) !== JSON.stringify(first.inputs) ||
      s.details.limit !== first.details.limit
    )
      throw new MergeRefusal(`${which} was run on other inputs or with other options (--deid, --show-values)`);
    if (!s.shard || s.shard.count !== count)
      throw new MergeRefusal(
        `${which} is ${s.shard ? `shard ${s.shard.index}/${s.shard.count}` : 'not a shard'}, summary 1 of ${count} shards`,
      );
  });
  return inShardOrder(summaries, count);
}

/** Files back in file order: the i-th file of shard k was file i * N + (k - 1). */
function interleave<T>(lists: readonly T[][]): T[] {
  const out: T[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++) for (const l of lists) if (i < l.length) out.push(l[i]!);
  return out;
}

function unreadableFiles(shards: readonly DicomConformanceSummary[]): Set<string> {
  return new Set(shards.flatMap((s) => s.dicom.unreadable.map((u) => u.file)));
}

/** Rule tallies added (those `keep` says), each rule's example the earliest in file order. */
function mergeTallies(
  shards: readonly DicomConformanceSummary[],
  keep: (rule: string) => boolean,
  rank: (file: string | undefined) => number,
): RuleCount[] {
  const byKey = new Map<string, RuleCount>();
  for (const s of shards)
    for (const c of s.findings) {
      if (!keep(c.rule)) continue;
      const key = `${c.rule}\u0000${c.severity}`;
      const known = byKey.get(key);
      if (!known) byKey.set(key, { ...c });
      else {
        known.count += c.count;
        if (rank(c.example.file) < rank(known.example.file))
          Object.assign(known, { example: c.example, message: c.message });
      }
    }
  return [...byKey.values()];
}

/** As one run's tally: most frequent first, then by rule and severity. */
function sortTallies(counts: RuleCount[]): RuleCount[] {
  const severities = ['fatal', 'error', 'warning', 'information'];
  return counts.sort(
    (a, b) =>
      b.count - a.count ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : severities.indexOf(a.severity) - severities.indexOf(b.severity)),
  );
}

/** Value rows added (a name kept), most frequent first, as one run's. */
function addRows(tables: readonly CountRow[][]): CountRow[] {
  const byValue = new Map<string, CountRow>();
  for (const rows of tables)
    for (const row of rows) {
      const known = byValue.get(row.value);
      if (known) known.count += row.count;
      else byValue.set(row.value, { ...row });
    }
  return [...byValue.values()].sort((a, b) => b.count - a.count || byText(a.value, b.value));
}
