import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import runSchema from '../../src/report/report-run.schema.json' with { type: 'json' };
import reportSchema from '../../src/report/report.schema.json' with { type: 'json' };
import { runCli, tempDir } from '../helpers/cli.js';

const F = 'test/fixtures/report';
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateRun = ajv.compile(runSchema);
const validateReport = ajv.compile(reportSchema);

describe('readiness report', { concurrent: true }, () => {
  it('writes a consortium report of scorecards and prints the path of index.html', async () => {
    const out = join(await tempDir(), 'report');
    const { code, stdout, stderr } = await runCli(['report', `${F}/consortium`, '--out', out]);
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/^Consortium comparison, questionnaire .+, subjects: 6$/m);
    expect(stdout.trimEnd().split('\n').pop()).toBe(`open ${join(out, 'index.html')}`);
    const files = await readdir(out);
    expect(files.sort()).toEqual([
      '.readiness-manifest.json',
      'charts',
      'index.html',
      'indicators.csv',
      'report.json',
      'report.md',
      'report.xlsx',
      'scores.csv',
    ]);
    expect((await readdir(join(out, 'charts'))).length).toBeGreaterThanOrEqual(5);
    expect(validateReport(JSON.parse(await readFile(join(out, 'report.json'), 'utf8')))).toBe(true);
  });

  it('gives byte-identical report.md, CSV and JSON files when run twice', async () => {
    const [a, b] = [join(await tempDir(), 'a'), join(await tempDir(), 'b')];
    const one = await runCli(['report', `${F}/consortium`, `${F}/over-time`, '--out', a]);
    const two = await runCli(['report', `${F}/over-time`, `${F}/consortium`, '--out', b]);
    expect([one.code, two.code], one.stderr + two.stderr).toEqual([0, 0]);
    for (const f of ['report.md', 'scores.csv', 'indicators.csv', 'report.json'])
      expect(await readFile(join(b, f), 'utf8'), f).toBe(await readFile(join(a, f), 'utf8'));
  });

  it('scores assessment YAML files on the way (the shipped consortium examples) and prints --json valid against its schema', async () => {
    const out = join(await tempDir(), 'examples');
    const { code, stdout, stderr } = await runCli(['report', 'examples/european-consortium', '--out', out, '--json']);
    expect(code, stderr).toBe(0);
    const run = JSON.parse(stdout);
    expect(validateRun(run), JSON.stringify(validateRun.errors)).toBe(true);
    expect(run.groups[0]).toMatchObject({ questionnaire: 'comprehensive-diagnostics@1.0.0', kind: 'consortium' });
    expect(run.groups[0].subjects).toBeGreaterThanOrEqual(8);
    expect(run.ignored.every((f: string) => f.includes('exports'))).toBe(true);
    expect(await readFile(join(out, 'report.md'), 'utf8')).toContain('## Over time');
  });

  it('makes an anonymised national report with stable pseudonyms and suppressed small groups', async () => {
    const [a, b] = [join(await tempDir(), 'a'), join(await tempDir(), 'b')];
    const first = await runCli([
      'report',
      `${F}/countries`,
      '--out',
      a,
      '--anonymize',
      '--salt',
      's3cret',
      '--min-group',
      '3',
    ]);
    expect(first.code, first.stderr).toBe(0);
    const second = await runCli(['report', `${F}/countries`, '--out', b, '--anonymize', '--salt', 's3cret']);
    expect(second.code, second.stderr).toBe(0);
    const md = await readFile(join(a, 'report.md'), 'utf8');
    expect(md).not.toContain('Country DE');
    expect(md).toMatch(/S-[0-9a-f]{10}/);
    expect(md).not.toContain('charts/fixture-readiness-1-0-0-map.png');
    expect(await readFile(join(b, 'scores.csv'), 'utf8')).toBe(await readFile(join(a, 'scores.csv'), 'utf8'));
  });

  it('anonymises without --salt with a random salt, and warns that the pseudonyms will change; --salt alone is refused (exit 2)', async () => {
    const out = join(await tempDir(), 'x');
    const { code, stderr } = await runCli(['report', `${F}/consortium`, '--out', out, '--anonymize'], {
      env: { READINESS_SALT: '' },
    });
    expect(code, stderr).toBe(0);
    expect(stderr).toContain('random salt');
    expect(await readFile(join(out, 'report.md'), 'utf8')).not.toContain('Hospital D');
    const env = await runCli(
      ['report', `${F}/consortium`, '--out', join(await tempDir(), 'y'), '--anonymize', '--json'],
      { env: { READINESS_SALT: 'from-env' } },
    );
    expect(JSON.parse(env.stdout).randomSalt).toBe(false);
    const other = join(await tempDir(), 'z');
    const refused = await runCli(['report', `${F}/consortium`, '--out', other, '--salt', 's']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--salt is only used with --anonymize');
    await expect(stat(other)).rejects.toThrow();
  });
});

