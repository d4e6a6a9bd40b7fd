#!/usr/bin/env node
// Per-file cost of the DICOM parser and the per-file checks (parse + checkDicomFile), in one process,
// over the real files of the corpus (Debian python3-pydicom, dicom3tools, libgdcm3.0 examples), side
// by side with dciodvfy (one process per file, as it runs) on the same files; and the resident memory
// of parsing a 2 GiB multi-frame file to its end (Pixel Data skipped by seeking).
// Writes bench/results/dicom-parser.md. Needs `npm run build` (npm run bench does it).
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusFiles, hasDciodvfy } from './dciodvfy.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const dicom = await import(join(root, 'dist/validation/dicom/index.js'));
const standard = (await import(join(root, 'dist/run/dicom-standard.js'))).loadDicomStandard();

/** The median of a list of numbers. */
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function timeFiles(files, rounds, withChecks) {
  const perFile = files.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (const [i, f] of files.entries()) {
      const t0 = performance.now();
      const parsed = await dicom.parseDicomFile(f, standard);
      if (withChecks) dicom.checkDicomFile(parsed, standard);
      perFile[i].push(performance.now() - t0);
    }
  }
  const medians = perFile.map(median);
  const total = medians.reduce((a, b) => a + b, 0);
  return { median: median(medians), mean: total / files.length, filesPerSecond: files.length / (total / 1000) };
}

/** A sparse 2 GiB explicit-LE file: a small header, 2 GiB of Pixel Data, a trailing element. */
function writeBigFile(path) {
  const el = (group, element, vr, value) => {
    const v = Buffer.from(value.length % 2 ? `${value}\0` : value, 'latin1');
    const h = Buffer.alloc(8);
    h.writeUInt16LE(group, 0);
    h.writeUInt16LE(element, 2);
    h.write(vr, 4, 'latin1');
    h.writeUInt16LE(v.length, 6);
    return Buffer.concat([h, v]);
  };
  const meta = Buffer.concat([el(2, 0x10, 'UI', '1.2.840.10008.1.2.1')]);
  const group = Buffer.alloc(12);
  group.writeUInt16LE(2, 0);
  group.write('UL', 4, 'latin1');
  group.writeUInt16LE(4, 6);
  group.writeUInt32LE(meta.length, 8);
  const frames = 1024;
  const pixelBytes = frames * 1024 * 1024 * 2;
  const pixelHeader = Buffer.alloc(12);
  pixelHeader.writeUInt16LE(0x7fe0, 0);
  pixelHeader.writeUInt16LE(0x0010, 2);
  pixelHeader.write('OW', 4, 'latin1');
  pixelHeader.writeUInt32LE(pixelBytes, 8);
  const head = Buffer.concat([
    Buffer.alloc(128),
    Buffer.from('DICM'),
    group,
    meta,
    el(8, 0x16, 'UI', '1.2.840.10008.5.1.4.1.1.4.1'),
    el(8, 0x18, 'UI', '1.2.3.4'),
    el(0x28, 0x08, 'IS', String(frames)),
    el(0x28, 0x10, 'US', '\u0000\u0004'),
    el(0x28, 0x11, 'US', '\u0000\u0004'),
    pixelHeader,
  ]);
  const fd = openSync(path, 'w');
  writeSync(fd, head, 0, head.length, 0);
  const trailer = Buffer.alloc(14); // (FFFC,FFFC) Data Set Trailing Padding, OB: long header, 2 bytes
  trailer.writeUInt16LE(0xfffc, 0);
  trailer.writeUInt16LE(0xfffc, 2);
  trailer.write('OB', 4, 'latin1');
  trailer.writeUInt32LE(2, 8);
  writeSync(fd, trailer, 0, trailer.length, head.length + pixelBytes);
  closeSync(fd);
  return head.length + pixelBytes + trailer.length;
}

