// Scoring speed: 10,000 generated assessments scored against the shipped comprehensive-diagnostics
// questionnaire (limit 5 s), and `readiness --help` start-up (median of 10, limit 0.5 s).
// Writes bench/results/scoring.md. Run with `npm run bench -- scoring` (builds dist/ first).
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadQuestionnaire, scoreAssessment } from '../dist/index.js';
// A small deterministic PRNG (mulberry32), so every run scores the same assessments.
import { prng } from '../test/fixtures/report/scorecard-generator.mjs';
import { answerFor } from './generated-answers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const COUNT = Number(process.env.BENCH_COUNT ?? 10_000);

const { questionnaire } = await loadQuestionnaire(join(root, 'questionnaires', 'comprehensive-diagnostics.yaml'));
const indicators = questionnaire.domains.flatMap((d) => d.indicators);
const rnd = prng(2026);
const sources = ['self-reported', 'documented', 'verified'];
const assessments = Array.from({ length: COUNT }, (_, i) => ({
  questionnaire: { id: questionnaire.id, version: questionnaire.version },
  subject: { id: `site-${i}`, name: `Site ${i}`, kind: 'site', country: 'DE' },
  period: '2026',
  answers: Object.fromEntries(
    indicators.map((ind) => [
      ind.id,
      rnd() < 0.3 ? { value: answerFor(ind, rnd), source: sources[Math.floor(rnd() * 3)] } : answerFor(ind, rnd),
    ]),
  ),
}));

scoreAssessment(questionnaire, assessments[0]); // compile once, as a run does
globalThis.gc?.();
const start = performance.now();
const cpuStart = process.cpuUsage();
let checksum = 0;
for (const a of assessments) checksum += scoreAssessment(questionnaire, a).overall.coverage;
const scoringMs = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
const scoringCpuMs = (cpu.user + cpu.system) / 1000;

const helpRuns = [];
for (let i = 0; i < 10; i++) {
  const t = performance.now();
  execFileSync(process.execPath, [join(root, 'bin', 'run.js'), '--help'], { stdio: 'ignore' });
  helpRuns.push(performance.now() - t);
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[4] + s[5]) / 2;
};
const helpMs = median(helpRuns);
const nodeRuns = [];
for (let i = 0; i < 10; i++) {
  const t = performance.now();
  execFileSync(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  nodeRuns.push(performance.now() - t);
}
const nodeMs = median(nodeRuns);

const ok = (v, limit) => (v < limit ? 'pass' : 'FAIL');
const load = loadavg()[0].toFixed(1);
const lines = [
  '## Scoring',
  '',
  `Run ${new Date().toISOString().slice(0, 10)} with \`npm run bench -- scoring\` (bench/scoring.bench.mjs); load average ${load} on ${cpus().length} cores at the end of the run (other work slows wall times; CPU time is steadier).`,
  '',
  '| what | figure | limit | |',
  '| --- | --- | --- | --- |',
  `| score ${COUNT.toLocaleString('en')} generated assessments against ${questionnaire.id} ${questionnaire.version} (${indicators.length} indicators, ${questionnaire.domains.length} domains, stages, recommendations with re-scoring, bounds) | ${(scoringMs / 1000).toFixed(2)} s wall, ${(scoringCpuMs / 1000).toFixed(2)} s CPU (${((scoringMs * 1000) / COUNT).toFixed(0)} µs each) | 5 s | ${ok(scoringMs, 5000)} |`,
  `| \`readiness --help\`, median of 10 | ${(helpMs / 1000).toFixed(2)} s | 0.5 s | ${ok(helpMs, 500)} |`,
  `| \`node -e 0\`, median of 10 (the floor) | ${(nodeMs / 1000).toFixed(2)} s | | |`,
  '',
  `Machine-independent ratios: scoring uses ${((scoringMs / 5000) * 100).toFixed(0)}% of its limit; \`--help\` takes ${(helpMs / nodeMs).toFixed(1)}× a bare Node start.`,
  `(Mean coverage of the generated assessments: ${(checksum / COUNT).toFixed(3)}; 10% of answers are \`unknown\`.)`,
  '',
];
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'scoring.md'), lines.join('\n'));
console.log(lines.join('\n'));