describe('readiness report: bad input gets a clear error and loses nothing', { concurrent: true }, () => {
  it('an unreadable scorecard alone: its JSON error with line:column, exit 3, nothing written', async () => {
    const out = join(await tempDir(), 'out');
    const { code, stderr } = await runCli(['report', `${F}/bad/truncated.json`, '--out', out]);
    expect(code).toBe(3);
    expect(stderr).toContain(`${F}/bad/truncated.json:1:35: error: invalid JSON`);
    await expect(stat(out)).rejects.toThrow();
  });

  it('unreadable scorecards among good ones: each reported and skipped, the report covers the rest, exit 4', async () => {
    const out = join(await tempDir(), 'out');
    const { code, stdout, stderr } = await runCli(['report', `${F}/consortium`, `${F}/bad`, '--out', out]);
    expect(code).toBe(4);
    expect(stderr).toContain('truncated.json:1:35: error: invalid JSON');
    expect(stdout).toContain('(inputs skipped, see above: 1)');
    // A JSON file in a folder that is no scorecard at all (e.g. a FHIR export beside assessments) is left alone.
    expect(stdout).toContain(
      `JSON files in the folders that are not a scorecard, ignored: 1 (e.g. ${F}/bad/not-a-scorecard.json)`,
    );
    expect(await readFile(join(out, 'report.md'), 'utf8')).toContain('## Inputs left out');
  });

  it('a JSON file named that is not a scorecard: exit 3 with what it lacks', async () => {
    const { code, stderr } = await runCli([
      'report',
      `${F}/bad/not-a-scorecard.json`,
      '--out',
      join(await tempDir(), 'o'),
    ]);
    expect(code).toBe(3);
    expect(stderr).toContain(
      'not-a-scorecard.json: error: not a valid scorecard: it has no "subject" and "questionnaire"',
    );
  });

  it('a scorecard of another questionnaire version mixed in: reported in its own section, never averaged', async () => {
    const out = join(await tempDir(), 'out');
    const { code, stdout } = await runCli(['report', `${F}/consortium`, `${F}/other-version`, '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toContain('questionnaire fixture-readiness@1.0.0');
    expect(stdout).toContain('questionnaire fixture-readiness@2.0.0');
    const model = JSON.parse(await readFile(join(out, 'report.json'), 'utf8'));
    expect(model.groups.map((g: { key: string; subjects: unknown[] }) => [g.key, g.subjects.length])).toEqual([
      ['fixture-readiness@1.0.0', 6],
      ['fixture-readiness@2.0.0', 1],
    ]);
    expect(await readFile(join(out, 'report.md'), 'utf8')).toContain('never averaged together');
  });

  it('an empty folder: exit 2, says nothing was found', async () => {
    const empty = await tempDir();
    const out = join(await tempDir(), 'out');
    const { code, stderr } = await runCli(['report', empty, '--out', out]);
    expect(code).toBe(2);
    expect(stderr).toContain('no scorecard (.json) or assessment (.yaml, .yml) found');
    await expect(stat(out)).rejects.toThrow();
  });

  it('a missing input: exit 2', async () => {
    const { code, stderr } = await runCli(['report', `${F}/no-such-folder`, '--out', join(await tempDir(), 'o')]);
    expect(code).toBe(2);
    expect(stderr).toContain('no-such-folder: error: file not found');
  });

  it('an output folder that is a file: exit 5, the file untouched', async () => {
    const file = join(await tempDir(), 'report');
    await writeFile(file, 'keep me');
    const { code, stderr } = await runCli(['report', `${F}/consortium`, '--out', file]);
    expect(code).toBe(5);
    expect(stderr).toContain('is a file, an output folder was expected');
    expect(await readFile(file, 'utf8')).toBe('keep me');
  });

  it('an existing output folder without --force: exit 5, its files untouched; with --force it is written', async () => {
    const out = await tempDir();
    await mkdir(join(out, 'charts'));
    await writeFile(join(out, 'report.md'), 'my own notes');
    await writeFile(join(out, 'charts', 'old-questionnaire-ranking.png'), 'a chart of an earlier report');
    await writeFile(join(out, 'notes.txt'), "not the report's");
    const { code, stderr } = await runCli(['report', `${F}/consortium`, '--out', out]);
    expect(code).toBe(5);
    expect(stderr).toContain('not empty');
    expect(stderr).toContain('--force');
    expect(await readFile(join(out, 'report.md'), 'utf8')).toBe('my own notes');
    expect((await readdir(out)).sort()).toEqual(['charts', 'notes.txt', 'report.md']);
    const forced = await runCli(['report', `${F}/consortium`, '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(await readFile(join(out, 'report.md'), 'utf8')).toContain('# Fixture readiness');
    // a chart no run of readiness recorded writing is the user's: kept (see hostile-outputs.test.ts for the earlier report's own)
    const charts = await readdir(join(out, 'charts'));
    expect(charts).toContain('old-questionnaire-ranking.png');
    expect(charts.length).toBeGreaterThan(3);
    expect(await readFile(join(out, 'notes.txt'), 'utf8')).toBe("not the report's");
  });
});
