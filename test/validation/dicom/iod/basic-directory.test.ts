import { describe, expect, it } from 'vitest';
import { checkDicomFile, parseDicomBuffer } from '../../../../src/validation/dicom/index.js';
import { loadDicomStandard } from '../../../../src/run/dicom-standard.js';
import { el, seq, writeDicom, type WElement } from '../../../helpers/dicom-writer.js';

const standard = loadDicomStandard();
const DIRECTORY = '1.2.840.10008.1.3.10'; // PS3.4 Annex I: Media Storage Directory Storage

async function findingsOf(dataset: WElement[]): Promise<string[]> {
  const bytes = writeDicom(dataset, {
    metaElements: [el('00020002', 'UI', DIRECTORY), el('00020003', 'UI', '1.2.826.0.1.3680043.10.1.90')],
  });
  const parsed = await parseDicomBuffer(bytes, 'DICOMDIR', standard);
  return [...parsed.findings, ...checkDicomFile(parsed, standard)]
    .filter((f) => f.severity === 'error' || f.rule === 'dicom.iod.not-covered')
    .map((f) => `${f.rule} ${f.location.tag}`);
}

/** A directory record (PS3.3 F.3.2.2 Table F.3-3) of the given type. */
const record = (type: string, extra: WElement[] = []): WElement[] => [
  el('00041400', 'UL', [0]),
  el('00041410', 'US', [0xffff]),
  el('00041420', 'UL', [0]),
  el('00041430', 'CS', type),
  ...extra,
];

const directory = (records: WElement[][]): WElement[] => [
  el('00041130', 'CS', 'EXPORT'),
  el('00041200', 'UL', [0]),
  el('00041202', 'UL', [0]),
  el('00041212', 'US', [0]),
  seq('00041220', records),
];

// Issue 11 point 2: a DICOMDIR is checked against the Basic Directory IOD (PS3.3 F.3: File-set
// Identification M, Directory Information U) instead of being counted conformant unchecked.
describe('Basic Directory IOD (DICOMDIR)', () => {
  it('checks the record types against the Enumerated Values of Directory Record Type (0004,1430)', async () => {
    expect(await findingsOf(directory([record('PATIENT'), record('STUDY')]))).toEqual([]);
    // pydicom's DICOMDIR-nopatient has UNKNOWN, which dciodvfy reports the same way
    expect(await findingsOf(directory([record('PATIENT'), record('UNKNOWN')]))).toEqual([
      'dicom.enum.invalid (0004,1220)[1]/(0004,1430)',
    ]);
  });

  it('requires the attributes of the modules: Type 1 in the records, Private Record UID for PRIVATE', async () => {
    const noFlag = record('IMAGE').filter((e) => e.tag !== '00041410');
    expect(await findingsOf(directory([noFlag, record('PRIVATE')]))).toEqual([
      'dicom.type1.missing (0004,1220)[0]/(0004,1410)',
      'dicom.type1c.missing (0004,1220)[1]/(0004,1432)',
    ]);
    // a record referencing a file names its SOP Class, Instance and Transfer Syntax
    const image = record('IMAGE', [el('00041500', 'CS', 'IM0001')]);
    expect(await findingsOf(directory([image]))).toEqual([
      'dicom.type1c.missing (0004,1220)[0]/(0004,1510)',
      'dicom.type1c.missing (0004,1220)[0]/(0004,1511)',
      'dicom.type1c.missing (0004,1220)[0]/(0004,1512)',
    ]);
  });

  it('is an error, not "conformant", when the dataset has no File-set group at all', async () => {
    expect(await findingsOf([el('00080005', 'CS', 'ISO_IR 100')])).toEqual(['dicom.iod.empty-directory (0004,1130)']);
  });
});
