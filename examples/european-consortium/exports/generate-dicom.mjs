#!/usr/bin/env node
// Generates the fictional DICOM example exports of the european-consortium example:
//   de-uka/dicom/  de-identified (PS3.15 basic profile + retain longitudinal modified dates + retain
//                  patient characteristics), declared with Patient Identity Removed and method codes;
//   fr-chn/dicom/  the same kind of studies with deliberate identity leaks (patient name, birth date,
//                  institution, burned-in annotation, private tags, a device-rooted UID).
// Every person, institution and value in them is invented. Tiny images (16 x 16, 16-bit, a ramp).
// Usage: node examples/european-consortium/exports/generate-dicom.mjs   (same output every run)
// Self-contained on purpose: an example must not depend on the test helpers.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { part10, uid } from './dicom-part10.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const CT = '1.2.840.10008.5.1.4.1.1.2';
const MR = '1.2.840.10008.5.1.4.1.1.4';

/** A 16 x 16 16-bit ramp: the smallest image that still looks like one. */
function pixels(seed) {
  const b = Buffer.alloc(16 * 16 * 2);
  for (let i = 0; i < 256; i++) b.writeUInt16LE((i * 7 + seed * 31) % 1024, i * 2);
  return b;
}

/** One image of a study: the attributes the CT and MR Image IODs require, plus what `extra` adds or replaces. */
function image({ site, modality, study, series, number, date, extra = [] }) {
  const sopClass = modality === 'CT' ? CT : MR;
  const sopInstance = extra.find((e) => e[0] === '00080018')?.[2] ?? uid(`${site}/${study}/${series}/${number}`);
  const common = [
    ['00080005', 'CS', 'ISO_IR 100'],
    ['00080008', 'CS', ['ORIGINAL', 'PRIMARY', modality === 'CT' ? 'AXIAL' : 'OTHER']],
    ['00080016', 'UI', sopClass],
    ['00080018', 'UI', sopInstance],
    ['00080020', 'DA', date],
    ['00080023', 'DA', date],
    ['00080030', 'TM', '101500'],
    ['00080033', 'TM', '101500'],
    ['00080050', 'SH', ''],
    ['00080060', 'CS', modality],
    ['00080070', 'LO', 'Fictional Imaging Co.'],
    ['00080090', 'PN', ''],
    ['00100010', 'PN', ''],
    ['00100020', 'LO', ''],
    ['00100030', 'DA', ''],
    ['00100040', 'CS', study % 2 ? 'F' : 'M'],
    ['00101010', 'AS', '054Y'],
    ['00180015', 'CS', modality === 'CT' ? 'CHEST' : 'HEAD'],
    ['00180050', 'DS', '5'],
    ['00185100', 'CS', 'HFS'],
    ['0020000D', 'UI', uid(`${site}/${study}`)],
    ['0020000E', 'UI', uid(`${site}/${study}/${series}`)],
    ['00200010', 'SH', ''],
    ['00200011', 'IS', String(series)],
    ['00200013', 'IS', String(number)],
    ['00200020', 'CS', ''],
    ['00200032', 'DS', ['-40', '-40', String(number * 5)]],
    ['00200037', 'DS', ['1', '0', '0', '0', '1', '0']],
    ['00200052', 'UI', uid(`${site}/${study}/frame-of-reference`)],
    ['00201040', 'LO', ''],
    ['00280002', 'US', 1],
    ['00280004', 'CS', 'MONOCHROME2'],
    ['00280010', 'US', 16],
    ['00280011', 'US', 16],
    ['00280030', 'DS', ['5', '5']],
    ['00280100', 'US', 16],
    ['00280101', 'US', 12],
    ['00280102', 'US', 11],
    ['00280103', 'US', 0],
    ['00280301', 'CS', 'NO'],
    ['7FE00010', 'OW', pixels(number)],
  ];
  const specific =
    modality === 'CT'
      ? [['00180060', 'DS', '120'], ['00200012', 'IS', '1'], ['00281052', 'DS', '-1024'], ['00281053', 'DS', '1'], ['00281054', 'LO', 'HU']]
      : [['00180020', 'CS', 'SE'], ['00180021', 'CS', 'NONE'], ['00180022', 'CS', ''], ['00180023', 'CS', '2D'], ['00180080', 'DS', '500'], ['00180081', 'DS', '20'], ['00180091', 'IS', '1']];
  const replaced = new Map([...common, ...specific, ...extra].map((e) => [e[0], e]));
  return { sopClass, sopInstance, dataset: [...replaced.values()].filter((e) => e[2] !== undefined) };
}

