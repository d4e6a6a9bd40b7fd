// Shards of one NDJSON file (line ranges) merged as one run: references that cross shards are resolved
// by the keys each shard carries; past the bound, the merged summary says they were not.
import { beforeAll, describe, expect, it } from 'vitest';
import { validateFhir } from '../../../../src/run/validate-fhir.js';
import type { FhirConformanceSummary } from '../../../../src/validation/fhir/summary/fhir-summary.js';
import { MergeRefusal, mergeFhirSummaries } from '../../../../src/validation/fhir/summary/merge-summaries.js';
import { createFakeValidator } from '../fake-validator.js';
import { ndjson, observation, patient, writeExport } from '../pipeline/run-helpers.js';

const config = { igs: [], profiles: [], showValues: false };
const run = (dir: string, shard?: { index: number; count: number; splitBytes: number }) =>
  validateFhir({ inputs: [dir], config, createValidator: createFakeValidator, shard }).then((r) => r.summary);

describe('merging FHIR shard summaries', () => {
  let single: FhirConformanceSummary;
  let shards: FhirConformanceSummary[];

  beforeAll(async () => {
    // Line 1 refers to the patient of the last line (the other shard), line 2 to none at all.
    const dir = await writeExport({
      'all.ndjson': ndjson([
        observation('o1', '8867-4', { subject: { reference: 'Patient/p9' } }),
        observation('o2', '8867-4', { subject: { reference: 'Patient/nowhere' } }),
        ...Array.from({ length: 8 }, (_, i) => patient(`p${i + 1}`)),
        patient('p9', { gender: undefined }),
      ]),
      'other.ndjson': ndjson([observation('o3', '8867-4', { subject: { reference: 'Patient/p1' } })]),
    });
    single = await run(dir);
    shards = await Promise.all([1, 2].map((index) => run(dir, { index, count: 2, splitBytes: 500 })));
  });

  it('cuts the large file into line ranges with their real line numbers, and merges to the single run', () => {
    // The large file in both (its halves), the small one whole in shard 2 (file i goes to shard i mod 2 + 1).
    expect(shards.map((s) => s.files.map((f) => [f.path.replace(/.*\//, ''), f.resources]))).toEqual([
      [['all.ndjson', 4]],
      [
        ['all.ndjson', 7],
        ['other.ndjson', 1],
      ],
    ]);
    // The Patient without gender is on line 11 of the file, read by shard 2.
    expect(shards[1]!.sample.map((f) => f.location.line)).toContain(11);
    // Shard 1 could not resolve Patient/p9 alone, nor shard 2 the Patient/p1 of other.ndjson: one left merged.
    const unresolved = (s: FhirConformanceSummary) =>
      s.findings.find((f) => f.rule === 'fhir.reference.unresolved-in-export')?.count;
    expect([unresolved(shards[0]!), unresolved(shards[1]!)]).toEqual([2, 1]);
    const merged = mergeFhirSummaries([shards[1]!, shards[0]!]);
    expect(unresolved(merged)).toBe(1);
    expect(merged.references).toEqual(single.references);
    expect(JSON.stringify(merged, null, 2)).toBe(JSON.stringify(single, null, 2));
  });

  it('says so in the merged summary when a shard kept no keys (past the bound), and counts as the shards did', () => {
    const over = { ...shards[1]!, shard: { ...shards[1]!.shard!, references: { omitted: 'more than 1048576 keys' } } };
    const merged = mergeFhirSummaries([shards[0]!, over]);
    expect(merged.findings.find((f) => f.rule === 'fhir.reference.cross-shard-limit')).toMatchObject({
      severity: 'information',
      count: 3,
      message: expect.stringMatching(/not looked for in the other shards: more than 1048576 keys/) as string,
    });
    expect(merged.findings.find((f) => f.rule === 'fhir.reference.unresolved-in-export')?.count).toBe(3);
  });

  it('refuses shards cut with another split size, saying so', () => {
    const other = { ...shards[1]!, shard: { ...shards[1]!.shard!, splitBytes: 5 } };
    expect(() => mergeFhirSummaries([shards[0]!, other])).toThrow(MergeRefusal);
    expect(() => mergeFhirSummaries([shards[0]!, other])).toThrow(/split NDJSON files from 5 bytes.*--shard-split-mb/);
  });
});
