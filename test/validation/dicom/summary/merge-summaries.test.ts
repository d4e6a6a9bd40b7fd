// DICOM shard summaries merged: the checks across files run again over all shards' digests; a shard
// that kept none (past the bound) leaves them per shard, and the merged summary says so.
import { cp, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDicomStandard } from '../../../../src/run/dicom-standard.js';
import { validateDicom } from '../../../../src/run/validate-dicom.js';
import type { DicomConformanceSummary } from '../../../../src/validation/dicom/summary/dicom-summary.js';
import { mergeDicomSummaries } from '../../../../src/validation/dicom/summary/merge-summaries.js';
import { MergeRefusal } from '../../../../src/validation/merge-refusal.js';
import { ROOT, tempDir } from '../../../helpers/cli.js';

describe('merging DICOM shard summaries', () => {
  let single: DicomConformanceSummary;
  let shards: DicomConformanceSummary[];

  beforeAll(async () => {
    // Five files and a copy of the first as the last: files 0 and 5 fall in shards 1 and 2.
    const dir = join(await tempDir(), 'dicom');
    await mkdir(dir);
    await cp(join(ROOT, 'examples', 'european-consortium', 'exports', 'de-uka', 'dicom'), dir, { recursive: true });
    await cp(join(dir, 'ct', 'IM0001.dcm'), join(dir, 'zz-copy.dcm'));
    single = (await validateDicom([dir], { threads: 0 })).summary;
    shards = await Promise.all(
      [1, 2].map(async (index) => (await validateDicom([dir], { threads: 0, shard: { index, count: 2 } })).summary),
    );
  });

  it('finds the duplicate instance across shards and counts studies and series once', () => {
    const merged = mergeDicomSummaries(shards, loadDicomStandard());
    expect(merged.findings.find((f) => f.rule === 'dicom.across.same-instance')?.count).toBe(1);
    expect(merged.dicom.studies).toBe(single.dicom.studies);
    expect(JSON.stringify(merged)).toBe(JSON.stringify(single));
  });

  it('says in the merged summary when a shard kept no digests, the checks across files left per shard', () => {
    const over = {
      ...shards[1]!,
      shard: { index: 2, count: 2, digests: { omitted: 'shard 2/2 has more than 25000 files' } },
    };
    const merged = mergeDicomSummaries([shards[0]!, over], loadDicomStandard());
    expect(merged.findings.find((f) => f.rule === 'dicom.across.shard-limit')).toMatchObject({
      severity: 'information',
      message: expect.stringMatching(/ran within each shard only.*more than 25000 files/) as string,
    });
    expect(merged.findings.some((f) => f.rule === 'dicom.across.same-instance')).toBe(false);
  });

  it('refuses summaries of other options or a FHIR summary among them, saying why', () => {
    const other = { ...shards[1]!, options: { ...shards[1]!.options, showValues: true } };
    expect(() => mergeDicomSummaries([shards[0]!, other], loadDicomStandard())).toThrow(/other options/);
    const fhir = { ...shards[1]!, kind: 'fhir' } as unknown as DicomConformanceSummary;
    expect(() => mergeDicomSummaries([shards[0]!, fhir], loadDicomStandard())).toThrow(MergeRefusal);
  });
});
