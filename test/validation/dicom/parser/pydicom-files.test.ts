import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDicomFile } from '../../../../src/validation/dicom/index.js';
import { PYDICOM_FILES, PYDICOM_SKIP_NOTE, pydicomFiles } from './pydicom-files.js';
import { loadDicomStandard } from '../../../../src/run/dicom-standard.js';

const standard = loadDicomStandard();

describe.skipIf(!PYDICOM_FILES)(`parser on real files from python3-pydicom${PYDICOM_SKIP_NOTE}`, () => {
  const dir = PYDICOM_FILES ?? '';
  const files = pydicomFiles();

  it('parses every .dcm file without throwing', async () => {
    for (const f of files) {
      const parsed = await parseDicomFile(f, standard);
      expect(parsed.file).toBe(f);
      for (const finding of parsed.findings)
        expect(finding.location.offset, `${f} ${finding.rule}`).toBeTypeOf('number');
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
    // a bare dataset after one stray byte (0x20): pydicom 2.3 itself reads it as a single unknown element
    [
      'no_meta.dcm',
      { part10: false, transferSyntax: '1.2.840.10008.1.2.1', incomplete: false },
      ['dicom.parse.leading-bytes', 'dicom.parse.no-preamble'],
    ],
    ['MR_truncated.dcm', { incomplete: true }, ['dicom.parse.truncated']],
    ['rtplan_truncated.dcm', { incomplete: true }, ['dicom.parse.truncated']],
    // its meta header says JPEG Baseline (explicit VR) but the dataset is implicit VR
    ['SC_rgb_jpeg.dcm', { transferSyntax: '1.2.840.10008.1.2' }, ['dicom.meta.transfer-syntax-mismatch']],
  ];
  for (const [name, shape, rules] of expectations) {
    it(name, async () => {
      const parsed = await parseDicomFile(join(dir, name), standard);
      expect(parsed).toMatchObject(shape);
      expect(parsed.findings.map((f) => f.rule)).toEqual(rules);
    });
  }

  const NAMES: Record<string, string> = {
    'chrArab.dcm': 'قباني^لنزار',
    'chrFren.dcm': 'Buc^Jérôme',
    'chrGreek.dcm': 'Διονυσιος',
    'chrHbrw.dcm': 'שרון^דבורה',
    'chrRuss.dcm': 'Люкceмбypг',
    'chrH31.dcm': 'Yamada^Tarou=山田^太郎=やまだ^たろう',
    'chrH32.dcm': 'ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう',
    'chrI2.dcm': 'Hong^Gildong=洪^吉洞=홍^길동',
    'chrKoreanMulti.dcm': '김희중',
    'chrX1.dcm': 'Wang^XiaoDong=王^小東=',
    'chrX2.dcm': 'Wang^XiaoDong=王^小东=',
  };
  it('decodes the Specific Character Sets of the pydicom charset files as pydicom does', async () => {
    for (const [file, name] of Object.entries(NAMES)) {
      const parsed = await parseDicomFile(join(dir, '..', 'charset_files', file), standard);
      expect(parsed.dataset.elements.get('00100010')?.values, file).toEqual([name]);
      expect(parsed.findings, file).toEqual([]);
    }
  });

  it('reads RT Dose with 32-bit pixel data (where dciodvfy aborts)', async () => {
    const parsed = await parseDicomFile(join(dir, 'rtdose.dcm'), standard, { stopAtPixelData: false });
    expect(parsed.incomplete).toBe(false);
    expect(parsed.dataset.elements.get('00280100')?.values).toEqual([32]);
    expect(parsed.dataset.elements.get('7FE00010')?.values).toBeUndefined();
  });
});
