import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDicomBuffer, parseDicomFile } from '../../../../src/validation/dicom/index.js';
import { ctImageElements, el, TS, writeDicom } from '../../../helpers/dicom-writer.js';
import { tempDir } from '../../../helpers/cli.js';
import { loadDicomStandard } from '../../../../src/run/dicom-standard.js';

const standard = loadDicomStandard();

const CASES = [
  ['implicit VR little endian', TS.implicitLE],
  ['explicit VR little endian', TS.explicitLE],
  ['explicit VR big endian', TS.explicitBE],
  ['deflated explicit VR little endian', TS.deflatedLE],
] as const;

describe('parseDicomBuffer reads every native transfer syntax', () => {
  for (const [name, ts] of CASES) {
    it(name, async () => {
      const bytes = writeDicom(ctImageElements([el('00281050', 'DS', '40\\400'), el('00181210', 'SH', 'B30f')]), {
        transferSyntax: ts,
      });
      const parsed = await parseDicomBuffer(bytes, 'ct.dcm', standard);
      expect(parsed.findings).toEqual([]);
      expect(parsed.part10).toBe(true);
      expect(parsed.incomplete).toBe(false);
      expect(parsed.transferSyntax).toBe(ts);
      expect(parsed.meta.elements.get('00020010')?.values).toEqual([ts]);
      const d = parsed.dataset.elements;
      expect(d.get('00080060')).toMatchObject({ vr: 'CS', values: ['CT'] });
      expect(d.get('00280010')).toMatchObject({ vr: 'US', values: [2] });
      expect(d.get('00281050')?.values).toEqual(['40', '400']);
      expect(d.get('00100010')?.values).toEqual(['Anonymous^Patient']);
      expect(d.get('00100030')).toMatchObject({ length: 0, values: [] });
      expect(d.get('7FE00010')?.values).toBeUndefined();
    });
  }

  it('records byte offsets of elements in the file', async () => {
    const bytes = writeDicom(ctImageElements());
    const parsed = await parseDicomBuffer(bytes, 'ct.dcm', standard);
    const modality = parsed.dataset.elements.get('00080060')!;
    expect(bytes.readUInt16LE(modality.offset)).toBe(0x0008);
    expect(bytes.readUInt16LE(modality.offset + 2)).toBe(0x0060);
  });

  it('reads a deflated file from disk by streaming the inflater', async () => {
    const dir = await tempDir();
    const path = join(dir, 'deflated.dcm');
    await writeFile(path, writeDicom(ctImageElements(), { transferSyntax: TS.deflatedLE }));
    const parsed = await parseDicomFile(path, standard);
    expect(parsed.findings).toEqual([]);
    expect(parsed.dataset.elements.get('00080016')?.values).toEqual(['1.2.840.10008.5.1.4.1.1.2']);
  });
});

describe('Specific Character Set', () => {
  it('decodes ISO_IR 100 (latin1)', async () => {
    const name = Buffer.from('Müller^Zoë', 'latin1');
    const bytes = writeDicom(ctImageElements([el('00100010', 'PN', name)]));
    const parsed = await parseDicomBuffer(bytes, 'a.dcm', standard);
    expect(parsed.dataset.elements.get('00100010')?.values).toEqual(['Müller^Zoë']);
  });

  it('decodes ISO_IR 192 (UTF-8)', async () => {
    const bytes = writeDicom(
      ctImageElements([el('00080005', 'CS', 'ISO_IR 192'), el('00100010', 'PN', 'Ωμέγα^Łukasz')]),
    );
    const parsed = await parseDicomBuffer(bytes, 'a.dcm', standard);
    expect(parsed.dataset.elements.get('00100010')?.values).toEqual(['Ωμέγα^Łukasz']);
    expect(parsed.findings).toEqual([]);
  });

  it('decodes ISO 2022 code extensions (JIS X 0208 in G0)', async () => {
    const esc = (t: string) => Buffer.from(`\u001b${t}`, 'latin1');
    const name = Buffer.concat([
      Buffer.from('Yamada^Tarou=', 'latin1'),
      esc('$B'),
      Buffer.from(';3ED', 'latin1'),
      esc('(B'),
      Buffer.from('^', 'latin1'),
      esc('$B'),
      Buffer.from('B@O:', 'latin1'),
      esc('(B'),
    ]);
    const bytes = writeDicom(ctImageElements([el('00080005', 'CS', '\\ISO 2022 IR 87'), el('00100010', 'PN', name)]));
    const parsed = await parseDicomBuffer(bytes, 'a.dcm', standard);
    expect(parsed.dataset.elements.get('00100010')?.values).toEqual(['Yamada^Tarou=山田^太郎']);
    expect(parsed.findings).toEqual([]);
  });

  it('notes a character set it does not know and decodes it approximately', async () => {
    const bytes = writeDicom(ctImageElements([el('00080005', 'CS', 'ISO_IR 999')]));
    const parsed = await parseDicomBuffer(bytes, 'a.dcm', standard);
    expect(parsed.findings.map((f) => f.rule)).toEqual(['dicom.charset.approximate']);
    expect(parsed.findings[0]?.severity).toBe('information');
  });
});
