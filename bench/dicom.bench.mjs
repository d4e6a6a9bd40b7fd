// DICOM speed and memory, side by side in one run (`npm run bench -- dicom`), written to bench/results/dicom.md:
// 1. throughput on the real-file corpus (Debian python3-pydicom, dicom3tools and libgdcm3.0 examples):
//    dciodvfy as one process per file (how it is used), against one `readiness validate dicom` process
//    for the whole folder. The corpus is small (~185 files), so readiness is also run on the corpus
//    repeated to 2,500 files (a folder a site would send: the issue's 20x goal, start-up included) and
//    20 and 100 times (links to the same files), where its start-up (~0.5 s) no longer dominates;
// 2. the agreement with dciodvfy per error class (bench/conformance-dicom.mjs, run first), so that
//    bench/RESULTS.md carries both;
// 3. a generated 2 GiB multi-frame file (1024 frames of 1024 x 1024 16-bit; a sparse file in a temp
//    folder, deleted after), validated with the child's peak resident memory measured by the kernel.
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encode, part10, uid } from '../examples/european-consortium/exports/dicom-part10.mjs';
import { corpusFiles, hasDciodvfy } from './dciodvfy.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const BIN = join(here, '..', 'bin', 'run.js');
/** File counts of the corpus repeated, as exports of thousands of files: 2,500 (the goal's size), then 20 and 100 times the corpus. */
const counts = (n) => [2500, n * 20, n * 100];

/**
 * Runs commands one after the other under python3 (getrusage of the children, measured by the kernel):
 * wall seconds, CPU seconds (user + system), the largest peak resident set in MB, crashes (killed by a
 * signal) and the last exit code. `commands` is a list of argv lists.
 */
