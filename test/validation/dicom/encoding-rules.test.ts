// Rules of the file format (PS3.10 7.1), the encoding (PS3.5 6.2, 7.1) and Type 1C (PS3.5 7.4.3),
// each on a file built to break it and only it.
import { describe, expect, it } from 'vitest';
import { checkDicomFile, parseDicomBuffer } from '../../../src/validation/dicom/index.js';
import { loadDicomStandard } from '../../../src/run/dicom-standard.js';
import { ctImageElements, el, TS, without, writeDicom } from '../../helpers/dicom-writer.js';

const standard = loadDicomStandard();

async function rulesOf(bytes: Buffer): Promise<string[]> {
  const parsed = await parseDicomBuffer(bytes, 'x.dcm', standard);
  return [...parsed.findings, ...checkDicomFile(parsed, standard)].map((f) => `${f.rule} ${f.location.tag ?? ''}`);
}

/** One implicit VR little endian element (PS3.5 7.1.3): tag, 4-byte length, value. */
function implicitElement(group: number, element: number, value: string): Buffer {
  const bytes = Buffer.from(value.length % 2 ? `${value}\0` : value, 'latin1');
  const head = Buffer.alloc(8);
  head.writeUInt16LE(group, 0);
  head.writeUInt16LE(element, 2);
  head.writeUInt32LE(bytes.length, 4);
  return Buffer.concat([head, bytes]);
}

describe('encoding rules', () => {
  it('an explicit VR that is not a DICOM VR (PS3.5 6.2): dicom.parse.invalid-vr, the rest is read', async () => {
    const rules = await rulesOf(writeDicom(ctImageElements([el('00204000', 'QQ', 'ab')])));
    expect(rules).toContain('dicom.parse.invalid-vr (0020,4000)');
    expect(rules.filter((r) => r.startsWith('dicom.parse'))).toEqual(['dicom.parse.invalid-vr (0020,4000)']);
  });

  it('File Meta Information in implicit VR (PS3.10 7.1: explicit VR little endian): dicom.meta.not-explicit-le', async () => {
    const meta = implicitElement(0x0002, 0x0010, TS.explicitLE);
    const dataset = writeDicom(ctImageElements(), { preamble: false, meta: false });
    const bytes = Buffer.concat([Buffer.alloc(128), Buffer.from('DICM', 'latin1'), meta, dataset]);
    expect(await rulesOf(bytes)).toContain('dicom.meta.not-explicit-le ');
  });

  it('a DICM prefix without File Meta Information (PS3.10 7.1): dicom.meta.missing', async () => {
    expect(await rulesOf(writeDicom(ctImageElements(), { meta: false }))).toContain('dicom.meta.missing ');
  });

  it('a File Meta Information Group Length that does not match (PS3.10 7.1): dicom.meta.group-length', async () => {
    const bytes = writeDicom(ctImageElements());
    // (0002,0000) UL is the first meta element after the preamble: its value is at byte 140
    bytes.writeUInt32LE(bytes.readUInt32LE(140) + 8, 140);
    expect(await rulesOf(bytes)).toContain('dicom.meta.group-length (0002,0000)');
  });

  it('no SOP Class UID (PS3.4 B.5: it names the IOD): dicom.iod.no-sop-class', async () => {
    expect(await rulesOf(writeDicom(ctImageElements([without('00080016')])))).toContain(
      'dicom.iod.no-sop-class (0008,0016)',
    );
  });

  it('a Type 1C attribute present without a value (PS3.5 7.4.3): dicom.type1c.empty', async () => {
    // Planar Configuration (0028,0006) is Type 1C in the Image Pixel Module (PS3.3 C.7.6.3)
    expect(await rulesOf(writeDicom(ctImageElements([el('00280006', 'US')])))).toContain(
      'dicom.type1c.empty (0028,0006)',
    );
  });
});
