// PS3.5 7.8.1 (private data elements) and 8.1.1 (native Pixel Data length), on files built to break
// one rule each, and on the real files of python3-pydicom, which keep them.
import { describe, expect, it } from 'vitest';
import { checkDicomFile, parseDicomBuffer, parseDicomFile } from '../../../../src/validation/dicom/index.js';
import { loadDicomStandard } from '../../../../src/run/dicom-standard.js';
import { ctImageElements, el, seq, writeDicom, type WElement } from '../../../helpers/dicom-writer.js';
import { PYDICOM_FILES, PYDICOM_SKIP_NOTE, pydicomFiles } from '../parser/pydicom-files.js';

const standard = loadDicomStandard();

async function found(elements: WElement[], prefix: string): Promise<string[]> {
  const parsed = await parseDicomBuffer(writeDicom(elements), 'x.dcm', standard);
  return checkDicomFile(parsed, standard)
    .filter((f) => f.rule.startsWith(prefix))
    .map((f) => `${f.rule} ${f.location.tag} ${f.severity}`);
}

describe('private data elements (PS3.5 7.8.1)', () => {
  it('a private element whose block has no Private Creator is an error, also inside items', async () => {
    expect(await found(ctImageElements([el('00091010', 'LO', 'x')]), 'dicom.private')).toEqual([
      'dicom.private.no-creator (0009,1010) error',
    ]);
    const nested = seq('00081140', [[el('00081150', 'UI', '1.2.3'), el('00291120', 'LO', 'y')]]);
    expect(await found(ctImageElements([nested]), 'dicom.private')).toEqual([
      'dicom.private.no-creator (0008,1140)[0]/(0029,1120) error',
    ]);
  });

  it('a Private Creator without a value is an error where its block is used; one with a value reserves it', async () => {
    expect(await found(ctImageElements([el('00090010', 'LO', '')]), 'dicom.private')).toEqual([]);
    expect(
      await found(ctImageElements([el('00090010', 'LO', ''), el('00091010', 'LO', 'x')]), 'dicom.private'),
    ).toEqual(['dicom.private.empty-creator (0009,0010) error']);
    expect(
      await found(ctImageElements([el('00090010', 'LO', 'ACME 1.0'), el('00091010', 'LO', 'x')]), 'dicom.private'),
    ).toEqual([]);
  });

  it('private groups 0001, 0003, 0005, 0007 are forbidden, once per group', async () => {
    const elements = [el('00010010', 'LO', 'ACME'), el('00011010', 'LO', 'x'), el('00071010', 'LO', 'y')];
    expect(await found(ctImageElements(elements), 'dicom.private')).toEqual([
      'dicom.private.forbidden-group (0001,0010) error',
      'dicom.private.forbidden-group (0007,1010) error',
    ]);
  });
});

describe('native Pixel Data length (PS3.5 8.1.1)', () => {
  const image = (rows: number, columns: number, extra: WElement[], bytes: number) =>
    ctImageElements([
      el('00280010', 'US', [rows]),
      el('00280011', 'US', [columns]),
      ...extra,
      el('7FE00010', 'OW', new Uint8Array(bytes)),
    ]);

  it('Rows x Columns x Samples x Bits Allocated x Frames, no more, no less', async () => {
    expect(await found(image(2, 2, [], 8), 'dicom.pixel')).toEqual([]);
    expect(await found(image(2, 2, [], 6), 'dicom.pixel')).toEqual(['dicom.pixel-data.length (7FE0,0010) error']);
    expect(await found(image(2, 2, [el('00280008', 'IS', '3')], 24), 'dicom.pixel')).toEqual([]);
    expect(await found(image(2, 2, [el('00280008', 'IS', '3')], 8), 'dicom.pixel')).toHaveLength(1);
  });

  it('YBR_FULL_422 has two samples per pixel (C.7.6.3.1.2), and an odd byte count is padded to even', async () => {
    const ybr = [
      el('00280002', 'US', [3]),
      el('00280004', 'CS', 'YBR_FULL_422'),
      el('00280006', 'US', [0]),
      el('00280100', 'US', [8]),
      el('00280101', 'US', [8]),
      el('00280102', 'US', [7]),
    ];
    expect(await found(image(2, 2, ybr, 8), 'dicom.pixel')).toEqual([]);
    expect(await found(image(2, 2, ybr, 12), 'dicom.pixel')).toHaveLength(1);
    const odd = [el('00280100', 'US', [8]), el('00280101', 'US', [8]), el('00280102', 'US', [7])];
    expect(await found(image(3, 3, odd, 10), 'dicom.pixel')).toEqual([]); // 9 bytes, padded to 10
  });
});

describe(`real files of python3-pydicom${PYDICOM_SKIP_NOTE}`, () => {
  it.skipIf(!PYDICOM_FILES)('CT_small.dcm (private tags of its maker) keeps the private creator rules', async () => {
    const ct = pydicomFiles().find((f) => f.endsWith('/CT_small.dcm'))!;
    const parsed = await parseDicomFile(ct, standard);
    expect([...parsed.dataset.elements.keys()].some((t) => (parseInt(t[3]!, 16) & 1) === 1)).toBe(true);
    const rules = checkDicomFile(parsed, standard).map((f) => f.rule);
    expect(rules.filter((r) => r.startsWith('dicom.private') || r.startsWith('dicom.pixel'))).toEqual([]);
  });
});
