import type { Finding, RuleCount } from '../../finding.js';
import type { FileOutcome } from '../pipeline/file-outcome.js';
import { SAMPLE_SIZE, type FhirRunResult } from '../pipeline/run-result.js';
import { buildFhirSummary } from './build-summary.js';
import { emptyCounts, mergeCounts, type FhirCounts } from './fhir-counts.js';
import type { FhirConformanceSummary } from './fhir-summary.js';

/** Why shard summaries cannot be merged; the caller makes it a typed error. */
export class MergeRefusal extends Error {}

/** What a merged summary cannot say as one run would (told beside it, never guessed). */
export const CROSS_SHARD_REFERENCES_NOTE =
  'references between resources of different shards are not resolved across shards: each shard counted its own (fhir.reference.unresolved-in-export); validate in one run, or shard so that a patient and what refers to it share a file, for exact reference integrity';

/**
 * Merges the N summaries of `--shard 1/N ... N/N` into the summary one run over all the inputs
 * writes: counts added, shares recomputed from them (by the same builder), rule tallies added with
 * the example of the earliest file, files and the sample put back in the inputs' order (file i was
 * in shard i mod N + 1). Refuses (a {@link MergeRefusal} saying why) summaries of another kind,
 * format, tool version, FHIR version, inputs or options, a missing or repeated shard.
 */
export function mergeFhirSummaries(summaries: readonly FhirConformanceSummary[]): FhirConformanceSummary {
  const first = summaries[0];
  if (!first) throw new MergeRefusal('no summary to merge');
  const count = first.shard?.count;
  if (count === undefined) throw new MergeRefusal(`summary 1 was not written with --shard K/N`);
  const byIndex = new Array<FhirConformanceSummary | undefined>(count);
  summaries.forEach((s, i) => {
    const which = `summary ${i + 1}`;
    if (s.kind !== 'fhir') throw new MergeRefusal(`${which} is a ${String(s.kind)} summary, not fhir`);
    if (s.formatVersion !== first.formatVersion) throw new MergeRefusal(`${which} has format ${s.formatVersion}`);
    if (s.tool.name !== first.tool.name || s.tool.version !== first.tool.version)
      throw new MergeRefusal(
        `${which} was written by ${s.tool.name} ${s.tool.version}, summary 1 by ${first.tool.name} ${first.tool.version}: versions may count differently`,
      );
    if (s.fhirVersion !== first.fhirVersion)
      throw new MergeRefusal(`${which} is FHIR ${s.fhirVersion}, summary 1 FHIR ${first.fhirVersion}`);
    if (
      JSON.stringify(s.options) !== JSON.stringify(first.options) ||
      JSON.stringify(s.inputs) !== JSON.stringify(first.inputs)
    )
      throw new MergeRefusal(`${which} was run on other inputs or with other options (profiles, IGs, --show-values)`);
    if (!s.shard || s.shard.count !== count)
      throw new MergeRefusal(
        `${which} is ${s.shard ? `shard ${s.shard.index}/${s.shard.count}` : 'not a shard'}, summary 1 of ${count} shards`,
      );
    if (byIndex[s.shard.index - 1]) throw new MergeRefusal(`shard ${s.shard.index}/${count} is given twice`);
    byIndex[s.shard.index - 1] = s;
  });
  const missing = byIndex.findIndex((s) => s === undefined);
  if (missing !== -1 || summaries.length !== count)
    throw new MergeRefusal(`shard ${missing + 1}/${count} is missing: all ${count} shards are needed`);
  const shards = byIndex as FhirConformanceSummary[];

  const counts = emptyCounts();
  for (const s of shards) mergeCounts(counts, countsOf(s));
  const files = interleave(shards.map((s) => s.files));
  const order = new Map(files.map((f, i) => [f.path, i]));
  const rank = (file: string | undefined): number => (file === undefined ? Infinity : (order.get(file) ?? Infinity));
  const run: FhirRunResult = {
    counts,
    findings: mergeTallies(shards, rank),
    sample: mergeSamples(shards, rank),
    files,
    skipped: first.skipped, // the walk before sharding: every shard lists the same files
  };
  return buildFhirSummary(run, first.inputs, first.options);
}

/** The raw counts a summary was built from (every one is in it: totals, per type, per profile, terminology, references). */
function countsOf(s: FhirConformanceSummary): FhirCounts {
  const c = emptyCounts();
  c.resources = s.totals.items;
  c.conformant = s.totals.conformant;
  c.withErrors = s.totals.withErrors;
  c.unreadable = s.totals.unreadable;
  for (const t of s.resourcesByType) {
    c.byType[t.type] = { resources: t.resources, validBase: t.validBase, conformant: t.conformant };
    c.validBase += t.validBase;
  }
  for (const p of s.profiles) c.profiles[p.url] = { checked: p.checked, conformant: p.conformant };
  const t = s.terminology;
  Object.assign(c, {
    observations: t.observations,
    observationsWithLoinc: t.observationsWithLoinc,
    conditions: t.conditions,
    conditionsCoded: t.conditionsCoded,
    quantities: t.quantities,
    quantitiesUcum: t.quantitiesUcum,
    codesChecked: t.codesChecked,
    codesValid: t.codesValid,
  });
  c.referencesChecked = s.references.checked;
  c.referencesResolved = s.references.resolved;
  c.referencesExternal = s.references.external;
  return c;
}

/** Files back in input order: the i-th file of shard k was input file i * N + (k - 1). */
function interleave(lists: readonly FileOutcome[][]): FileOutcome[] {
  const out: FileOutcome[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++) for (const l of lists) if (i < l.length) out.push(l[i]!);
  return out;
}

/** Rule tallies added; each rule's example is the one in the earliest file, as one run keeps the first seen. */
function mergeTallies(shards: readonly FhirConformanceSummary[], rank: (file?: string) => number): RuleCount[] {
  const byKey = new Map<string, RuleCount>();
  for (const s of shards)
    for (const c of s.findings) {
      const key = `${c.rule}\u0000${c.severity}`;
      const known = byKey.get(key);
      if (!known) byKey.set(key, { ...c });
      else {
        known.count += c.count;
        if (rank(c.example.file) < rank(known.example.file))
          Object.assign(known, { example: c.example, message: c.message });
      }
    }
  const severities = ['fatal', 'error', 'warning', 'information'];
  return [...byKey.values()].sort(
    (a, b) =>
      b.count - a.count ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : severities.indexOf(a.severity) - severities.indexOf(b.severity)),
  );
}

/**
 * The first findings in input order: each shard's sample is its first findings in its files' order,
 * so merged by file rank (stable within a file) and cut at the sample size they are one run's.
 */
function mergeSamples(shards: readonly FhirConformanceSummary[], rank: (file?: string) => number): Finding[] {
  const all = shards.flatMap((s) => s.sample);
  return all
    .map((f, i) => ({ f, i, r: rank(f.location.file) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .slice(0, SAMPLE_SIZE)
    .map(({ f }) => f);
}
