// The reference DICOM validator, dciodvfy (Debian package dicom3tools), and the real-file corpus
// both DICOM scripts use: bench/conformance-dicom.mjs (agreement) and bench/dicom.bench.mjs (speed).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Folders of real DICOM files not written by this project (Debian packages). */
export const CORPUS_DIRS = [
  '/usr/lib/python3/dist-packages/pydicom/data/test_files', // python3-pydicom
  '/usr/lib/python3/dist-packages/pydicom/data/charset_files',
  '/usr/lib/python3/dist-packages/pydicom/data/palettes',
  '/usr/share/doc/dicom3tools/examples', // dicom3tools
  '/usr/share/doc/libgdcm3.0/examples', // libgdcm3.0
];

const NOT_DICOM = /\.(py|pyc|json|txt|md|dump|gz|zip|xml|html)$|(^|\/)README$/i;

/** The corpus files, sorted; folders that are not installed are left out (and named in `missing`). */
export function corpusFiles() {
  const files = [];
  const missing = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!NOT_DICOM.test(path)) files.push(path);
    }
  };
  for (const dir of CORPUS_DIRS) {
    if (existsSync(dir)) walk(dir);
    else missing.push(dir);
  }
  return { files, missing };
}

/** True when dciodvfy is installed. */
export function hasDciodvfy() {
  return spawnSync('dciodvfy', ['-help'], { stdio: 'ignore' }).error === undefined;
}

/** Runs dciodvfy on one file: its output lines, exit code, and the signal that killed it (a crash). */
export function runDciodvfy(file, timeoutMs = 30_000) {
  return new Promise((resolve) => {
    const child = spawn('dciodvfy', [file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('latin1').on('data', (d) => (out += d));
    child.stderr.setEncoding('latin1').on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ file, code, signal, lines: out.split('\n') });
    });
  });
}

/** Runs `fn` over `items` with `limit` at a time, keeping the order of results. */
export async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i]);
      }
    }),
  );
  return results;
}

/** `Photometric Interpretation` or `Patient's Name` -> `PhotometricInterpretation` / `PatientName` (dictionary keyword style). */
function keywordOf(name) {
  return name
    .replace(/'s\b/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

/** dciodvfy messages that name their attribute in words; `*file*` is a problem of the encoding as a whole. */
const OTHER_ATTRIBUTE = [
  [/^MediaStorageSOPInstanceUID different from SOPInstanceUID/, 'MediaStorageSOPInstanceUID'],
  [/^MediaStorageSOPClassUID different from SOPClassUID/, 'MediaStorageSOPClassUID'],
  [/missing SOPClassUID/, 'SOPClassUID'],
  [/missing SOPInstanceUID/, 'SOPInstanceUID'],
  [/^Metaheader present but doesn't contain Transfer Syntax UID/, 'TransferSyntaxUID'],
  [/^Information Object Not found/, 'SOPClassUID'],
  [
    /^(Dicom dataset read failed|Tags out of order|Sequence attribute read failed|Sequence Item dataset read failed|Attribute read failed|Seek failed)/,
    '*file*',
  ],
];

/**
 * Classifies one `Error -` line of dciodvfy: the error class (type1, type1c, type2, type2c, condition,
 * enum, vr, vm, other), and the attribute as a tag (8 hex digits) or a keyword, where the line names one.
 */
export function classifyError(line) {
  const text = line.replace(/^Error - /, '');
  let m = /^(Missing|Empty) attribute.*Type (1C|2C|1|2) (?:Required|Conditional) Element=<(\w+)>/.exec(text);
  if (m) return { cls: `type${m[2].toLowerCase()}`, keyword: m[3], text };
  // a conditional attribute present when its condition does not hold (PS3.5 7.4.2), in dciodvfy's two wordings
  m =
    /^Attribute present when condition unsatisfied .*Element=<(\w+)>/.exec(text) ??
    /^Shall not be present .* - attribute <(\w+)>/.exec(text);
  if (m) return { cls: 'condition', keyword: m[1], text };
  m = /^Value invalid for this VR - \((0x[0-9a-f]{4}),(0x[0-9a-f]{4})\)/i.exec(text);
  if (m) return { cls: 'vr', tag: `${m[1].slice(2)}${m[2].slice(2)}`.toUpperCase(), text };
  m = /Value Multiplicity.*?(?:Element=<(\w+)>|\((0x[0-9a-f]{4}),(0x[0-9a-f]{4})\))/i.exec(text);
  if (m)
    return {
      cls: 'vm',
      ...(m[1] ? { keyword: m[1] } : { tag: `${m[2].slice(2)}${m[3].slice(2)}`.toUpperCase() }),
      text,
    };
  m = /^Unrecognized enumerated value <[^>]*> for value \d+ of attribute <([^>]+)>/.exec(text);
  if (m) return { cls: 'enum', keyword: keywordOf(m[1]), text };
  m = /^A value is required for value \d+ in .* - attribute <(\w+)>/.exec(text);
  if (m) return { cls: 'enum', keyword: m[1], text };
  for (const [pattern, keyword] of OTHER_ATTRIBUTE) if (pattern.test(text)) return { cls: 'other', keyword, text };
  m = /Element=<(\w+)>/.exec(text) ?? /attribute <(\w+)>/.exec(text);
  return { cls: 'other', ...(m ? { keyword: m[1] } : {}), text };
}
