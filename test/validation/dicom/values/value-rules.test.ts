import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../src/validation/finding.js';
import { checkDicomFile, parseDicomBuffer } from '../../../../src/validation/dicom/index.js';
import { fitsMultiplicity, parseMultiplicity } from '../../../../src/validation/dicom/values/value-multiplicity.js';
import { ctImageElements, el, seq, without, writeDicom, type WElement } from '../../../helpers/dicom-writer.js';
import { loadDicomStandard } from '../../../../src/run/dicom-standard.js';

const standard = loadDicomStandard();

async function findingsOf(
  elements: WElement[],
  options: { metaElements?: WElement[]; showValues?: boolean } = {},
): Promise<Finding[]> {
  const parsed = await parseDicomBuffer(
    writeDicom(elements, { metaElements: options.metaElements }),
    'x.dcm',
    standard,
  );
  return checkDicomFile(parsed, standard, { showValues: options.showValues }).filter((f) => f.severity === 'error');
}

const rules = (fs: Finding[]) => fs.map((f) => `${f.rule} ${f.location.tag}`);

describe('value rules', () => {
  it('VR format, at the tag path of the element, without the value by default', async () => {
    const fs = await findingsOf(
      ctImageElements([
        el('00080020', 'DA', '2024-01-02'),
        seq('00081140', [[el('00081150', 'UI', '1.2.840.10008.5.1.4.1.1.2'), el('00081155', 'UI', '1.2.03')]]),
      ]),
    );
    expect(rules(fs)).toEqual(['dicom.vr.format (0008,0020)', 'dicom.vr.format (0008,1140)[0]/(0008,1155)']);
    expect(fs[0]).toMatchObject({ params: { vr: 'DA', index: 1 }, location: { file: 'x.dcm' } });
    expect(fs[0]?.location.offset).toBeTypeOf('number');
    expect(JSON.stringify(fs)).not.toContain('2024-01-02');
  });

  it('shows the value only when asked', async () => {
    const fs = await findingsOf(ctImageElements([el('00080020', 'DA', '2024-01-02')]), { showValues: true });
    expect(fs[0]?.value).toBe('2024-01-02');
  });

  it('checks every value of a multi-valued element', async () => {
    const fs = await findingsOf(ctImageElements([el('00200032', 'DS', '0\\x\\0')]));
    expect(fs).toHaveLength(1);
    expect(fs[0]?.params).toMatchObject({ index: 2 });
  });

  it('binary values whose length does not fit the VR', async () => {
    const fs = await findingsOf(ctImageElements([el('00189306', 'FD', new Uint8Array(6))]));
    expect(rules(fs)).toEqual(['dicom.vr.length (0018,9306)']);
  });

  it('a text value padded with NUL instead of a space', async () => {
    const fs = await findingsOf(
      ctImageElements([el('00080070', 'LO', new Uint8Array([...Buffer.from('Vendor1'), 0]))]),
    );
    expect(rules(fs)).toEqual(['dicom.vr.format (0008,0070)']);
  });

  it('VM against the data dictionary', async () => {
    const fs = await findingsOf(
      ctImageElements([el('00200037', 'DS', '1\\0\\0\\0\\1'), el('00280030', 'DS', '0.5\\0.5\\0.5')]),
    );
    expect(rules(fs)).toEqual(['dicom.vm.invalid (0020,0037)', 'dicom.vm.invalid (0028,0030)']);
    expect(fs[0]?.params).toEqual({ vm: '6', count: 5, attribute: 'ImageOrientationPatient (0020,0037)' });
  });

  it('file meta consistency: Media Storage SOP Instance UID equal to SOP Instance UID', async () => {
    const fs = await findingsOf(ctImageElements(), { metaElements: [el('00020003', 'UI', '1.2.3.999')] });
    expect(rules(fs)).toEqual(['dicom.meta.inconsistent (0002,0003)']);
    const missing = await findingsOf(ctImageElements(), { metaElements: [without('00020002')] });
    expect(rules(missing)).toEqual(['dicom.meta.missing-element (0002,0002)']);
    const noImplementation = await findingsOf(ctImageElements(), {
      metaElements: [without('00020012'), without('00020001')],
    });
    expect(rules(noImplementation)).toEqual([
      'dicom.meta.missing-element (0002,0001)',
      'dicom.meta.missing-element (0002,0012)',
    ]);
  });
});

describe('value multiplicity notation', () => {
  it.each([
    ['1', 1, true],
    ['1', 2, false],
    ['1-3', 3, true],
    ['1-3', 4, false],
    ['1-n', 9, true],
    ['2-2n', 4, true],
    ['2-2n', 3, false],
    ['3-3n', 6, true],
    ['6', 6, true],
  ] as const)('%s with %i values: %s', (vm, count, ok) => {
    expect(fitsMultiplicity(count, parseMultiplicity(vm)!)).toBe(ok);
  });
});
