import { describe, expect, it } from 'vitest';
import { loadDicomStandard } from '../../../../src/run/dicom-standard.js';

const standard = loadDicomStandard();

const REQUIRED: [string, string][] = [
  ['1.2.840.10008.5.1.4.1.1.2', 'ct-image'],
  ['1.2.840.10008.5.1.4.1.1.4', 'mr-image'],
  ['1.2.840.10008.5.1.4.1.1.1', 'computed-radiography-image'],
  ['1.2.840.10008.5.1.4.1.1.1.1', 'digital-x-ray-image'],
  ['1.2.840.10008.5.1.4.1.1.1.2', 'digital-mammography-x-ray-image'],
  ['1.2.840.10008.5.1.4.1.1.6.1', 'ultrasound-image'],
  ['1.2.840.10008.5.1.4.1.1.7', 'secondary-capture-image'],
  ['1.2.840.10008.5.1.4.1.1.20', 'nuclear-medicine-image'],
  ['1.2.840.10008.5.1.4.1.1.128', 'positron-emission-tomography-image'],
  ['1.2.840.10008.5.1.4.1.1.12.1', 'x-ray-angiographic-image'],
  ['1.2.840.10008.5.1.4.1.1.481.3', 'rt-structure-set'],
  ['1.2.840.10008.5.1.4.1.1.481.5', 'rt-plan'],
  ['1.2.840.10008.5.1.4.1.1.481.2', 'rt-dose'],
  ['1.2.840.10008.5.1.4.1.1.88.11', 'basic-text-sr'],
  ['1.2.840.10008.5.1.4.1.1.88.22', 'enhanced-sr'],
  ['1.2.840.10008.5.1.4.1.1.88.33', 'comprehensive-sr'],
  ['1.2.840.10008.5.1.4.1.1.66.4', 'segmentation'],
  ['1.2.840.10008.5.1.4.1.1.104.1', 'encapsulated-pdf'],
];

describe('shipped IOD tables (standards/dicom/iods.json)', () => {
  const tables = standard.tables;
  for (const [uid, iod] of REQUIRED) {
    it(`${iod}: SOP Class ${uid}, with attribute tables for its mandatory modules`, () => {
      expect(tables.sopClasses[uid]).toBe(iod);
      const def = tables.iods[iod]!;
      const mandatory = def.modules.filter((m) => m.usage === 'M');
      expect(mandatory.length).toBeGreaterThan(2);
      for (const m of mandatory) expect(tables.modules[m.module], `${iod} ${m.module}`).toBeDefined();
      expect(mandatory.map((m) => m.module)).toContain('sop-common');
    });
  }

  it('nests sequence attributes (Code Sequence Macro inside sequences)', () => {
    const series = tables.modules['general-series']!;
    const seriesCode = series.attributes.find((a) => a.tag === '00081052');
    expect(seriesCode?.items?.find((a) => a.tag === '00401101')?.items?.map((a) => a.tag)).toContain('00080100');
  });

  it('encodes machine-checkable conditions as data', () => {
    const pixel = tables.modules['image-pixel']!.attributes.find((a) => a.tag === '7FE00010');
    expect(pixel).toMatchObject({ type: '1C', when: { tag: '00287FE0', present: false } });
  });
});
