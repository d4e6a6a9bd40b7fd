import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDicomBuffer, parseDicomFile } from '../../../../src/validation/dicom/index.js';
import { tempDir } from '../../../helpers/cli.js';
import { ctImageElements, el, TS, without, writeDicom } from '../../../helpers/dicom-writer.js';
import { loadDicomStandard } from '../../../../src/run/dicom-standard.js';

const standard = loadDicomStandard();

const rules = (p: { findings: { rule: string }[] }) => p.findings.map((f) => f.rule);

describe('bad inputs are findings with a byte offset, never a throw', () => {
  it('an empty file', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'empty.dcm'), '');
    const parsed = await parseDicomFile(join(dir, 'empty.dcm'), standard);
    expect(parsed.findings).toEqual([
      {
        rule: 'dicom.parse.empty',
        severity: 'fatal',
        location: { file: join(dir, 'empty.dcm'), offset: 0 },
        message: 'the file is empty',
      },
    ]);
    expect(parsed.incomplete).toBe(true);
  });

  it('a text file named .dcm', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'notes.dcm'), 'Patient list, do not share\nline two of a plain text file\n');
    const parsed = await parseDicomFile(join(dir, 'notes.dcm'), standard);
    expect(rules(parsed)).toEqual(['dicom.parse.not-dicom']);
    expect(parsed.findings[0]).toMatchObject({ severity: 'fatal', location: { offset: 0 } });
  });

  it('a PNG named .dcm', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    expect(rules(await parseDicomBuffer(png, 'image.dcm', standard))).toEqual(['dicom.parse.not-dicom']);
  });

  it('a ZIP archive and random bytes named .dcm', async () => {
    const zip = Buffer.concat([
      Buffer.from('504b0304140000000800', 'hex'),
      Buffer.from('readiness export archive, not an image '.repeat(8)),
    ]);
    expect(rules(await parseDicomBuffer(zip, 'export.dcm', standard))).toEqual(['dicom.parse.not-dicom']);
    let seed = 7;
    const random = Buffer.from(
      Array.from({ length: 4096 }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 16) & 0xff),
    );
    expect(rules(await parseDicomBuffer(random, 'noise.dcm', standard))).toEqual(['dicom.parse.not-dicom']);
  });

  it('a file truncated inside an element, at every cut point', async () => {
    const full = writeDicom(ctImageElements([el('00204000', 'LT', 'a comment long enough to be cut')]));
    const reference = await parseDicomBuffer(full, 'full.dcm', standard);
    const pixel = reference.dataset.elements.get('7FE00010')!;
    const boundaries = new Set([...reference.dataset.elements.values()].map((e) => e.offset));
    for (let cut = 200; cut < pixel.offset; cut += 7) {
      // a cut between two elements leaves a shorter valid dataset: the IOD checks see what is missing
      if (boundaries.has(cut)) continue;
      const parsed = await parseDicomBuffer(full.subarray(0, cut), 'cut.dcm', standard);
      expect(parsed.incomplete, `cut at ${cut}`).toBe(true);
      const truncated = parsed.findings.find((f) => f.rule === 'dicom.parse.truncated');
      expect(truncated, `cut at ${cut}`).toBeDefined();
      expect(truncated!.location.offset).toBeLessThanOrEqual(cut);
      // what came before the cut is kept
      expect(parsed.meta.elements.size).toBeGreaterThan(0);
    }
  });

  it('a truncated sequence item names its tag path', async () => {
    const full = writeDicom(
      ctImageElements([
        el('00081140', 'SQ', [
          { elements: [el('00081150', 'UI', '1.2.840.10008.5.1.4.1.1.2'), el('00081155', 'UI', '1.2.3.4.5.6.7.8')] },
        ]),
      ]),
    );
    const item = full.indexOf(Buffer.from('1.2.3.4.5.6.7.8'));
    const parsed = await parseDicomBuffer(full.subarray(0, item + 4), 'cut.dcm', standard);
    expect(parsed.findings.find((f) => f.rule === 'dicom.parse.truncated')?.location.tag).toBe(
      '(0008,1140)[0]/(0008,1155)',
    );
  });

  it('a meta header that says explicit VR while the dataset is implicit', async () => {
    const bytes = writeDicom(ctImageElements(), {
      transferSyntax: TS.explicitLE,
      encoding: { explicit: false, little: true },
    });
    const parsed = await parseDicomBuffer(bytes, 'liar.dcm', standard);
    expect(rules(parsed)).toEqual(['dicom.meta.transfer-syntax-mismatch']);
    const firstDatasetElement = [...parsed.dataset.elements.values()][0]!;
    expect(parsed.findings[0]).toMatchObject({
      severity: 'error',
      location: { offset: firstDatasetElement.offset },
      params: { declared: TS.explicitLE, detected: 'implicit VR little endian' },
    });
    expect(parsed.transferSyntax).toBe(TS.implicitLE);
    expect(parsed.dataset.elements.get('00280010')?.values).toEqual([2]);
  });

  it('a meta header that says implicit while the dataset is explicit big endian', async () => {
    const bytes = writeDicom(ctImageElements(), {
      transferSyntax: TS.implicitLE,
      encoding: { explicit: true, little: false },
    });
    const parsed = await parseDicomBuffer(bytes, 'liar.dcm', standard);
    expect(rules(parsed)).toEqual(['dicom.meta.transfer-syntax-mismatch']);
    expect(parsed.dataset.elements.get('00280010')?.values).toEqual([2]);
  });

  it('a meta header that says deflated over a plain dataset', async () => {
    const bytes = writeDicom(ctImageElements(), {
      transferSyntax: TS.deflatedLE,
      encoding: { explicit: true, little: true, deflate: false },
    });
    const parsed = await parseDicomBuffer(bytes, 'liar.dcm', standard);
    expect(rules(parsed)).toEqual(['dicom.meta.transfer-syntax-mismatch']);
    expect(parsed.dataset.elements.get('00080060')?.values).toEqual(['CT']);
  });

  it('a corrupt deflated dataset', async () => {
    const bytes = writeDicom(ctImageElements(), { transferSyntax: TS.deflatedLE });
    const meta = (await parseDicomBuffer(bytes, 'ok.dcm', standard)).meta;
    const start = 132 + 12 + Number(meta.elements.get('00020000')?.values?.[0]);
    bytes.fill(0xff, start, start + 16);
    expect(rules(await parseDicomBuffer(bytes, 'bad.dcm', standard))).toEqual(['dicom.parse.deflate']);
  });

  it('a deflated dataset larger than the inflate limit is read up to the limit', async () => {
    const big = ctImageElements([el('00204000', 'LT', 'x'.repeat(4000))]);
    const parsed = await parseDicomBuffer(writeDicom(big, { transferSyntax: TS.deflatedLE }), 'big.dcm', standard, {
      maxInflatedBytes: 1000,
    });
    expect(parsed.findings.map((f) => f.rule)).toContain('dicom.parse.deflate-limit');
    expect(parsed.dataset.elements.get('00080005')?.values).toEqual(['ISO_IR 100']);
  });

  it('a meta header without Transfer Syntax UID', async () => {
    const bytes = writeDicom(ctImageElements(), { transferSyntax: TS.implicitLE, metaElements: [without('00020010')] });
    const parsed = await parseDicomBuffer(bytes, 'nots.dcm', standard);
    expect(rules(parsed)).toEqual(['dicom.meta.no-transfer-syntax']);
    expect(parsed.dataset.elements.get('00080060')?.values).toEqual(['CT']);
  });

  for (const [name, explicit, little] of [
    ['implicit LE', false, true],
    ['explicit LE', true, true],
    ['explicit BE', true, false],
  ] as const) {
    it(`a bare dataset without preamble or meta (${name})`, async () => {
      const bytes = writeDicom(ctImageElements(), { preamble: false, encoding: { explicit, little } });
      const parsed = await parseDicomBuffer(bytes, 'bare.dcm', standard);
      expect(rules(parsed)).toEqual(['dicom.parse.no-preamble']);
      expect(parsed.findings[0]).toMatchObject({ severity: 'warning', location: { offset: 0 } });
      expect(parsed.part10).toBe(false);
      expect(parsed.dataset.elements.get('00280011')?.values).toEqual([2]);
    });
  }

  for (const [name, explicit] of [
    ['implicit LE', false],
    ['explicit LE', true],
  ] as const) {
    it(`a bare dataset after stray bytes (${name}): read from its first element, the bytes reported`, async () => {
      const bare = writeDicom(ctImageElements(), { preamble: false, encoding: { explicit, little: true } });
      const parsed = await parseDicomBuffer(Buffer.concat([Buffer.from([0x20]), bare]), 'stray.dcm', standard);
      expect(rules(parsed)).toEqual(['dicom.parse.leading-bytes', 'dicom.parse.no-preamble']);
      expect(parsed.findings[0]).toMatchObject({ severity: 'error', location: { offset: 0 }, params: { bytes: 1 } });
      expect(parsed.incomplete).toBe(false);
      expect(parsed.dataset.elements.get('00080060')).toMatchObject({
        values: ['CT'],
        offset: bare.indexOf(Buffer.from([0x08, 0x00, 0x60, 0x00])) + 1,
      });
    });
  }

  it('bytes that merely contain a group 0008 tag are still not DICOM', async () => {
    const text = Buffer.concat([
      Buffer.from('xx'),
      Buffer.from([0x08, 0x00, 0x05, 0x00]),
      Buffer.from(' is not a dataset, only a text that happens to hold the bytes of a tag.\n'),
    ]);
    expect(rules(await parseDicomBuffer(text, 'text.dcm', standard))).toEqual(['dicom.parse.not-dicom']);
  });

  it('a meta header without the preamble', async () => {
    const bytes = writeDicom(ctImageElements(), { preamble: false, meta: true });
    const parsed = await parseDicomBuffer(bytes, 'nopre.dcm', standard);
    expect(rules(parsed)).toEqual(['dicom.parse.no-preamble']);
    expect(parsed.meta.elements.get('00020010')?.values).toEqual([TS.explicitLE]);
    expect(parsed.dataset.elements.get('00080060')?.values).toEqual(['CT']);
  });

  it('a file cut right after the meta header', async () => {
    const bytes = writeDicom(ctImageElements());
    const parsed = await parseDicomBuffer(bytes, 'a.dcm', standard);
    const first = [...parsed.dataset.elements.values()][0]!.offset;
    expect(rules(await parseDicomBuffer(bytes.subarray(0, first), 'cut.dcm', standard))).toEqual([
      'dicom.parse.truncated',
    ]);
  });
});

