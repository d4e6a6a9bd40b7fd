#!/usr/bin/env node
// Runs the benchmarks (bench/*.bench.mjs, or those named as arguments: `npm run bench -- scoring`),
// each of which writes its section to bench/results/<name>.md, then assembles bench/RESULTS.md with
// the machine it ran on and the command that produced it.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem, release } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const all = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .map((f) => f.replace(/\.bench\.mjs$/, ''))
  .sort();
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : all;
for (const name of wanted) {
  if (!all.includes(name)) throw new Error(`unknown benchmark ${name}; known: ${all.join(', ')}`);
  console.log(`\n== bench ${name}`);
  execFileSync(process.execPath, ['--expose-gc', join(here, `${name}.bench.mjs`)], { stdio: 'inherit' });
}
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const header = [
  '# Benchmark results',
  '',
  'Written by `npm run bench` (bench/run.mjs); each section by its bench/<name>.bench.mjs.',
  `Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Linux ${release()}, Node ${process.version}.`,
  'Sections keep the date and command of the run that wrote them; figures vary ~30% between runs,',
  'so compare the ratios measured side by side in one run.',
  '',
].join('\n');
const sections = all
  .map((name) => join(here, 'results', `${name}.md`))
  .filter((p) => existsSync(p))
  .map((p) => readFileSync(p, 'utf8').trim());
writeFileSync(join(here, 'RESULTS.md'), `${header}\n${sections.join('\n\n')}\n`);
console.log('\nwrote bench/RESULTS.md');
