// A check that throws (a bug, or tables that do not have the shape the checks expect) is a finding on
// that file, never a crash of the run: shown with a standard built in memory from broken tables.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDicomStandardFiles } from '../../../src/io/dicom-standard-files.js';
import { createFileChecker } from '../../../src/run/export/dicom/file-checker.js';
import { DicomStandard } from '../../../src/validation/dicom/index.js';
import { ctImageElements, writeDicom } from '../../helpers/dicom-writer.js';

describe('a check that fails unexpectedly', () => {
  it('is an internal-error finding of that file, and the file is still parsed and digested', async () => {
    const files = readDicomStandardFiles();
    const iods = files.iods as { modules: Record<string, unknown> };
    // every module table without its attribute list: the IOD checks throw on the first CT file
    const modules = Object.fromEntries(
      Object.keys(iods.modules).map((m) => [m, { name: m, source: '', attributes: null }]),
    );
    const broken = new DicomStandard({ ...files, iods: { ...iods, modules } });
    const dir = await mkdtemp(join(tmpdir(), 'readiness-'));
    const path = join(dir, 'ct.dcm');
    await writeFile(path, writeDicom(ctImageElements()));
    const result = await createFileChecker({ deid: ['basic'], showValues: false }, broken).check(path);
    const rules = result.findings.map((f) => f.rule);
    expect(rules).toContain('dicom.internal-error');
    expect(rules).toContain('dicom.deid.internal-error');
    expect(result.findings.find((f) => f.rule === 'dicom.internal-error')?.message).toMatch(
      /^the IOD check failed unexpectedly \(a bug in readiness, please report it\): /,
    );
    expect(result.digest.sopInstanceUid).toBeDefined();
  });
});