function bigFileRss(path) {
  const script = `
    const d = await import(${JSON.stringify(join(root, 'dist/validation/dicom/index.js'))});
    const standard = (await import(${JSON.stringify(join(root, 'dist/run/dicom-standard.js'))})).loadDicomStandard();
    let peak = process.memoryUsage().rss;
    const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 5);
    const t0 = performance.now();
    const parsed = await d.parseDicomFile(${JSON.stringify(path)}, standard, { stopAtPixelData: false });
    const findings = d.checkDicomFile(parsed, standard);
    const ms = performance.now() - t0;
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    console.log(JSON.stringify({ ms, peak, trailer: parsed.dataset.elements.has('FFFCFFFC'), incomplete: parsed.incomplete, findings: findings.length }));`;
  const out = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  return JSON.parse(out.stdout.trim());
}

const { files } = corpusFiles();
if (files.length === 0) {
  console.error('no corpus files: apt-get install python3-pydicom dicom3tools libgdcm3.0');
  process.exit(2);
}
await timeFiles(files, 2, true); // warm up: JIT and the standard tables
const parseOnly = await timeFiles(files, 5, false);
const parseCheck = await timeFiles(files, 5, true);

let reference = 'dciodvfy not installed';
let ratio = NaN;
if (hasDciodvfy()) {
  const t0 = performance.now();
  for (const f of files) spawnSync('dciodvfy', [f], { stdio: 'ignore' });
  const perFile = (performance.now() - t0) / files.length;
  ratio = perFile / parseCheck.mean;
  reference = `${perFile.toFixed(1)} ms a file (${(1000 / perFile).toFixed(0)} files/s)`;
}

const dir = mkdtempSync(join(tmpdir(), 'readiness-bench-'));
const big = join(dir, 'multiframe-2gib.dcm');
const bigSize = writeBigFile(big);
const bigRun = bigFileRss(big);
rmSync(dir, { recursive: true, force: true });

const ms = (x) => `${x.toFixed(3)} ms`;
const section = [
  '## DICOM parser and per-file checks: cost per file',
  '',
  `Run ${new Date().toISOString().slice(0, 10)} with \`npm run bench -- dicom-parser\` (bench/dicom-parser.bench.mjs), one process, one thread,`,
  `over the ${files.length} real files of the corpus (Debian python3-pydicom test, charset and palette files; dicom3tools and`,
  'libgdcm3.0 examples), each file read through its handle in 64 KB windows up to Pixel Data; median of 5 rounds per file after 2 warm-up rounds.',
  '',
  '| step | median per file | mean per file | files/s (one thread) |',
  '| --- | ---: | ---: | ---: |',
  `| parseDicomFile | ${ms(parseOnly.median)} | ${ms(parseOnly.mean)} | ${parseOnly.filesPerSecond.toFixed(0)} |`,
  `| parseDicomFile + checkDicomFile (IOD, values, meta) | ${ms(parseCheck.median)} | ${ms(parseCheck.mean)} | ${parseCheck.filesPerSecond.toFixed(0)} |`,
  '',
  `dciodvfy on the same files, one process per file: ${reference}; parse + check costs **1/${Number.isFinite(ratio) ? ratio.toFixed(0) : '?'}** of that per file`,
  "(the issue asks for 20 times dciodvfy's throughput for the whole `validate dicom` run: see the DICOM section for that end-to-end figure).",
  '',
  `2 GiB multi-frame file (${(bigSize / 2 ** 30).toFixed(2)} GiB sparse, 1024 frames of 1024 x 1024 x 16 bit, read to its last element with`,
  `\`stopAtPixelData: false\`): parsed and checked in ${bigRun.ms.toFixed(1)} ms, peak resident set **${(bigRun.peak / 2 ** 20).toFixed(1)} MB** (target: under 200 MB);`,
  `the element after Pixel Data was ${bigRun.trailer ? 'read' : 'NOT read'}.`,
  '',
].join('\n');
writeFileSync(join(here, 'results', 'dicom-parser.md'), section);
console.log(section);
