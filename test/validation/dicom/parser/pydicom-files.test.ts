import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDicomFile } from '../../../../src/validation/dicom/index.js';
import { PYDICOM_FILES, PYDICOM_SKIP_NOTE, pydicomFiles } from './pydicom-files.js';

describe.skipIf(!PYDICOM_FILES)(`parser on real files from python3-pydicom${PYDICOM_SKIP_NOTE}`, () => {
  const dir = PYDICOM_FILES ?? '';
  const files = pydicomFiles();

  it('parses every .dcm file without throwing', async () => {
    for (const f of files) {
      const parsed = await parseDicomFile(f);
      expect(parsed.file).toBe(f);
      for (const finding of parsed.findings) expect(finding.location.offset, `${f} ${finding.rule}`).toBeTypeOf('number');
    }
    expect(files.length).toBeGreaterThan(30);
  });

  const expectations: [string, Record<string, unknown>, string[]][] = [
    ['CT_small.dcm', { transferSyntax: '1.2.840.10008.1.2.1', incomplete: false }, []],
    ['MR_small_bigendian.dcm', { transferSyntax: '1.2.840.10008.1.2.2', incomplete: false }, []],
    ['MR_small_implicit.dcm', { transferSyntax: '1.2.840.10008.1.2', incomplete: false }, []],
    ['image_dfl.dcm', { transferSyntax: '1.2.840.10008.1.2.1.99', incomplete: false }, []],
    ['ExplVR_BigEndNoMeta.dcm', { part10: false, transferSyntax: '1.2.840.10008.1.2.2' }, ['dicom.parse.no-preamble']],
    ['ExplVR_LitEndNoMeta.dcm', { part10: false, transferSyntax: '1.2.840.10008.1.2.1' }, ['dicom.parse.no-preamble']],
    ['MR_truncated.dcm', { incomplete: true }, ['dicom.parse.truncated']],
    ['rtplan_truncated.dcm', { incomplete: true }, ['dicom.parse.truncated']],
    // its meta header says JPEG Baseline (explicit VR) but the dataset is implicit VR
    ['SC_rgb_jpeg.dcm', { transferSyntax: '1.2.840.10008.1.2' }, ['dicom.meta.transfer-syntax-mismatch']],
  ];
  for (const [name, shape, rules] of expectations) {
    it(name, async () => {
      const parsed = await parseDicomFile(join(dir, name));
      expect(parsed).toMatchObject(shape);
      expect(parsed.findings.map((f) => f.rule)).toEqual(rules);
    });
  }

  it('reads RT Dose with 32-bit pixel data (where dciodvfy aborts)', async () => {
    const parsed = await parseDicomFile(join(dir, 'rtdose.dcm'), { stopAtPixelData: false });
    expect(parsed.incomplete).toBe(false);
    expect(parsed.dataset.elements.get('00280100')?.values).toEqual([32]);
    expect(parsed.dataset.elements.get('7FE00010')?.values).toBeUndefined();
  });
});
