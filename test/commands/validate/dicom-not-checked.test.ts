import { access, copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { DICOM_CONFORMANCE_SCHEMA, type DicomConformanceSummary } from '../../../src/validation/dicom/summary/index.js';
import { runCli, tempDir } from '../../helpers/cli.js';
import { el, writeDicom } from '../../helpers/dicom-writer.js';
import { PYDICOM_FILES, PYDICOM_SKIP_NOTE } from '../../validation/dicom/parser/pydicom-files.js';

const validate = new Ajv2020({ allErrors: true }).compile(DICOM_CONFORMANCE_SCHEMA);
const COLOR_PALETTE = '1.2.840.10008.5.1.4.39.1'; // PS3.4 B.5: Color Palette Storage, no IOD tables shipped here

// Issue 11 point 2: a file whose SOP Class has no IOD tables was not checked, and is never conformant;
// a DICOMDIR is checked against the Basic Directory IOD (PS3.3 F.3), so it is not among them.
describe.skipIf(!PYDICOM_FILES)(`readiness validate dicom: files not checked${PYDICOM_SKIP_NOTE}`, () => {
  it('counts a Color Palette apart, names its SOP Class, and says so; a real DICOMDIR is checked', async () => {
    const dir = join(await tempDir('readiness-notchecked-'), 'export');
    await mkdir(dir, { recursive: true });
    await copyFile(join(PYDICOM_FILES!, 'CT_small.dcm'), join(dir, 'CT_small.dcm'));
    await copyFile(join(PYDICOM_FILES!, 'dicomdirtests', 'DICOMDIR'), join(dir, 'DICOMDIR'));
    await writeFile(
      join(dir, 'palette.dcm'),
      writeDicom([
        el('00080016', 'UI', COLOR_PALETTE),
        el('00080018', 'UI', '1.2.826.0.1.3680043.10.1.77'),
        el('00280002', 'US', [1]),
      ]),
    );
    await writeFile(join(dir, 'README.txt'), 'export notes\n'); // not DICOM-looking: skipped, and named
    const { code, stdout, stderr } = await runCli(['validate', 'dicom', dir, '--json']);
    expect(code, stderr).toBe(0);
    const summary = JSON.parse(stdout) as DicomConformanceSummary;
    expect(validate(summary), JSON.stringify(validate.errors)).toBe(true);
    expect(summary.dicom.skipped).toBe(1);
    expect(summary.dicom.skippedFiles.files).toEqual([
      { file: join(dir, 'README.txt'), reason: expect.stringContaining('no DICM prefix') },
    ]);
    const t = summary.totals;
    expect(t.items).toBe(3);
    expect(t.conformant + t.withErrors + t.notChecked + t.unreadable).toBe(3);
    // the palette is not conformant: its IOD was not checked
    expect(summary.dicom.notChecked.files.map((f) => f.file.replace(/^.*[\\/]/, ''))).toEqual(['palette.dcm']);
    expect(summary.dicom.notChecked.sopClasses).toEqual([
      { value: COLOR_PALETTE, name: 'Color Palette Storage', count: 1 },
    ]);
    expect(t.notChecked).toBe(1);
    expect(t.conformant).toBeLessThanOrEqual(2); // CT_small and the DICOMDIR could be
    expect(summary.metrics['dicom.conformant_share']).toBeCloseTo(t.conformant / 3, 4);
    expect(summary.dicom.shareDenominators['dicom.conformant_share']).toContain('dicom.files');

    const text = await runCli(['validate', 'dicom', dir]);
    expect(text.stdout).toMatch(new RegExp(`Not checked \\(no IOD tables\\): ${t.notChecked}/3`));
    expect(text.stdout).toContain('IOD not checked (no IOD tables; never counted conformant): Color Palette Storage 1');
  });

  // Issue 11 point 2: a run that read no input is an error (exit 3) naming what was skipped and why.
  it('refuses a folder with no DICOM file: exit 3, the skipped files named with the reason, no --out written', async () => {
    const dir = await tempDir('readiness-nodicom-');
    await mkdir(join(dir, 'export', 'notes'), { recursive: true });
    await writeFile(join(dir, 'export', 'README.txt'), 'export notes\n');
    await writeFile(join(dir, 'export', 'notes', 'list.csv'), 'a,b\n');
    const out = join(dir, 'summary.json');
    const { code, stderr } = await runCli(['validate', 'dicom', join(dir, 'export'), '--out', out]);
    expect(code).toBe(3);
    expect(stderr).toContain(
      'no DICOM file was read: 2 file(s) below the folders named were skipped as not DICOM-looking',
    );
    expect(stderr).toContain(join(dir, 'export', 'README.txt'));
    expect(stderr).toContain(join(dir, 'export', 'notes', 'list.csv'));
    expect(stderr).toContain('input.no-dicom');
    await expect(access(out)).rejects.toThrow();
  });
});
