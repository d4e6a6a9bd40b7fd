import { describe, expect, it } from 'vitest';
import { parseDicomBuffer } from '../../../../src/validation/dicom/index.js';
import {
  ctImageElements,
  el,
  encapsulatedPixelData,
  seq,
  TS,
  without,
  writeDicom,
} from '../../../helpers/dicom-writer.js';
import { loadDicomStandard } from '../../../../src/run/dicom-standard.js';

const standard = loadDicomStandard();

const code = (value: string) => [
  el('00080100', 'SH', value),
  el('00080102', 'SH', 'DCM'),
  el('00080104', 'LO', 'meaning'),
];

describe('sequences and items', () => {
  for (const undefinedLength of [false, true]) {
    for (const ts of [TS.explicitLE, TS.implicitLE, TS.explicitBE]) {
      it(`reads nested items (${undefinedLength ? 'undefined' : 'defined'} lengths, ${ts})`, async () => {
        const nested = seq(
          '0040A730',
          [[el('0040A010', 'CS', 'CONTAINS'), seq('0040A043', [code('121071')], undefinedLength)], code('X')],
          undefinedLength,
        );
        const bytes = writeDicom(ctImageElements([nested]), { transferSyntax: ts });
        const parsed = await parseDicomBuffer(bytes, 'sr.dcm', standard);
        expect(parsed.findings).toEqual([]);
        const items = parsed.dataset.elements.get('0040A730')?.items;
        expect(items).toHaveLength(2);
        expect(items?.[0]?.elements.get('0040A043')?.items?.[0]?.elements.get('00080100')?.values).toEqual(['121071']);
        expect(items?.[1]?.elements.get('00080104')?.values).toEqual(['meaning']);
        // elements after the sequence are still read
        expect(parsed.dataset.elements.get('7FE00010')).toBeDefined();
      });
    }
  }

  it('reports the tag path of a problem inside an item', async () => {
    const bad = seq('0040A730', [[el('0040A010', 'CS', 'CONTAINS')], [el('00080100', 'SH', 'odd')]]);
    const bytes = writeDicom([el('00080016', 'UI', '1.2.3'), bad]);
    // make the second item's code value length odd (5) by patching the length field
    const at = bytes.lastIndexOf(Buffer.from('odd '));
    bytes.writeUInt16LE(3, at - 2);
    bytes.write('\u0000', at + 3, 'latin1');
    const parsed = await parseDicomBuffer(bytes, 'x.dcm', standard);
    const odd = parsed.findings.find((f) => f.rule === 'dicom.parse.odd-length');
    expect(odd?.location.tag).toBe('(0040,A730)[1]/(0008,0100)');
  });
});

describe('Pixel Data', () => {
  const frames = [new Uint8Array([0xff, 0xd8, 1, 2]), new Uint8Array([3, 4, 0xff, 0xd9])];
  const trailer = el('FFFAFFFA', 'SQ', []);
  const elements = ctImageElements([
    without('7FE00010'),
    encapsulatedPixelData(frames),
    el('FFFCFFFC', 'OB', new Uint8Array(4)),
    trailer,
  ]);

  it('stops at Pixel Data by default and records it without reading it', async () => {
    const parsed = await parseDicomBuffer(
      writeDicom(elements, { transferSyntax: TS.jpegBaseline }),
      'enc.dcm',
      standard,
    );
    expect(parsed.findings).toEqual([]);
    expect(parsed.incomplete).toBe(false);
    expect(parsed.dataset.elements.get('7FE00010')).toMatchObject({ vr: 'OB', length: -1 });
    expect(parsed.dataset.elements.has('FFFCFFFC')).toBe(false);
  });

  it('skips encapsulated fragments without decoding them when asked to read on', async () => {
    const parsed = await parseDicomBuffer(
      writeDicom(elements, { transferSyntax: TS.jpegBaseline }),
      'enc.dcm',
      standard,
      {
        stopAtPixelData: false,
      },
    );
    expect(parsed.findings).toEqual([]);
    expect(parsed.dataset.elements.get('7FE00010')?.values).toBeUndefined();
    expect(parsed.dataset.elements.has('FFFCFFFC')).toBe(true);
  });

  it('skips values above maxValueBytes', async () => {
    const parsed = await parseDicomBuffer(
      writeDicom(ctImageElements([el('00204000', 'LT', 'x'.repeat(200))])),
      'a.dcm',
      standard,
      { maxValueBytes: 100 },
    );
    expect(parsed.dataset.elements.get('00204000')?.length).toBe(200);
    expect(parsed.dataset.elements.get('00204000')?.values).toBeUndefined();
    expect(parsed.dataset.elements.get('00080060')?.values).toEqual(['CT']);
  });
});
