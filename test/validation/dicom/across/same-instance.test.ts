import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAcrossFiles, digestOf } from '../../../../src/validation/dicom/across/index.js';
import { parseDicomFile } from '../../../../src/validation/dicom/index.js';
import { loadDicomStandard } from '../../../../src/run/dicom-standard.js';
import { tempDir } from '../../../helpers/cli.js';
import { TS, ctImageElements, el, writeDicom } from '../../../helpers/dicom-writer.js';
import { PYDICOM_FILES, PYDICOM_SKIP_NOTE } from '../parser/pydicom-files.js';

const standard = loadDicomStandard();
const digest = async (path: string) => digestOf(await parseDicomFile(path, standard));

// Issue 11 point 3: a SOP Instance UID names one instance (PS3.3 C.12.1.1.1); the transfer syntax is
// only how it is encoded (PS3.5 10). The same instance twice is a warning, two contents under one UID an error.
describe('duplicate SOP Instance UIDs', () => {
  it.skipIf(!PYDICOM_FILES)(
    `is a warning for pydicom's MR_small written in four transfer syntaxes (same instance re-encoded)${PYDICOM_SKIP_NOTE}`,
    async () => {
      const names = ['MR_small.dcm', 'MR_small_bigendian.dcm', 'MR_small_implicit.dcm', 'MR_small_RLE.dcm'];
      const digests = await Promise.all(names.map((n) => digest(join(PYDICOM_FILES!, n))));
      expect(new Set(digests.map((d) => d.sopInstanceUid)).size).toBe(1);
      expect(new Set(digests.map((d) => d.transferSyntax)).size).toBe(4);
      const findings = checkAcrossFiles(digests, standard);
      expect(findings.map((f) => [f.rule, f.severity, (f.location.file ?? '').replace(/^.*[\\/]/, '')])).toEqual([
        ['dicom.across.same-instance', 'warning', 'MR_small_RLE.dcm'],
        ['dicom.across.same-instance', 'warning', 'MR_small_bigendian.dcm'],
        ['dicom.across.same-instance', 'warning', 'MR_small_implicit.dcm'],
      ]);
      expect(findings[0]?.message).toContain('re-encoded in transfer syntax 1.2.840.10008.1.2.5');
    },
  );

  it('is a warning for a byte-identical copy and an error when the content conflicts', async () => {
    const dir = await tempDir('readiness-dup-');
    const uid = el('00080018', 'UI', '1.2.826.0.1.3680043.10.1.50');
    await writeFile(join(dir, 'a.dcm'), writeDicom(ctImageElements([uid])));
    await writeFile(join(dir, 'b-copy.dcm'), writeDicom(ctImageElements([uid])));
    await writeFile(join(dir, 'c-implicit.dcm'), writeDicom(ctImageElements([uid]), { transferSyntax: TS.implicitLE }));
    // another image (Instance Number and pixels) under the same UID
    await writeFile(
      join(dir, 'd-other.dcm'),
      writeDicom(ctImageElements([uid, el('00200013', 'IS', '2'), el('7FE00010', 'OW', new Uint8Array(8).fill(1))])),
    );
    // the same attributes but other pixel data, in the same transfer syntax: a conflict too
    await writeFile(
      join(dir, 'e-pixels.dcm'),
      writeDicom(ctImageElements([uid, el('7FE00010', 'OW', new Uint8Array(10))])),
    );
    const digests = await Promise.all(
      ['a.dcm', 'b-copy.dcm', 'c-implicit.dcm', 'd-other.dcm', 'e-pixels.dcm'].map((n) => digest(join(dir, n))),
    );
    const findings = checkAcrossFiles(digests, standard);
    expect(findings.map((f) => [(f.location.file ?? '').replace(/^.*[\\/]/, ''), f.rule, f.severity])).toEqual([
      ['b-copy.dcm', 'dicom.across.same-instance', 'warning'],
      ['c-implicit.dcm', 'dicom.across.same-instance', 'warning'],
      ['d-other.dcm', 'dicom.across.duplicate-sop-instance', 'error'],
      ['e-pixels.dcm', 'dicom.across.duplicate-sop-instance', 'error'],
    ]);
    expect(findings[2]?.params).toMatchObject({ firstFile: join(dir, 'a.dcm') });
  });
});