/** What a de-identifier adds: Patient Identity Removed, the method and its CID 7050 codes, dates marked modified. */
function deidentified(codes) {
  const code = ([value, meaning]) => [['00080100', 'SH', value], ['00080102', 'SH', 'DCM'], ['00080104', 'LO', meaning]];
  return [
    ['00120062', 'CS', 'YES'],
    ['00120063', 'LO', 'PS3.15 basic, retain modified dates, patient characteristics'],
    ['00120064', 'SQ', codes.map(code)],
    ['00280303', 'CS', 'MODIFIED'],
  ];
}

const DEID_CODES = [
  ['113100', 'Basic Application Confidentiality Profile'],
  ['113107', 'Retain Longitudinal Temporal Information Modified Dates Option'],
  ['113108', 'Retain Patient Characteristics Option'],
];

const SITES = {
  'de-uka': [
    ...[1, 2, 3].map((n) => image({ site: 'de-uka', modality: 'CT', study: 1, series: 1, number: n, date: '20210314', extra: deidentified(DEID_CODES) })),
    ...[1, 2].map((n) => image({ site: 'de-uka', modality: 'MR', study: 2, series: 1, number: n, date: '20210402', extra: deidentified(DEID_CODES) })),
  ],
  'fr-chn': [
    // Declared de-identified, but the patient's name and birth date were left in.
    image({ site: 'fr-chn', modality: 'CT', study: 1, series: 1, number: 1, date: '20220105', extra: [...deidentified(DEID_CODES), ['00100010', 'PN', 'MARTIN^CLAIRE'], ['00100030', 'DA', '19580712']] }),
    // The institution, a station name and a vendor private block with a copy of the patient ID.
    image({
      site: 'fr-chn', modality: 'CT', study: 1, series: 1, number: 2, date: '20220105',
      extra: [...deidentified(DEID_CODES), ['00080080', 'LO', 'Centre Hospitalier Fictif de Nulle-Part'], ['00081010', 'SH', 'CT-SALLE-2'], ['00090010', 'LO', 'FICTIONAL_VENDOR 1.0'], ['00091001', 'LO', 'NP-000042'], ['00091002', 'DS', '1.5']],
    }),
    // Burned-in annotation in the pixels, and a SOP Instance UID still under a device maker's root.
    image({ site: 'fr-chn', modality: 'MR', study: 2, series: 1, number: 1, date: '20220111', extra: [...deidentified(DEID_CODES), ['00280301', 'CS', 'YES'], ['00080018', 'UI', '1.2.840.113619.2.55.3.604688119.1']] }),
    // Never de-identified: no Patient Identity Removed, the referring physician still named.
    image({ site: 'fr-chn', modality: 'MR', study: 2, series: 1, number: 2, date: '20220111', extra: [['00080090', 'PN', 'BERNARD^LUC'], ['00100020', 'LO', 'NP-000042'], ['00081030', 'LO', 'IRM cerebrale']] }),
  ],
};

for (const [site, images] of Object.entries(SITES)) {
  const dir = join(here, site, 'dicom');
  rmSync(dir, { recursive: true, force: true });
  images.forEach((img, i) => {
    const series = img.dataset.find((e) => e[0] === '00080060')[2];
    const path = join(dir, `${series.toLowerCase()}`, `IM${String(i + 1).padStart(4, '0')}.dcm`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, part10(img.sopClass, img.sopInstance, img.dataset));
  });
  process.stdout.write(`wrote ${images.length} files to ${join('examples/european-consortium/exports', site, 'dicom')}\n`);
}
