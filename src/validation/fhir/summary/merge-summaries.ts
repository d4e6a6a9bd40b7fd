import type { Location } from '../../../errors/location.js';
import type { Finding, RuleCount } from '../../finding.js';
import { inShardOrder, MergeRefusal } from '../../merge-refusal.js';
import type { FileOutcome } from '../pipeline/file-outcome.js';
import { SAMPLE_SIZE, type FhirRunResult } from '../pipeline/run-result.js';
import { buildFhirSummary } from './build-summary.js';
import { emptyCounts, mergeCounts, type FhirCounts } from './fhir-counts.js';
import type { FhirConformanceSummary, ShardReferences } from './fhir-summary.js';
import { decodeKeys, hasKey } from './shard-keys.js';

export { MergeRefusal };

/**
 * Merges the N summaries of `--shard 1/N ... N/N` into the summary one run over all the inputs
 * writes: counts added, shares recomputed from them (by the same builder), rule tallies added with
 * the example of the earliest place, files put back in the walk's order (the line ranges of a split
 * file joined into one), the sample re-cut in input order, and the references each shard left
 * unresolved looked up among the other shards' resources. Refuses (a {@link MergeRefusal} saying
 * why) summaries of another kind, format, tool version, FHIR version, inputs, options or split size,
 * a missing or repeated shard.
 */
export function mergeFhirSummaries(summaries: readonly FhirConformanceSummary[]): FhirConformanceSummary {
  const shards = inOrder(summaries);
  const first = shards[0]!;
  const counts = emptyCounts();
  for (const s of shards) mergeCounts(counts, countsOf(s));
  const places = placesOf(shards);
  const rank = (file: string | undefined, shard: number): number => {
    const place = file === undefined ? undefined : places.get(file);
    return place === undefined ? Infinity : place.walkIndex * shards.length + (place.split ? shard - 1 : 0);
  };
  const findings = mergeTallies(shards, rank);
  const across = resolveAcrossShards(shards, rank);
  counts.referencesResolved += across.resolved;
  const run: FhirRunResult = {
    counts,
    findings: adjustTallies(findings, across),
    sample: mergeSamples(shards, rank),
    files: mergeFiles(shards),
    skipped: first.skipped, // the walk before sharding: every shard lists the same files
  };
  return buildFhirSummary(run, first.inputs, first.options);
}

/** The shards by index, once each, all of one run; else a {@link MergeRefusal} saying what does not fit. */
function inOrder(summaries: readonly FhirConformanceSummary[]): FhirConformanceSummary[] {
  const first = summaries[0];
  if (!first) throw new MergeRefusal('no summary to merge');
  const count = first.shard?.count;
  if (count === undefined) throw new MergeRefusal(`summary 1 was not written with --shard K/N`);
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
    if (!Array.isArray(s.shard.places) || s.shard.places.length !== s.files.length)
      throw new MergeRefusal(`${which} does not say where its files lie in the inputs (shard.places)`);
    if (s.shard.splitBytes !== first.shard!.splitBytes)
      throw new MergeRefusal(
        `${which} split NDJSON files from ${s.shard.splitBytes} bytes, summary 1 from ${first.shard!.splitBytes} (--shard-split-mb)`,
      );
  });
  return inShardOrder(summaries, count);
}

/** Each file's place in the walk, and whether it was cut into line ranges. */
function placesOf(shards: readonly FhirConformanceSummary[]): Map<string, { walkIndex: number; split: boolean }> {
  const places = new Map<string, { walkIndex: number; split: boolean }>();
  for (const s of shards)
    s.files.forEach((f, i) => {
      const place = s.shard!.places[i]!;
      places.set(f.path, { walkIndex: place.walkIndex, split: place.split === true });
    });
  return places;
}

/** Files in the walk's order; the ranges of a split file joined (resources added, the first problem kept). */
function mergeFiles(shards: readonly FhirConformanceSummary[]): FileOutcome[] {
  const byWalk = new Map<number, FileOutcome>();
  for (const s of shards)
    s.files.forEach((f, i) => {
      const walkIndex = s.shard!.places[i]!.walkIndex;
      const known = byWalk.get(walkIndex);
      if (!known) byWalk.set(walkIndex, { ...f });
      else {
        known.resources += f.resources;
        if (known.status === 'ok' && f.status !== 'ok') Object.assign(known, { status: f.status, problem: f.problem });
      }
    });
  return [...byWalk.entries()].sort(([a], [b]) => a - b).map(([, f]) => f);
}

