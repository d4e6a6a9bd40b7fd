// Import speed: 1,600 filled workbooks of the hospital questionnaire (comprehensive-diagnostics),
// as a national survey returns them, read by `readiness import` (limit 60 s, memory under 500 MB).
// The workbooks are generated once (exceljs, answers from bench/generated-answers.mjs) into a temp
// folder and reused. The import runs in a child process, whose peak RSS is its own resourceUsage.
// Writes bench/results/import.md. Run with `npm run bench -- import` (builds dist/ first).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { prng } from '../test/fixtures/report/scorecard-generator.mjs';
import { answerFor } from './generated-answers.mjs';
import { xlsxForm } from '../dist/forms/xlsx-form.js';
import { formChoices } from '../dist/forms/form-fields.js';
import { sharedCatalog } from '../dist/questionnaire/catalog.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const COUNT = Number(process.env.BENCH_COUNT ?? 1600);
const dir = join(tmpdir(), `readiness-bench-import-${COUNT}`);
const { questionnaire } = await sharedCatalog().get('comprehensive-diagnostics');

if (!existsSync(join(dir, 'done'))) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'in'), { recursive: true });
  const form = await xlsxForm(questionnaire, { lang: 'en' });
  const rnd = prng(2026);
  for (let n = 0; n < COUNT; n++) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(form);
    const subject = wb.getWorksheet('Subject');
    ['h-' + n, `Hospital ${n}`, 'site', 'DE', '', '2026', 'Office of the CIO', '2026-10-01'].forEach((v, i) => {
      if (v) subject.getCell(2 + i, 2).value = v;
    });
    for (const d of questionnaire.domains) {
      const sheet = wb.getWorksheet(d.id);
      d.indicators.forEach((ind, i) => {
        const value = answerFor(ind, rnd);
        const choice = formChoices(ind, 'en').find((c) => c.value === value);
        sheet.getCell(3 + i, 3).value = Array.isArray(value)
          ? value.join('|') || 'none'
          : choice
            ? choice.entry
            : value === 'unknown'
              ? null
              : value;
        if (rnd() < 0.3) sheet.getCell(3 + i, 4).value = 'documented';
      });
    }
    await wb.xlsx.writeFile(join(dir, 'in', `h-${String(n).padStart(4, '0')}.xlsx`));
  }
  writeFileSync(join(dir, 'done'), '');
}

const child = `
  const { importForms } = await import(${JSON.stringify(join(root, 'dist/run/import.js'))});
  const start = performance.now();
  const r = await importForms({ inputs: [${JSON.stringify(join(dir, 'in'))}], questionnaire: 'comprehensive-diagnostics', out: ${JSON.stringify(join(dir, 'out'))}, force: true });
  const ms = performance.now() - start;
  const cpu = process.cpuUsage();
  console.log(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, written: r.written.length, skipped: r.skipped.length, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
`;
// A file, not --eval: the import's worker threads inherit the process's options (--input-type would stop them).
const childFile = join(dir, 'child.mjs');
writeFileSync(childFile, child);
rmSync(join(dir, 'out'), { recursive: true, force: true });
const load = loadavg()[0];
const result = JSON.parse(execFileSync(process.execPath, [childFile], { encoding: 'utf8' }).trim().split('\n').pop());
const loadAfter = loadavg()[0];
const threads = Math.min(4, availableParallelism());
if (result.written !== COUNT) throw new Error(`imported ${result.written} of ${COUNT} (skipped ${result.skipped})`);
const seconds = result.ms / 1000;
const lines = [
  '## Import of filled workbooks',
  '',
  `Run on ${new Date().toISOString().slice(0, 10)} at ${new Date().toISOString().slice(11, 16)} UTC with \`npm run bench -- import\` (bench/import.bench.mjs), ${cpus().length} cores shared with other work: load average (1 min) ${load.toFixed(1)} at the start, ${loadAfter.toFixed(1)} at the end. The workbooks are read on the export runner's pool by ${threads} threads (the calling thread and ${threads - 1} worker${threads === 2 ? '' : 's'}), each loading the questionnaire once and checking the assessment of each subject it reads. Profile of one thread (\`node --cpu-prof\`, 200 workbooks): that check (the YAML written, parsed and checked by the loader \`assess\` uses) costs about twice the workbook's load by exceljs (unzip, XML parse; the sheet parts not read are skipped).`,
  '',
  '| what | figure | limit |',
  '| --- | --- | --- |',
  `| ${COUNT.toLocaleString('en')} filled workbooks of comprehensive-diagnostics (54 indicators) imported (\`importForms\`, one process), wall time | ${seconds.toFixed(1)} s (${(result.ms / COUNT).toFixed(1)} ms each) | 60 s |`,
  `| CPU time of the importing process (all threads) | ${(result.cpuMs / 1000).toFixed(1)} s (${(result.cpuMs / COUNT).toFixed(1)} ms per workbook) | |`,
  `| the CPU time spread over ${threads} threads: the wall time on ${threads} free cores, at best | ${(result.cpuMs / 1000 / threads).toFixed(1)} s | 60 s |`,
  `| peak memory (max RSS of the importing process) | ${result.maxRssMb.toFixed(0)} MB | 500 MB |`,
  '',
];
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'import.md'), lines.join('\n'));
console.log(lines.join('\n'));
