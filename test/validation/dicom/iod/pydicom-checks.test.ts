import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDicomFile, parseDicomFile } from '../../../../src/validation/dicom/index.js';
import { PYDICOM_FILES, PYDICOM_SKIP_NOTE, pydicomFiles } from '../parser/pydicom-files.js';
import { loadDicomStandard } from '../../../../src/run/dicom-standard.js';

const standard = loadDicomStandard();

async function errorsOf(path: string): Promise<string[]> {
  const parsed = await parseDicomFile(path, standard);
  return [...parsed.findings, ...checkDicomFile(parsed, standard)]
    .filter((f) => f.severity === 'error' || f.severity === 'fatal')
    .map((f) => `${f.rule} ${f.location.tag ?? ''}`.trim());
}

// Expected errors, calibrated against dciodvfy's "Error -" lines on the same files.
const EXPECTED: Record<string, string[]> = {
  'CT_small.dcm': [],
  'MR_small.dcm': [],
  'JPEG2000.dcm': ['dicom.type2c.missing (0020,0060)'],
  'ExplVR_BigEnd.dcm': [
    'dicom.type2.missing (0008,0050)',
    'dicom.type2.missing (0008,0090)',
    'dicom.type2.missing (0010,0020)',
    'dicom.type2.missing (0010,0030)',
    'dicom.type2.missing (0010,0040)',
    'dicom.type2.missing (0020,0010)',
    'dicom.type2c.missing (0020,0060)',
    'dicom.type2c.missing (0020,0020)',
    'dicom.vr.format (0008,0020)',
    'dicom.vr.format (0008,0030)',
  ],
  'SC_rgb_dcmtk_+eb+cy+n1.dcm': ['dicom.enum.invalid (0028,0004)'],
  'SC_rgb_rle_2frame.dcm': ['dicom.enum.invalid (0028,0008)'],
  'SC_rgb_rle.dcm': [],
  'image_dfl.dcm': ['dicom.type2c.missing (0020,0060)'],
};

describe.skipIf(!PYDICOM_FILES)(`checks on real files from python3-pydicom${PYDICOM_SKIP_NOTE}`, () => {
  it('checks every file without throwing, each finding with a file and a rule', async () => {
    for (const path of pydicomFiles()) {
      const parsed = await parseDicomFile(path, standard);
      for (const f of checkDicomFile(parsed, standard)) {
        expect(f.location.file).toBe(path);
        expect(f.rule).toMatch(/^dicom\./);
      }
    }
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: ${expected.length === 0 ? 'no error' : expected.join(', ')}`, async () => {
      const path = pydicomFiles().find((p) => basename(p) === name)!;
      expect((await errorsOf(path)).sort()).toEqual([...expected].sort());
    });
  }
});
