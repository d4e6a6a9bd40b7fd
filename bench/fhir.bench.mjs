// FHIR validation throughput and detection, side by side in one run:
//   JSON.parse alone (the floor), Medplum's validateResource (with the profiles a resource claims),
//   and ours (`readiness validate fhir`, one process, worker threads on every core),
// each streaming the same generated NDJSON file of official R4 examples, in its own child process
// (wall time, CPU time of every thread, peak RSS of that process), on two mixes: the clinical one and
// every R4 resource type of the examples; ours writes every finding (`--findings`) as a site would.
// Then the detection rates of ours and Medplum on the corpus in test/fixtures/fhir-detection.
// Writes bench/results/fhir.md.
// Size: FHIR_BENCH_RESOURCES per mix (default 200000), e.g. `FHIR_BENCH_RESOURCES=40000 npm run bench -- fhir`.
// FHIR_BENCH_LARGE_MB=2048 also streams a file of that size (FHIR_BENCH_LARGE_MIX, default all-types) through
// ours alone with --findings (memory stays bounded); the file is made in a temporary folder and deleted after.
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureDetection } from './fhir/detection.mjs';
import { r4Examples } from './fhir/examples-package.mjs';
import { MIXES, generateNdjson } from './fhir/generate-ndjson.mjs';
import { measure } from './fhir/peak-rss.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const out = join(here, 'out');
mkdirSync(out, { recursive: true });
const count = Number(process.env.FHIR_BENCH_RESOURCES ?? 200_000);
const examples = r4Examples(out);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
const loadBefore = load();
// Ours writes every finding to a file here (deleted at the end), as `--findings` does for a site.
const scratch = mkdtempSync(join(tmpdir(), 'fhir-bench-'));
const findingsArgs = (name) => ['--findings', join(scratch, `${name}.findings.ndjson`), '--force'];

async function ndjsonFile(n, mix = 'clinical', dir = out) {
  const path = join(dir, mix === 'clinical' ? `fhir-${n}.ndjson` : `fhir-${mix}-${n}.ndjson`);
  if (!existsSync(path)) {
    console.log(`generating ${n} resources (${mix}) into ${path}`);
    await generateNdjson(path, n, examples, mix);
  }
  return path;
}

const profiles = join(root, 'test', 'fixtures', 'fhir-detection', 'profiles');
/** The three runs on one mix's file; resources/s counts lines (ours also validates the entries of Bundles). */
async function measureMix(mix) {
  const file = await ndjsonFile(count, mix);
  const runs = [
    { name: 'readline + JSON.parse only', args: [join(here, 'fhir', 'parse-only.mjs'), file] },
    {
      name: '@medplum/core 4.5.2 validateResource (one thread)',
      args: [join(here, 'fhir', 'medplum-run.mjs'), file, profiles],
    },
    {
      name: `ours: readiness validate fhir --findings (${cpus().length} worker threads)`,
      args: [join(root, 'bin', 'run.js'), 'validate', 'fhir', file, '--json', ...findingsArgs(mix)],
      ours: true,
    },
  ];
  const rows = [];
  const loadAtStart = load();
  for (const run of runs) {
    console.log(`running ${run.name} on the ${mix} mix`);
    const r = await measure(run.args, { cwd: root });
    if (r.code !== 0) throw new Error(`${run.name} exited ${r.code}`);
    const parsed = JSON.parse(r.stdout);
    const seen = run.ours ? parsed.totals.items : parsed.count;
    if (run.ours ? seen < count : seen !== count)
      throw new Error(`${run.name} saw ${seen} resources, expected ${count}`);
    rows.push({
      ...run,
      seconds: r.seconds,
      rate: count / r.seconds,
      cpuSeconds: r.cpuSeconds,
      rss: r.peakRssMB,
      withErrors: run.ours ? parsed.totals.withErrors : parsed.withErrors,
    });
    console.log(
      `  ${(count / r.seconds).toFixed(0)} resources/s, ${r.cpuSeconds.toFixed(1)} CPU s, peak RSS ${r.peakRssMB.toFixed(0)} MB, load ${load()}`,
    );
  }
  const [parse, medplum, ours] = rows;
  return {
    mix,
    file,
    bytes: statSync(file).size,
    rows,
    ratio: ours.rate / medplum.rate,
    cpuRatio: medplum.cpuSeconds / ours.cpuSeconds,
    ours,
    parse,
    load: `${loadAtStart} before, ${load()} after`,
  };
}