/** References a shard left unresolved that a resource of another shard resolves; where the first still unresolved one is. */
interface AcrossShards {
  resolved: number;
  /** The first reference still unresolved (among those located), when any was resolved across shards. */
  example?: Location;
  /** References left unresolved in shards whose keys were not kept (past the bound): not resolved across shards. */
  notChecked: number;
  omitted?: string;
}

function resolveAcrossShards(
  shards: readonly FhirConformanceSummary[],
  rank: (file: string | undefined, shard: number) => number,
): AcrossShards {
  const refs = shards.map((s) => s.shard!.references);
  const unresolvedIn = (s: FhirConformanceSummary): number =>
    s.findings.find((f) => f.rule === 'fhir.reference.unresolved-in-export')?.count ?? 0;
  const omitted = refs.find((r): r is { omitted: string } => 'omitted' in r);
  if (omitted)
    return { resolved: 0, notChecked: shards.reduce((n, s) => n + unresolvedIn(s), 0), omitted: omitted.omitted };
  const kept = refs as ShardReferences[];
  const defined = kept.map((r) => decodeKeys(r.defined));
  let resolved = 0;
  let example: { location: Location; rank: number } | undefined;
  kept.forEach((r, k) => {
    const unresolved = decodeKeys(r.unresolved);
    const found = new Uint8Array(unresolved.length);
    unresolved.forEach((key, i) => {
      if (defined.some((d, j) => j !== k && hasKey(d, key))) {
        found[i] = 1;
        resolved += 1;
      }
    });
    for (const e of r.examples) {
      if (found[e.index]) continue;
      const at = rank(e.location.file, k + 1);
      if (!example || at < example.rank) example = { location: e.location, rank: at };
    }
  });
  return { resolved, notChecked: 0, ...(example ? { example: example.location } : {}) };
}

/** The tallies once references are resolved across shards (or said not to be). */
function adjustTallies(findings: RuleCount[], across: AcrossShards): RuleCount[] {
  const out = findings.flatMap((c) => {
    if (c.rule !== 'fhir.reference.unresolved-in-export') return [c];
    const count = c.count - across.resolved;
    if (count <= 0) return [];
    return [across.resolved > 0 && across.example ? { ...c, count, example: across.example } : { ...c, count }];
  });
  if (across.notChecked > 0)
    out.push({
      rule: 'fhir.reference.cross-shard-limit',
      severity: 'information',
      count: across.notChecked,
      example: {},
      message: `references left unresolved in their shard were not looked for in the other shards: ${across.omitted ?? ''}; validate in one run, or shard so that what refers to each other shares a shard`,
    });
  return sortTallies(out);
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

/** Rule tallies added; each rule's example is the one in the earliest file, as one run keeps the first seen. */
function mergeTallies(
  shards: readonly FhirConformanceSummary[],
  rank: (file: string | undefined, shard: number) => number,
): RuleCount[] {
  const byKey = new Map<string, { c: RuleCount; at: number }>();
  shards.forEach((s, k) => {
    for (const c of s.findings) {
      if (c.rule === 'fhir.reference.cross-shard-limit') continue;
      const key = `${c.rule}\u0000${c.severity}`;
      const known = byKey.get(key);
      const at = rank(c.example.file, k + 1);
      if (!known) byKey.set(key, { c: { ...c }, at });
      else {
        known.c.count += c.count;
        if (at < known.at) {
          Object.assign(known.c, { example: c.example, message: c.message });
          known.at = at;
        }
      }
    }
  });
  return sortTallies([...byKey.values()].map(({ c }) => c));
}

/** Most frequent first, then by rule and severity: the order of one run's tally. */
function sortTallies(counts: RuleCount[]): RuleCount[] {
  const severities = ['fatal', 'error', 'warning', 'information'];
  return counts.sort(
    (a, b) =>
      b.count - a.count ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : severities.indexOf(a.severity) - severities.indexOf(b.severity)),
  );
}

/**
 * The first findings in input order: each shard's sample is its first findings in its files' order,
 * so merged by file rank (stable within a file) and cut at the sample size they are one run's.
 */
function mergeSamples(
  shards: readonly FhirConformanceSummary[],
  rank: (file: string | undefined, shard: number) => number,
): Finding[] {
  const all = shards.flatMap((s, k) => s.sample.map((f) => ({ f, r: rank(f.location.file, k + 1) })));
  return all
    .map(({ f, r }, i) => ({ f, i, r }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .slice(0, SAMPLE_SIZE)
    .map(({ f }) => f);
}
