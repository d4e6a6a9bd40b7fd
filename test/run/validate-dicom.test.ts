import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputFileError } from '../../src/errors/index.js';
import { validateDicom } from '../../src/run/validate-dicom.js';
import { CUT_AT, writeExportFixture } from '../validation/dicom/pipeline/export-fixture.js';

describe('validateDicom', async () => {
  const dir = await writeExportFixture();
  const { summary } = await validateDicom([dir], { threads: 0 });
  const rulesOf = (name: string) =>
    summary.details.findings.filter((f) => f.location.file?.endsWith(name)).map((f) => f.rule);

  it('walks the folder recursively, survives the symlink loop, and skips what is not DICOM', () => {
    expect(summary.dicom.files).toBe(7);
    expect(summary.dicom.skipped).toBe(1);
    expect(summary.dicom.dicomdirs).toBe(1);
  });

  it('reports each bad input as a finding with a byte offset, and goes on', () => {
    const byFile = Object.fromEntries(summary.dicom.unreadable.map((u) => [u.file.replace(`${dir}/`, ''), u]));
    expect(byFile['series1/truncated.dcm']).toMatchObject({ rule: 'dicom.parse.truncated' });
    expect(byFile['series1/truncated.dcm']?.offset).toBeLessThanOrEqual(CUT_AT);
    expect(byFile['empty.dcm']).toMatchObject({ rule: 'dicom.parse.empty', offset: 0 });
    expect(byFile['notes.dcm']).toMatchObject({ rule: 'dicom.parse.not-dicom' });
    const wrong = summary.details.findings.find((f) => f.rule === 'dicom.meta.transfer-syntax-mismatch');
    expect(wrong?.location.file).toBe(join(dir, 'series1', 'wrong-ts.dcm'));
    expect(wrong?.location.offset).toBeGreaterThan(128);
    expect(summary.dicom.parsed).toBe(4);
    expect(rulesOf('good1.dcm')).toContain('dicom.deid.not-declared');
  });

  it('counts the studies and series of the readable images, not the DICOMDIR', () => {
    expect(summary.dicom).toMatchObject({ studies: 1, series: 1 });
    expect(summary.dicom.modalities).toEqual([{ value: 'CT', count: 3 }]);
  });

  it('gives the same summary on a second run', async () => {
    expect(JSON.stringify((await validateDicom([dir], { threads: 0 })).summary)).toBe(JSON.stringify(summary));
  });

  it('reports progress and the end', async () => {
    const seen: number[] = [];
    let end = -1;
    await validateDicom([dir], {
      threads: 0,
      batchSize: 2,
      progress: { update: (p) => seen.push(p.done), done: (p) => (end = p.done) },
    });
    expect(seen.length).toBeGreaterThan(1);
    expect(end).toBe(7);
  });

  it('refuses a named path that does not exist', async () => {
    await expect(validateDicom([join(dir, 'nope')])).rejects.toBeInstanceOf(InputFileError);
  });
});
