import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileChecker } from '../../../../src/run/export/dicom/file-checker.js';
import { ROOT, tempDir } from '../../../helpers/cli.js';
import { loadDicomStandard } from '../../../../src/run/dicom-standard.js';

const standard = loadDicomStandard();

// Real files not written by this project: Debian's python3-pydicom test files (CI installs the
// package; without it these tests are skipped, and say so).
const PYDICOM = '/usr/lib/python3/dist-packages/pydicom/data/test_files';
const hasCorpus = existsSync(PYDICOM);
const hasDciodvfy = spawnSync('dciodvfy', ['-help'], { stdio: 'ignore' }).error === undefined;

describe.skipIf(!hasCorpus)('real DICOM files (python3-pydicom)', () => {
  it('reads the files dciodvfy crashes on (32-bit RT Dose, a bad VR) without failing', async () => {
    const checker = createFileChecker({ deid: ['basic'], showValues: false }, standard);
    for (const name of ['rtdose.dcm', 'rtdose_1frame.dcm', 'rtdose_expb.dcm', 'badVR.dcm']) {
      const result = await checker.check(join(PYDICOM, name));
      expect(
        result.findings.some((f) => f.severity === 'fatal'),
        name,
      ).toBe(false);
      expect(result.digest.sopClassUid, name).toBeDefined();
    }
  });

  it('reports the truncated pydicom file as truncated, with a byte offset', async () => {
    const result = await createFileChecker({ deid: ['basic'], showValues: false }, standard).check(
      join(PYDICOM, 'MR_truncated.dcm'),
    );
    const truncated = result.findings.find((f) => f.rule === 'dicom.parse.truncated');
    expect(truncated?.location.offset).toBeGreaterThan(0);
  });
});

describe.skipIf(!hasCorpus || !hasDciodvfy || !existsSync(join(ROOT, 'dist')))(
  'agreement with dciodvfy (npm run conformance:dicom)',
  () => {
    it("finds most of dciodvfy's Type 1/2, enumerated, VR and VM errors and no error on files it passes clean", async () => {
      const dir = await tempDir();
      const figures = join(dir, 'figures.json');
      const run = spawnSync(process.execPath, [join(ROOT, 'bench', 'conformance-dicom.mjs')], {
        env: { ...process.env, RESULTS: join(dir, 'results.md'), DETAILS: join(dir, 'details.md'), FIGURES: figures },
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      const f = JSON.parse(readFileSync(figures, 'utf8')) as {
        targetShare: number;
        cleanButOurs: number;
        ourFailures: number;
        files: number;
      };
      expect(f.files).toBeGreaterThan(100);
      expect(f.ourFailures).toBe(0);
      expect(f.cleanButOurs).toBe(0);
      // The target (bench/RESULTS.md has the figure of each run).
      expect(f.targetShare).toBeGreaterThanOrEqual(0.95);
    }, 120_000);
  },
);