const mixes = [];
for (const mix of Object.keys(MIXES)) mixes.push(await measureMix(mix));
const loadAfter = load();
const { file } = mixes[0];

// The same export gzip-compressed (issue 9: export-wide state must not grow with the resources read):
// peak RSS while ours streams it, and the bytes of export-wide state it keeps per resource.
const gzPath = `${file}.gz`;
if (!existsSync(gzPath)) {
  console.log(`compressing ${file}`);
  await pipeline(createReadStream(file), createGzip({ level: 6 }), createWriteStream(gzPath));
}
console.log('running ours on the gzip file');
const gzRun = await measure([join(root, 'bin', 'run.js'), 'validate', 'fhir', gzPath, '--json'], { cwd: root });
const gzParsed = JSON.parse(gzRun.stdout);
const gz = {
  size: statSync(gzPath).size,
  seconds: gzRun.seconds,
  rss: gzRun.peakRssMB,
  code: gzRun.code,
  items: gzParsed.totals.items,
  references: gzParsed.references?.checked ?? 0,
};

let large;
if (process.env.FHIR_BENCH_LARGE_MB) {
  const largeMix = process.env.FHIR_BENCH_LARGE_MIX ?? 'all-types';
  const sample = mixes.find((m) => m.mix === largeMix) ?? mixes[0];
  const target = Number(process.env.FHIR_BENCH_LARGE_MB) * 2 ** 20;
  const n = Math.ceil(target / (sample.bytes / count));
  const path = await ndjsonFile(n, largeMix, scratch);
  const size = statSync(path).size;
  console.log(`running ours with --findings on ${(size / 2 ** 30).toFixed(2)} GiB (${largeMix})`);
  const loadAtStart = load();
  const r = await measure([join(root, 'bin', 'run.js'), 'validate', 'fhir', path, '--json', ...findingsArgs('large')], {
    cwd: root,
  });
  const findings = statSync(join(scratch, 'large.findings.ndjson')).size;
  rmSync(path);
  large = {
    n,
    mix: largeMix,
    size,
    findings,
    seconds: r.seconds,
    cpuSeconds: r.cpuSeconds,
    rss: r.peakRssMB,
    code: r.code,
  };
  large.load = `${loadAtStart} before, ${load()} after`;
}
rmSync(scratch, { recursive: true, force: true });

console.log('measuring detection on the corpus');
const detection = await measureDetection({
  dist: join(root, 'dist'),
  corpus: join(root, 'test', 'fixtures', 'fhir-detection'),
});

