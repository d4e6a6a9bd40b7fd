import { closeSync, openSync, writeSync } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDicomFile } from '../../../../src/validation/dicom/index.js';
import { tempDir } from '../../../helpers/cli.js';
import { ctImageElements, without, writeDicom } from '../../../helpers/dicom-writer.js';
import { loadDicomStandard } from '../../../../src/run/dicom-standard.js';

const standard = loadDicomStandard();

const made: string[] = [];
afterAll(() => Promise.all(made.map((d) => rm(d, { recursive: true, force: true }))));

/** A sparse file: a CT header, Pixel Data of `pixelBytes` declared and never written, a trailing element. */
async function sparseFile(pixelBytes: number): Promise<{ path: string; trailerOffset: number }> {
  const header = writeDicom(ctImageElements([without('7FE00010')]));
  const pixel = Buffer.alloc(12);
  pixel.writeUInt16LE(0x7fe0, 0);
  pixel.writeUInt16LE(0x0010, 2);
  pixel.write('OW', 4, 'latin1');
  pixel.writeUInt32LE(pixelBytes, 8);
  const trailer = Buffer.alloc(14);
  trailer.writeUInt16LE(0xfffc, 0);
  trailer.writeUInt16LE(0xfffc, 2);
  trailer.write('OB', 4, 'latin1');
  trailer.writeUInt32LE(2, 8);
  const dir = await tempDir();
  made.push(dir);
  const path = join(dir, 'large.dcm');
  const fd = openSync(path, 'w');
  writeSync(fd, Buffer.concat([header, pixel]), 0, header.length + 12, 0);
  const trailerOffset = header.length + 12 + pixelBytes;
  writeSync(fd, trailer, 0, trailer.length, trailerOffset);
  closeSync(fd);
  return { path, trailerOffset };
}

describe('large files: Pixel Data is skipped by seeking, never read', () => {
  it('reads the element after 1 GiB of Pixel Data when asked to read on', async () => {
    const { path, trailerOffset } = await sparseFile(2 ** 30);
    expect((await stat(path)).size).toBeGreaterThan(2 ** 30);
    const parsed = await parseDicomFile(path, standard, { stopAtPixelData: false });
    expect(parsed.findings).toEqual([]);
    expect(parsed.dataset.elements.get('7FE00010')).toMatchObject({ vr: 'OW', length: 2 ** 30 });
    expect(parsed.dataset.elements.get('7FE00010')?.values).toBeUndefined();
    expect(parsed.dataset.elements.get('FFFCFFFC')?.offset).toBe(trailerOffset);
  });

  it('stops at Pixel Data by default', async () => {
    const { path } = await sparseFile(2 ** 30);
    const parsed = await parseDicomFile(path, standard);
    expect(parsed.incomplete).toBe(false);
    expect(parsed.dataset.elements.has('FFFCFFFC')).toBe(false);
  });
});