function measure(commands) {
  const dir = mkdtempSync(join(tmpdir(), 'readiness-bench-cmds-'));
  const list = join(dir, 'commands.json');
  writeFileSync(list, JSON.stringify(commands));
  const wrapper = [
    'import json,resource,subprocess,sys,time',
    'cmds=json.load(open(sys.argv[1]))',
    't=time.time();crashed=0;code=0',
    'for c in cmds:',
    '  r=subprocess.run(c,stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL);code=r.returncode',
    '  crashed+=1 if r.returncode<0 else 0',
    'u=resource.getrusage(resource.RUSAGE_CHILDREN)',
    'print(time.time()-t,u.ru_utime+u.ru_stime,u.ru_maxrss,crashed,code)',
  ].join('\n');
  const out = spawnSync('python3', ['-c', wrapper, list], { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  if (out.status !== 0) throw new Error(`measuring failed: ${out.stderr}`);
  const [seconds, cpuSeconds, kb, crashed, code] = out.stdout.trim().split(' ').map(Number);
  return { seconds, cpuSeconds, rssMb: kb / 1024, crashed, code };
}

/** A folder holding the corpus repeated up to `count` files, as symbolic links (readiness walks it as one export). */
function repeatedCorpus(files, count) {
  const dir = mkdtempSync(join(tmpdir(), 'readiness-bench-corpus-'));
  for (let r = 0, n = 0; n < count; r++) {
    const sub = join(dir, `copy${String(r).padStart(3, '0')}`);
    mkdirSync(sub);
    for (const [i, f] of files.slice(0, count - n).entries())
      symlinkSync(f, join(sub, `${String(i).padStart(4, '0')}-${basename(f)}`));
    n += Math.min(files.length, count - n);
  }
  return dir;
}

/** Writes a 2 GiB multi-frame Secondary Capture file: header, then Pixel Data whose bytes are a sparse hole. */
function bigMultiFrame(dir) {
  const path = join(dir, 'multiframe-2GiB.dcm');
  const [rows, cols, frames] = [1024, 1024, 1024];
  const sopClass = '1.2.840.10008.5.1.4.1.1.7.3'; // Multi-frame Grayscale Word Secondary Capture
  const sop = uid('bench/multiframe');
  const pixelBytes = rows * cols * 2 * frames;
  const dataset = encode([
    ['00080016', 'UI', sopClass],
    ['00080018', 'UI', sop],
    ['00080020', 'DA', ''],
    ['00080030', 'TM', ''],
    ['00080050', 'SH', ''],
    ['00080060', 'CS', 'OT'],
    ['00080064', 'CS', 'WSD'],
    ['00080090', 'PN', ''],
    ['00100010', 'PN', ''],
    ['00100020', 'LO', ''],
    ['00100030', 'DA', ''],
    ['00100040', 'CS', ''],
    ['0020000D', 'UI', uid('bench/study')],
    ['0020000E', 'UI', uid('bench/series')],
    ['00200010', 'SH', ''],
    ['00200011', 'IS', '1'],
    ['00200013', 'IS', '1'],
    ['00200020', 'CS', ''],
    ['00280002', 'US', 1],
    ['00280004', 'CS', 'MONOCHROME2'],
    ['00280008', 'IS', String(frames)],
    ['00280009', 'AT', Buffer.from([0x18, 0x00, 0x63, 0x10])],
    ['00280010', 'US', rows],
    ['00280011', 'US', cols],
    ['00280100', 'US', 16],
    ['00280101', 'US', 12],
    ['00280102', 'US', 11],
    ['00280103', 'US', 0],
    ['00181063', 'DS', '40'],
  ]);
  const pixelHeader = Buffer.from([0xe0, 0x7f, 0x10, 0x00, 0x4f, 0x57, 0, 0, 0, 0, 0, 0]);
  pixelHeader.writeUInt32LE(pixelBytes, 8);
  const head = part10(sopClass, sop, Buffer.concat([dataset, pixelHeader]));
  const fd = openSync(path, 'w');
  writeSync(fd, head);
  ftruncateSync(fd, head.length + pixelBytes);
  closeSync(fd);
  return { path, bytes: head.length + pixelBytes };
}

const { files, missing } = corpusFiles();
if (files.length === 0 || !hasDciodvfy()) {
  console.error('the DICOM bench needs the Debian packages dicom3tools and python3-pydicom');
  process.exit(2);
}
const validate = (paths) => measure([[process.execPath, BIN, 'validate', 'dicom', ...paths, '--json']]);

const conformance = spawnSync(process.execPath, [join(here, 'conformance-dicom.mjs')], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (conformance.status !== 0) throw new Error('bench/conformance-dicom.mjs failed');
const load = loadavg()[0];
measure([[process.execPath, BIN, '--version']]); // warm the file cache
const reference = measure(files.map((f) => ['dciodvfy', f]));
const once = validate(files);
const repeated = counts(files.length).map((n) => {
  const corpus = repeatedCorpus(files, n);
  try {
    return { n, ...validate([corpus]) };
  } finally {
    rmSync(corpus, { recursive: true, force: true });
  }
});
const refRate = files.length / reference.seconds;
const onceRate = files.length / once.seconds;
// Files per CPU second: what the machine's load (other processes) changes least.
const refCpu = files.length / reference.cpuSeconds;
const largest = repeated[repeated.length - 1];
const largestRate = largest.n / largest.seconds;
const goal = repeated[0];

const bigDir = mkdtempSync(join(tmpdir(), 'readiness-bench-big-'));
let big;
let bigRun;
try {
  big = bigMultiFrame(bigDir);
  bigRun = validate([big.path]);
} finally {
  rmSync(bigDir, { recursive: true, force: true });
}

const f1 = (n) => n.toFixed(1);
const section = [
  '## DICOM: speed against dciodvfy, memory on a 2 GiB file',
  '',
  `Run ${new Date().toISOString().slice(0, 10)} with \`npm run bench -- dicom\` (bench/dicom.bench.mjs). Corpus: ${files.length} real files (Debian python3-pydicom`,
  `test, charset and palette files; dicom3tools and libgdcm3.0 examples)${missing.length ? `; not installed: ${missing.join(', ')}` : ''}. Wall times of whole processes, start-up included.`,
  '',
  `Load average when the run started: ${load.toFixed(1)} on ${availableParallelism()} cores (other work on the machine slows a two-thread`,
  'process more than a one-process-at-a-time loop; the CPU-time columns are what load changes least).',
  '',
  '| run | files | wall s | files/s | vs dciodvfy | CPU s | files per CPU s | vs dciodvfy |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  `| dciodvfy, one process per file (${reference.crashed} crashed) | ${files.length} | ${f1(reference.seconds)} | ${f1(refRate)} | 1.0x | ${f1(reference.cpuSeconds)} | ${f1(refCpu)} | 1.0x |`,
  `| readiness validate dicom, one process, the corpus once | ${files.length} | ${f1(once.seconds)} | ${f1(onceRate)} | ${f1(onceRate / refRate)}x | ${f1(once.cpuSeconds)} | ${f1(files.length / once.cpuSeconds)} | ${f1(files.length / once.cpuSeconds / refCpu)}x |`,
  ...repeated.map((r) => {
    const n = r.n;
    const label = n % files.length === 0 ? `the corpus ${n / files.length} times` : `the corpus repeated to ${n} files`;
    return `| readiness validate dicom, one process, ${label} | ${n} | ${f1(r.seconds)} | ${f1(n / r.seconds)} | **${f1(n / r.seconds / refRate)}x** | ${f1(r.cpuSeconds)} | ${f1(n / r.cpuSeconds)} | **${f1(n / r.cpuSeconds / refCpu)}x** |`;
  }),
  '',
  `On the corpus once, readiness's start-up (Node, oclif, the standard tables on two threads: about half a second) is most of its time;`,
  `on ${goal.n} files (a folder a site would send; start-up included) readiness is ${f1(goal.n / goal.seconds / refRate)}x dciodvfy's`,
  `wall-clock throughput and ${f1(goal.n / goal.cpuSeconds / refCpu)}x its files per CPU second (goal: 20x); on ${largest.n} files the wall ratio reaches ${f1(largestRate / refRate)}x.`,
  '',
  `2 GiB multi-frame file (${(big.bytes / 2 ** 30).toFixed(2)} GiB, 1024 frames of 1024 x 1024 x 16 bit, Pixel Data skipped by seeking):`,
  `validated in ${f1(bigRun.seconds)} s with a peak resident set of **${f1(bigRun.rssMb)} MB** (target: under 200 MB; exit code ${bigRun.code}).`,
  '',
  // the profile of a 2,500-file run (written by hand from `node --cpu-prof`, see the file), kept with the figures
  ...(existsSync(join(here, 'results', 'dicom-profile.md'))
    ? [readFileSync(join(here, 'results', 'dicom-profile.md'), 'utf8').trimEnd(), '']
    : []),
  readFileSync(join(here, 'results', 'dicom-conformance.md'), 'utf8').replace(/^## /, '### '),
].join('\n');
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'dicom.md'), section);
console.log(section);