const pct = (hit, total) => `${((100 * hit) / total).toFixed(1)}%`;
const classes = Object.keys(detection.ours.perClass);
const byRatio = [...mixes].sort((a, b) => a.ratio - b.ratio);
const mixTable = (m) => [
  '',
  `${MIXES[m.mix]}: ${count.toLocaleString('en')} lines, NDJSON, ${(m.bytes / 2 ** 20).toFixed(0)} MiB, ${(m.bytes / count / 1024).toFixed(2)} KiB a line.`,
  '',
  `Load average ${m.load} this mix (1, 5, 15 min).`,
  '',
  '| what runs per line | resources/s | seconds | CPU seconds (all threads) | peak RSS | resources with an error |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...m.rows.map(
    (r) =>
      `| ${r.name} | ${Math.round(r.rate).toLocaleString('en')} | ${r.seconds.toFixed(1)} | ${r.cpuSeconds.toFixed(1)} | ${r.rss.toFixed(0)} MB | ${r.withErrors ?? 'n/a'} |`,
  ),
  '',
  `Ours / Medplum on this mix: ${m.ratio.toFixed(2)}x in wall time, ${m.cpuRatio.toFixed(2)}x in CPU time.`,
];
const md = [
  '## FHIR validation (bench/fhir.bench.mjs)',
  '',
  `Run ${new Date().toISOString().slice(0, 10)} with \`FHIR_BENCH_RESOURCES=${count}${process.env.FHIR_BENCH_LARGE_MB ? ` FHIR_BENCH_LARGE_MB=${process.env.FHIR_BENCH_LARGE_MB}` : ''} npm run bench -- fhir\` on ${cpus().length} cores, load average ${loadBefore} before and ${loadAfter} after (1, 5, 15 min).`,
  `Input: HL7's official R4 examples with fresh ids, two mixes of ${count.toLocaleString('en')} lines each. Each tool runs in its own process; peak RSS is that process's VmHWM. Resources/s counts lines (ours also validates the entries of Bundles, counted apart in its own summary).`,
  ...mixes.flatMap(mixTable),
  '',
  `**Ratio ours / Medplum in wall time (both with --findings on ours): weakest ${byRatio[0].ratio.toFixed(2)}x (${byRatio[0].mix}), best ${byRatio[byRatio.length - 1].ratio.toFixed(2)}x (${byRatio[byRatio.length - 1].mix})** (target at least 5x on both); in CPU time (all threads; ours uses every core, Medplum one): ${mixes.map((m) => `${m.cpuRatio.toFixed(2)}x (${m.mix})`).join(', ')}; ours / JSON.parse alone: ${mixes.map((m) => `${(m.ours.rate / m.parse.rate).toFixed(2)} (${m.mix})`).join(', ')}; peak memory of ours ${Math.max(...mixes.map((m) => m.ours.rss)).toFixed(0)} MB (target under 300 MB).`,
  '',
  `Gzip: the same ${gz.items.toLocaleString('en')} resources as .ndjson.gz (${(gz.size / 2 ** 20).toFixed(1)} MiB) through ours in ${gz.seconds.toFixed(1)} s, peak RSS ${gz.rss.toFixed(0)} MB, exit ${gz.code}. Export-wide state: 8 bytes per resource and per reference left to resolve across files (${gz.references.toLocaleString('en')} references checked), in fixed 512 KiB chunks sorted in place at the end (no copy), at most 8,388,608 of each (128 MiB; past it the check across files is given up and said); everything else a run keeps is bounded by the limits (README "Limits").`,
  ...(large
    ? [
        '',
        `Large file (\`FHIR_BENCH_LARGE_MB=${process.env.FHIR_BENCH_LARGE_MB}\`): ${large.n.toLocaleString('en')} resources of the ${large.mix} mix, ${(large.size / 2 ** 30).toFixed(2)} GiB, through ours with \`--findings\` (${(large.findings / 2 ** 20).toFixed(0)} MiB of findings written) in ${large.seconds.toFixed(0)} s (${Math.round(large.n / large.seconds).toLocaleString('en')}/s, ${large.cpuSeconds.toFixed(0)} CPU s), **peak RSS ${large.rss.toFixed(0)} MB** (target under 300 MB), exit ${large.code}; load average ${large.load}.`,
      ]
    : []),
  '',
  '### Detection: one injected defect per resource (test/fixtures/fhir-detection)',
  '',
  `${detection.ours.total} real resources from the official R4 examples with one defect each. Detected = an error or warning that the unmodified resource does not get. Medplum is given the StructureDefinitions of the profiles the cases claim.`,
  '',
  '| class | cases | ours | Medplum |',
  '| --- | ---: | ---: | ---: |',
  ...classes.map(
    (c) =>
      `| ${c} | ${detection.ours.perClass[c].total} | ${pct(detection.ours.perClass[c].hit, detection.ours.perClass[c].total)} | ${pct(detection.medplum.perClass[c].hit, detection.medplum.perClass[c].total)} |`,
  ),
  `| **all** | ${detection.ours.total} | **${pct(detection.ours.hit, detection.ours.total)}** | **${pct(detection.medplum.hit, detection.medplum.total)}** |`,
  '',
  `Errors on the unmodified resources: ours ${detection.ours.falseErrors.length}, Medplum ${detection.medplum.falseErrors.length}.`,
  '',
  'Missed by ours:',
  '',
  ...detection.ours.missed.map((m) => `- ${m}`),
  '',
  'Not in the corpus: the R4 `bp` profile. Its component slices are told apart by a fixed value inside a nested slice (`component:SystolicBP.code.coding:SBPCode.code`); neither our engine nor Medplum resolve that, and both reject the official blood-pressure example against it.',
].join('\n');
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'fhir.md'), `${md}\n`);
console.log('wrote bench/results/fhir.md');
