import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TS, ctImageElements, el, writeDicom } from '../../../helpers/dicom-writer.js';
import { tempDir } from '../../../helpers/cli.js';

/** The byte at which `truncated.dcm` is cut (inside the dataset). */
export const CUT_AT = 400;

/**
 * A small export folder with every bad input the issue names beside good files: a truncated file,
 * a meta header naming the wrong transfer syntax, a non-DICOM file called .dcm, an empty file,
 * a README (skipped), a symlink loop and a DICOMDIR.
 */
export async function writeExportFixture(): Promise<string> {
  const root = await tempDir('readiness-dicom-');
  const dir = join(root, 'export');
  await mkdir(join(dir, 'series1'), { recursive: true });
  const good = (n: number) =>
    writeDicom(
      ctImageElements([el('00080018', 'UI', `1.2.826.0.1.3680043.10.1.1${n}`), el('00200013', 'IS', String(n))]),
    );
  await writeFile(join(dir, 'series1', 'good1.dcm'), good(1));
  await writeFile(join(dir, 'series1', 'IM0002'), good(2));
  await writeFile(join(dir, 'series1', 'truncated.dcm'), good(3).subarray(0, CUT_AT));
  // The meta header says implicit VR little endian; the dataset is explicit VR little endian.
  await writeFile(
    join(dir, 'series1', 'wrong-ts.dcm'),
    writeDicom(ctImageElements([el('00080018', 'UI', '1.2.826.0.1.3680043.10.1.14')]), {
      transferSyntax: TS.implicitLE,
      encoding: { explicit: true, little: true },
    }),
  );
  await writeFile(join(dir, 'notes.dcm'), 'These are not DICOM data, only a note with a .dcm name.\n');
  await writeFile(join(dir, 'empty.dcm'), '');
  await writeFile(join(dir, 'README.txt'), 'not examined\n');
  await writeFile(
    join(dir, 'DICOMDIR'),
    writeDicom(
      [
        el('00041130', 'CS', 'EXAMPLE'),
        el('00041200', 'UL', [0]),
        el('00041202', 'UL', [0]),
        el('00041212', 'US', [0]),
      ],
      {
        metaElements: [
          el('00020002', 'UI', '1.2.840.10008.1.3.10'),
          el('00020003', 'UI', '1.2.826.0.1.3680043.10.1.99'),
        ],
      },
    ),
  );
  await symlink('..', join(dir, 'series1', 'loop'));
  return dir;
}
