// Monte Carlo uncertainty speed: 1,000 generated hospitals x 1,000 draws (plus the 5 extra sample
// matrices of the sensitivity estimator) against the shipped comprehensive-diagnostics questionnaire,
// with every factor varied (limit 30 s, peak memory 500 MB). Writes bench/results/uncertainty.md.
// Run with `npm run bench -- uncertainty` (builds dist/ first).
import { writeFileSync, mkdirSync } from 'node:fs';
import { clearInterval, setInterval } from 'node:timers';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  compileQuestionnaire,
  loadQuestionnaire,
  mcSubjectOf,
  prng,
  runMonteCarlo,
  scoreAssessment,
} from '../dist/index.js';
import { answerFor } from './generated-answers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const SUBJECTS = Number(process.env.BENCH_SUBJECTS ?? 1000);
const DRAWS = Number(process.env.BENCH_DRAWS ?? 1000);

const { questionnaire } = await loadQuestionnaire(join(root, 'questionnaires', 'comprehensive-diagnostics.yaml'));
const indicators = questionnaire.domains.flatMap((d) => d.indicators);
const rnd = prng(2026);
const sources = ['self-reported', 'documented', 'verified'];
const cards = Array.from({ length: SUBJECTS }, (_, i) =>
  scoreAssessment(questionnaire, {
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    subject: { id: `site-${String(i).padStart(4, '0')}`, name: `Site ${i}`, kind: 'site', country: 'DE' },
    period: '2026',
    answers: Object.fromEntries(
      indicators.map((ind) => [ind.id, { value: answerFor(ind, rnd), source: sources[Math.floor(rnd() * 3)] }]),
    ),
  }),
);
const compiled = compileQuestionnaire(questionnaire);
const subjects = cards.map((c) => mcSubjectOf(compiled, c));
const unknownShare =
  subjects.reduce((s, x) => s + x.unknown.filter(Boolean).length, 0) / (SUBJECTS * indicators.length);
const ranked = subjects.filter((s) => s.ranked).length;

let peak = process.memoryUsage().rss;
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);
globalThis.gc?.();
const start = performance.now();
const cpuStart = process.cpuUsage();
// Arithmetic and geometric both allowed, so that all four factors vary.
const result = runMonteCarlo(compiled, subjects, {
  draws: DRAWS,
  seed: 1,
  policy: 'exclude',
  aggregations: [{ method: 'arithmetic' }, { method: 'geometric', floor: 1 }],
});
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
peak = Math.max(peak, process.memoryUsage().rss);
clearInterval(timer);
const cpuMs = (cpu.user + cpu.system) / 1000;
const widest = Math.max(...result.subjects.filter((s) => s.rank).map((s) => s.rank.high - s.rank.low));

const ok = (v, limit) => (v < limit ? 'pass' : 'FAIL');
const lines = [
  '## Uncertainty (Monte Carlo)',
  '',
  `Run ${new Date().toISOString().slice(0, 10)} with \`npm run bench -- uncertainty\` (bench/uncertainty.bench.mjs); load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores at the end of the run.`,
  '',
  '| what | figure | limit | |',
  '| --- | --- | --- | --- |',
  `| ${SUBJECTS.toLocaleString('en')} subjects × ${DRAWS.toLocaleString('en')} draws of ${questionnaire.id} ${questionnaire.version} (${indicators.length} indicators, ${questionnaire.domains.length} domains; unknowns, weights ±25 %, arithmetic/geometric, self-reported moves; ${ranked} ranked; sensitivity with 6 sample matrices, i.e. ${(6 * DRAWS).toLocaleString('en')} evaluations of each subject) | ${(ms / 1000).toFixed(2)} s wall, ${(cpuMs / 1000).toFixed(2)} s CPU | 30 s | ${ok(ms, 30000)} |`,
  `| peak resident memory of the process (scored scorecards included) | ${(peak / 2 ** 20).toFixed(0)} MB | 500 MB | ${ok(peak / 2 ** 20, 500)} |`,
  '',
  `(Share of unknown answers: ${(unknownShare * 100).toFixed(1)}%; widest 90 % rank interval: ${widest} places.)`,
  '',
];
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'uncertainty.md'), lines.join('\n'));
console.log(lines.join('\n'));