describe('element order', () => {
  it('reports elements out of order and repeated tags', async () => {
    const elements = [
      el('00080018', 'UI', '1.2.3'),
      el('00080016', 'UI', '1.2.4'),
      el('00100010', 'PN', 'A'),
      el('00100010', 'PN', 'B'),
    ];
    const parsed = await parseDicomBuffer(writeDicom(elements, { keepOrder: true }), 'order.dcm', standard);
    expect(parsed.findings.map((f) => `${f.rule} ${f.location.tag}`)).toEqual([
      'dicom.parse.tag-order (0008,0016)',
      'dicom.parse.tag-order (0010,0010)',
    ]);
    expect(parsed.findings[1]?.message).toContain('twice');
  });
});

describe('paths that are not regular files', () => {
  it('a FIFO is a fatal finding at once, never a wait for a writer', async () => {
    const dir = await tempDir();
    const fifo = join(dir, 'pipe.dcm');
    execFileSync('mkfifo', [fifo]);
    const parsed = await parseDicomFile(fifo, standard);
    expect(parsed.findings).toMatchObject([
      { rule: 'dicom.io.not-a-file', severity: 'fatal', location: { file: fifo, offset: 0 } },
    ]);
    expect(parsed.incomplete).toBe(true);
  });

  it('a device is not read', async () => {
    expect((await parseDicomFile('/dev/zero', standard)).findings.map((f) => f.rule)).toEqual(['dicom.io.not-a-file']);
  });
});
