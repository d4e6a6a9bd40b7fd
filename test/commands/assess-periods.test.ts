import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

const F = 'test/fixtures/questionnaire';
const Q = ['--questionnaire', `${F}/mini.yaml`];

/** site-a's assessment with another subject, period and maturity. */
async function siteA(dir: string, file: string, subject: string, period: string, maturity = 3): Promise<string> {
  const text = (await readFile(`${F}/assessments/site-a.yaml`, 'utf8'))
    .replace('id: site-a, name: Site A (fictional)', `id: ${subject}, name: ${subject.toUpperCase()}`)
    .replace('period: "2026"', `period: "${period}"`)
    .replace('ehr.maturity: 3', `ehr.maturity: ${maturity}`);
  const path = join(dir, file);
  await writeFile(path, text);
  return path;
}

describe('readiness assess: periods', () => {
  const refused: [string, RegExp][] = [
    [
      '2026-13',
      /:3:9: error: period '2026-13' has month 13: months are 01 to 12 \(assessment.period\)\n {2}fix: write a year \(2026\), a half \(2026-H1\), a quarter \(2026-Q3\), a month \(2026-05\) or a date \(2026-05-14\)/,
    ],
    ['2026-W05', /:3:9: error: period '2026-W05' is an ISO week: weeks are not accepted/],
    [
      '2026-01-01/2026-06-30',
      /:3:9: error: period '2026-01-01\/2026-06-30' is a range: an assessment describes one period/,
    ],
  ];
  for (const [period, message] of refused) {
    it(`refuses the period '${period}' at its line and column (exit 3), nothing scored`, async () => {
      const dir = await tempDir();
      const file = await siteA(dir, 'bad.yaml', 'site-a', period);
      const r = await runCli(['assess', file, ...Q, '--out', join(dir, 'cards')]);
      expect(r.stderr).toMatch(new RegExp(`bad\\.yaml${message.source}`));
      expect(r.stderr).not.toContain('must match the pattern');
      expect(r.stdout).toBe('');
      expect(r.code).toBe(3);
      expect(await readdir(join(dir, 'cards')).catch(() => [])).toEqual([]);
    });
  }

  it('reports a bad period beside other errors of the same file', async () => {
    const dir = await tempDir();
    const file = await siteA(dir, 'bad.yaml', 'site-a', '2026-00');
    await writeFile(file, (await readFile(file, 'utf8')).replace('kind: site', 'kind: hospital'));
    const r = await runCli(['assess', file, ...Q]);
    expect(r.code).toBe(3);
    expect(r.stderr.match(/: error: /g)).toHaveLength(2);
    expect(r.stderr).toMatch(/bad\.yaml:2:\d+: error: subject.kind must be one of/);
    expect(r.stderr).toMatch(/bad\.yaml:3:9: error: period '2026-00' has month 00/);
  });

  it('scores an ISO date period; skips the file with a bad period and scores the others (exit 4)', async () => {
    const dir = await tempDir();
    await siteA(dir, 'a.yaml', 'site-a', '2026-05-14');
    await siteA(dir, 'b.yaml', 'site-b', '2026-W05');
    const r = await runCli(['assess', dir, ...Q]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/b\.yaml:3:9: error: period '2026-W05' is an ISO week/);
    expect(r.stdout).toMatch(/1\s+site-a\s+SITE-A\s+DE\s+2026-05-14\s+90.0/);
  });

  it('ranks each subject once, on its latest period by end date (2026-Q3 after 2026-05), and lists the earlier periods apart', async () => {
    const dir = await tempDir();
    const inputs = join(dir, 'in');
    await mkdir(inputs);
    // site-a scored higher in 2026-05 (maturity 3) than in 2026-Q3 (maturity 1): as strings, 2026-Q3 < 2026-05 would make May the latest.
    await siteA(inputs, 'a-may.yaml', 'site-a', '2026-05', 3);
    await siteA(inputs, 'a-q3.yaml', 'site-a', '2026-Q3', 1);
    await siteA(inputs, 'c.yaml', 'site-c', '2026', 2);
    const out = join(dir, 'cards');
    const r = await runCli(['assess', inputs, ...Q, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => /^\s*\d+\s+site-/.test(l));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/1\s+site-c\s+SITE-C\s+DE\s+2026\s/);
    expect(rows[1]).toMatch(/2\s+site-a\s+SITE-A\s+DE\s+2026-Q3\s/);
    expect(r.stdout).toMatch(
      /earlier periods, not ranked \(each subject is ranked on its latest period\): site-a 2026-05 \(90\.0\)/,
    );
    // The latest period keeps the plain file name.
    expect((await readdir(out)).sort()).toEqual(['site-a-2026-05.json', 'site-a.json', 'site-c.json']);
    expect(JSON.parse(await readFile(join(out, 'site-a.json'), 'utf8'))).toMatchObject({ period: '2026-Q3' });
  });
});
