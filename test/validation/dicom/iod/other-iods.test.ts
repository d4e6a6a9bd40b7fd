import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../src/validation/finding.js';
import { checkDicomFile, parseDicomBuffer } from '../../../../src/validation/dicom/index.js';
import { el, seq, SOP, writeDicom, type WElement } from '../../../helpers/dicom-writer.js';
import { loadDicomStandard } from '../../../../src/run/dicom-standard.js';

const standard = loadDicomStandard();

async function errorsOf(elements: WElement[]): Promise<string[]> {
  const parsed = await parseDicomBuffer(writeDicom(elements), 'x.dcm', standard);
  return [...parsed.findings, ...checkDicomFile(parsed, standard)]
    .filter((f: Finding) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.location.tag}`);
}

const common = (sop: string, modality: string): WElement[] => [
  el('00080016', 'UI', sop),
  el('00080018', 'UI', '1.2.826.0.1.3680043.10.1.9'),
  el('00080020', 'DA', '20240102'),
  el('00080030', 'TM', '101500'),
  el('00080050', 'SH', ''),
  el('00080060', 'CS', modality),
  el('00080070', 'LO', 'Example Vendor'),
  el('00080090', 'PN', ''),
  el('00100010', 'PN', 'Anonymous'),
  el('00100020', 'LO', 'PID0001'),
  el('00100030', 'DA', ''),
  el('00100040', 'CS', ''),
  el('0020000D', 'UI', '1.2.826.0.1.3680043.10.1.2'),
  el('0020000E', 'UI', '1.2.826.0.1.3680043.10.1.3'),
  el('00200010', 'SH', ''),
  el('00200011', 'IS', '1'),
];

const code = (value: string, meaning: string) => [
  el('00080100', 'SH', value),
  el('00080102', 'SH', 'DCM'),
  el('00080104', 'LO', meaning),
];

function comprehensiveSr(content: WElement[][]): WElement[] {
  return [
    ...common(SOP.comprehensiveSr, 'SR'),
    el('00080023', 'DA', '20240102'),
    el('00080033', 'TM', '101600'),
    el('00200013', 'IS', '1'),
    seq('00081111', []),
    seq('0040A372', []),
    el('0040A491', 'CS', 'COMPLETE'),
    el('0040A493', 'CS', 'UNVERIFIED'),
    el('0040A040', 'CS', 'CONTAINER'),
    seq('0040A043', [code('18748-4', 'Diagnostic Imaging Report')]),
    el('0040A050', 'CS', 'SEPARATE'),
    seq('0040A730', content),
  ];
}

describe('IODs other than CT', () => {
  it('Comprehensive SR: content items need the attributes of their own Value Type only', async () => {
    const text = [
      el('0040A010', 'CS', 'CONTAINS'),
      el('0040A040', 'CS', 'TEXT'),
      seq('0040A043', [code('121071', 'Finding')]),
      el('0040A160', 'UT', 'No abnormality'),
    ];
    const codeItem = [
      el('0040A010', 'CS', 'CONTAINS'),
      el('0040A040', 'CS', 'CODE'),
      seq('0040A043', [code('121071', 'Finding')]),
    ];
    expect(await errorsOf(comprehensiveSr([text]))).toEqual([]);
    expect(await errorsOf(comprehensiveSr([text, codeItem]))).toEqual([
      'dicom.type1c.missing (0040,A730)[1]/(0040,A168)',
    ]);
  });

  it('Encapsulated PDF: the document and its MIME type are required', async () => {
    const pdf = [
      ...common(SOP.pdf, 'DOC'),
      el('00080023', 'DA', '20240102'),
      el('00080033', 'TM', '101600'),
      el('0008002A', 'DT', '20240102101600'),
      el('00200013', 'IS', '1'),
      el('00080064', 'CS', 'WSD'),
      el('00280301', 'CS', 'NO'),
      el('00420010', 'ST', ''),
      seq('0040A043', []),
      el('00420012', 'LO', 'application/pdf'),
      el('00420011', 'OB', new Uint8Array(Buffer.from('%PDF-1.4\n%%EOF\n'))),
    ];
    expect(await errorsOf(pdf)).toEqual([]);
    expect(await errorsOf(pdf.filter((e) => e.tag !== '00420012'))).toEqual(['dicom.type1.missing (0042,0012)']);
  });
});
