import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ExitCode } from '../../src/errors/exit-code.js';

const consortium = 'examples/european-consortium';

describe('report in the reader language, with CSV for Excel', () => {
  it('--lang de --csv-separator ; --csv-bom false: German frame, decimal commas, no BOM, and report.xlsx', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'report-de-')), 'r');
    const r = await runCli([
      'report',
      consortium,
      '--out',
      out,
      '--lang',
      'de',
      '--csv-separator',
      ';',
      '--csv-bom',
      'false',
      '--no-uncertainty',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(ExitCode.Ok);
    const md = await readFile(join(out, 'report.md'), 'utf8');
    for (const heading of ['Wie die Punktwerte berechnet werden', 'Auf einen Blick', 'Rangfolge'])
      expect(md).toMatch(new RegExp(`^#+ ${heading}$`, 'm'));
    expect(md).toContain('So lesen Sie diesen Bericht');
    expect(md).not.toContain('How to read this report');
    const html = await readFile(join(out, 'index.html'), 'utf8');
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('Auf einen Blick');
    const csv = await readFile(join(out, 'scores.csv'));
    expect(csv[0]).toBe('q'.charCodeAt(0)); // no BOM
    const rows = parse(csv, { delimiter: ';', columns: true }) as Record<string, string>[];
    expect(rows.some((row) => /^\d+,\d$/.test(row.overall ?? ''))).toBe(true);
    const xlsx = await readFile(join(out, 'report.xlsx'));
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');
  }, 120_000);

  it("--lang fr: chart titles, alt text and the charts' data tables are French", async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'report-fr-')), 'r');
    const r = await runCli(['report', consortium, '--out', out, '--lang', 'fr', '--no-uncertainty']);
    expect(r.code).toBe(ExitCode.Ok);
    const md = await readFile(join(out, 'report.md'), 'utf8');
    expect(md).toContain('Figure : Score global par entité.');
    expect(md).toContain('Figure : Entités par stade de maturité.');
    expect(md).toMatch(/^\| Rang \| Entité \| Global \|/m);
    const html = await readFile(join(out, 'index.html'), 'utf8');
    expect(html).toContain('alt="Diagramme en barres horizontales classant 7 entités par score global');
    expect(html).toContain('alt="Carte de chaleur de 11 scores de domaine pour 8 entités');
    for (const english of [
      'Horizontal bar chart',
      'Overall score by subject',
      'Subjects by maturity stage',
      'Heatmap of',
    ])
      expect(html, english).not.toContain(english);
  }, 120_000);

  it('CSV files start with the UTF-8 BOM by default', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'report-bom-')), 'r');
    const r = await runCli(['report', consortium, '--out', out, '--no-uncertainty']);
    expect(r.code).toBe(ExitCode.Ok);
    for (const file of ['scores.csv', 'indicators.csv'])
      expect([...(await readFile(join(out, file))).subarray(0, 3)], file).toEqual([0xef, 0xbb, 0xbf]);
  }, 120_000);

  it('--reference on a comparison of several subjects is a warning saying why, and the report is written', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'report-ref-')), 'r');
    const r = await runCli([
      'report',
      consortium,
      '--reference',
      consortium,
      '--out',
      out,
      '--no-uncertainty',
      '--json',
    ]);
    expect(r.code).toBe(ExitCode.Ok);
    expect(r.stderr).toContain('Warning: --reference is not used: a reference group is drawn only in a self-audit');
    const run = JSON.parse(r.stdout) as { warnings: { rule: string }[] };
    expect(run.warnings.map((w) => w.rule)).toEqual(['report.reference-unused']);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain('<html');
  }, 120_000);
});
