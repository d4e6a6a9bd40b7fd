// The multi-subject workbook (--subjects), the Markdown form, --subjects and flag errors, and many
// files at once (read by worker threads) through the real CLI.
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import type { Questionnaire } from '../../src/questionnaire/model.js';
import { cellFor, equivalentYaml, fillCsvWide, formAnswers, loadQ, type Filled } from './form-fill.js';

const Q = 'comprehensive-diagnostics';
let dir: string;
let q: Questionnaire;
let uka: Filled;
let hcv: Filled;

const scorecard = async (file: string): Promise<string> => {
  const r = await runCli(['assess', file, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
};

beforeAll(async () => {
  dir = await tempDir('readiness-forms-more-');
  q = await loadQ(Q);
  uka = await formAnswers(join(ROOT, 'examples/european-consortium/de-uka.yaml'));
  hcv = await formAnswers(join(ROOT, 'examples/european-consortium/es-hcv.yaml'));
}, 60_000);

describe('readiness form --subjects: one workbook, one sheet per subject', () => {
  it('prefills each subject from the list, and imports each filled sheet to its scorecard', async () => {
    const list = [uka, hcv].map((f) =>
      ['id', 'name', 'kind', 'country', 'region', 'period'].map((k) => f.subject[k] ?? '').join(','),
    );
    await writeFile(join(dir, 'list.csv'), ['id,name,kind,country,region,period', ...list].join('\n'));
    const made = await runCli(['form', Q, '--format', 'xlsx', '--subjects', 'list.csv', '--out', 'survey.xlsx'], {
      cwd: dir,
    });
    expect(made.code, made.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'survey.xlsx'));
    const sheets = wb.worksheets.filter((w) => !w.name.startsWith('_'));
    expect(sheets.map((w) => String(w.getCell('B2').value))).toEqual(['de-uka', 'es-hcv']);
    const indicators = new Map(q.domains.flatMap((d) => d.indicators).map((i) => [i.id, i]));
    for (const [sheet, f] of sheets.map((w, n) => [w, [uka, hcv][n]!] as const)) {
      for (let row = 2; row <= 9; row++) {
        const field = String(sheet.getCell(row, 1).value);
        if (f.subject[field] !== undefined) sheet.getCell(row, 2).value = f.subject[field];
      }
      for (let row = 12; sheet.getCell(row, 1).value; row++) {
        const id = String(sheet.getCell(row, 1).value);
        const a = f.answers.get(id);
        if (!a) continue;
        sheet.getCell(row, 3).value = cellFor(indicators.get(id)!, a.value);
        if (a.source) sheet.getCell(row, 4).value = a.source;
        if (a.note) sheet.getCell(row, 5).value = a.note;
        if (a.date) sheet.getCell(row, 6).value = a.date;
      }
    }
    await wb.xlsx.writeFile(join(dir, 'survey-filled.xlsx'));
    const r = await runCli(['import', 'survey-filled.xlsx', '--questionnaire', Q, '--out', 'multi'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    for (const f of [uka, hcv]) {
      await writeFile(join(dir, `${f.subject.id}-eq.yaml`), equivalentYaml(q, f));
      const written = join(dir, 'multi', `${f.subject.id}-${f.subject.period}.yaml`);
      expect(await scorecard(written)).toBe(await scorecard(join(dir, `${f.subject.id}-eq.yaml`)));
    }
  }, 300_000);
});

describe('readiness form --format md', () => {
  it('prints every domain and indicator with its answer choices, the subject block and the source boxes', async () => {
    const r = await runCli(['form', Q, '--format', 'md', '--out', join(dir, 'form.md')]);
    expect(r.code, r.stderr).toBe(0);
    const md = await readFile(join(dir, 'form.md'), 'utf8');
    expect(md).toMatch(/^# .+\n/);
    expect(md).toContain(`\`${Q}\` version ${q.version}`);
    expect(md).toContain('| country |  |');
    for (const d of q.domains) {
      expect(md).toContain(`\n## ${typeof d.title === 'string' ? d.title : (d.title.en ?? '')}`);
      for (const i of d.indicators) expect(md).toContain(`(\`${i.id}\`)`);
    }
    const count = q.domains.reduce((n, d) => n + d.indicators.length, 0);
    expect(md.match(/Source: ☐ self-reported {3}☐ documented {3}☐ verified/g)).toHaveLength(count);
  }, 120_000);
});

describe('readiness form: bad --subjects lists and flags', () => {
  const form = (args: string[]) =>
    runCli(['form', Q, '--format', 'xlsx', '--out', 'never.xlsx', ...args], { cwd: dir });

  it('an unknown column is located (file:line:column) with "did you mean"', async () => {
    await writeFile(join(dir, 'bad-column.csv'), 'id,name,contry\nde-x,X,DE\n');
    const r = await form(['--subjects', 'bad-column.csv']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("bad-column.csv:1:3: error: column 'contry' is not known (did you mean country?)");
    expect(await readdir(dir)).not.toContain('never.xlsx');
  }, 120_000);

  it('a list with a header only', async () => {
    await writeFile(join(dir, 'header-only.csv'), 'id,name\n');
    const r = await form(['--subjects', 'header-only.csv']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('header-only.csv: error: lists no subject');
    expect(await readdir(dir)).not.toContain('never.xlsx');
  }, 120_000);

  it('an unclosed quote, at its line', async () => {
    await writeFile(join(dir, 'quote.csv'), 'id,name\n"de-x,X\n');
    const r = await form(['--subjects', 'quote.csv']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/quote\.csv:2: error: CSV: Quote Not Closed/);
  }, 120_000);

  it('--separator , --decimal , is refused with a clear error, and nothing is written', async () => {
    const r = await runCli(['form', Q, '--format', 'csv', '--separator', ',', '--decimal', ',', '--out', 'clash.csv'], {
      cwd: dir,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the separator (--separator) and the decimal mark (--decimal) are both ","');
    expect(r.stderr).toContain("give --separator ';'");
    expect(await readdir(dir)).not.toContain('clash.csv');
  }, 120_000);
});

describe('readiness import of many files (read by worker threads)', () => {
  it('imports every good file, in a stable order, and reports the bad one located', async () => {
    const wide = await runCli(['form', Q, '--format', 'csv', '--layout', 'wide', '--out', join(dir, 'wide.csv')]);
    expect(wide.code, wide.stderr).toBe(0);
    await mkdir(join(dir, 'many'));
    const ids = Array.from({ length: 20 }, (_, n) => `site-${String(n).padStart(2, '0')}`);
    for (const id of ids)
      await fillCsvWide(join(dir, 'wide.csv'), join(dir, 'many', `${id}.csv`), q, [
        {
          subject: { ...hcv.subject, id },
          answers: new Map([...hcv.answers].map(([k, a]) => [k, { value: a.value }])),
        },
      ]);
    const rows = parse(await readFile(join(dir, 'many', 'site-07.csv'), 'utf8'), { bom: true }) as string[][];
    const column = rows[0]!.indexOf('ehr.coverage');
    rows[1]![column] = 'about 70';
    await writeFile(join(dir, 'many', 'site-07.csv'), stringify(rows));
    const r = await runCli(['import', 'many', '--questionnaire', Q, '--out', 'many-out', '--json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(4);
    expect(r.stderr).toContain(`many/site-07.csv:2:${column + 1}: error: `);
    const written = (await readdir(join(dir, 'many-out'))).sort();
    expect(written).toEqual(ids.filter((id) => id !== 'site-07').map((id) => `${id}-${hcv.subject.period}.yaml`));
    const again = await runCli(['import', 'many', '--questionnaire', Q, '--out', 'many-out2', '--json'], { cwd: dir });
    expect(again.stdout.replaceAll('many-out2', 'many-out')).toBe(r.stdout);
  }, 300_000);
});
