import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

const F = 'test/fixtures/questionnaire';
const Q = ['--questionnaire', `${F}/mini.yaml`];
/** The formatVersion 1 scorecard of site-a.yaml: overall 90.0, stage Connected (2), ehr 91.7, standards 86.7. */
const BASELINE = `${F}/baselines/site-a-v1.json`;

/** site-a.yaml with some answers replaced. */
async function siteA(dir: string, replace: [string, string][] = []): Promise<string> {
  let text = await readFile(`${F}/assessments/site-a.yaml`, 'utf8');
  for (const [from, to] of replace) text = text.replace(from, to);
  const path = join(dir, 'site-a.yaml');
  await writeFile(path, text);
  return path;
}

const WORSE: [string, string][] = [
  ['ehr.maturity: 3', 'ehr.maturity: 1'],
  ['value: 70', 'value: 40'],
];

describe('readiness assess --baseline --fail-on-drop', () => {
  it('exits 7 when scores and the stage fell by more than the threshold, and prints what dropped, down to the indicators', async () => {
    const file = await siteA(await tempDir(), WORSE);
    const r = await runCli(['assess', file, ...Q, '--baseline', BASELINE, '--fail-on-drop', '5']);
    expect(r.code).toBe(7);
    expect(r.stdout).toContain(`compared with the baseline ${BASELINE} (period 2026 -> 2026)`);
    expect(r.stdout).toMatch(/Overall\s+90\.0 -> 56\.7\s+-33\.3 {2}DROPPED by more than 5\n/);
    expect(r.stdout).toMatch(/Proven stage\s+Connected \(2\) -> Digital \(1\) {2}DROPPED\n/);
    expect(r.stdout).toMatch(/Electronic health record\s+91\.7 -> 41\.7\s+-50\.0 {2}DROPPED by more than 5\n/);
    expect(r.stdout).toMatch(/Standards\s+86\.7 -> 86\.7\s+0\.0\n/);
    expect(r.stdout).toMatch(
      /indicators whose score fell\n {4}- ehr\.maturity \(EHR maturity\): 100\.0 -> 0\.0 \(-100\.0\); answer 3 -> 1\n {4}- ehr\.coverage \(Share of records digital\): 83\.3 -> 33\.3 \(-50\.0\); answer 70 -> 40\n/,
    );
    expect(r.stdout).not.toContain('dropped since');
    expect(r.stderr).toBe(
      'Error: dropped since the baseline (more than 5 points, or the proven stage): Overall 90.0 -> 56.7 (-33.3), Electronic health record 91.7 -> 41.7 (-50.0), Proven stage Connected (2) -> Digital (1)\n',
    );
  });

  it('exits 0 without a drop, and says so', async () => {
    const file = await siteA(await tempDir(), [['value: 70', 'value: 66']]);
    const r = await runCli(['assess', file, ...Q, '--baseline', BASELINE, '--fail-on-drop', '5']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // ehr.coverage 70 -> 66: the ehr domain falls by 3.3 points, the overall by 2.2: within 5.
    expect(r.stdout).toMatch(/Overall\s+90\.0 -> 87\.8\s+-2\.2\n/);
    expect(r.stdout).toMatch(/Electronic health record\s+91\.7 -> 88\.3\s+-3\.3\n/);
    expect(r.stdout).toContain('- ehr.coverage (Share of records digital): 83.3 -> 76.7 (-6.7); answer 70 -> 66');
    expect(r.stdout).toContain('no drop of more than 5 points, and the proven stage did not fall');
    expect(r.stdout).not.toContain('DROPPED');
  });

  it('fails on a fall of the stage alone, whatever the points', async () => {
    const file = await siteA(await tempDir(), WORSE);
    const r = await runCli(['assess', file, ...Q, '--baseline', BASELINE, '--fail-on-drop', '60', '--json']);
    expect(r.code).toBe(7);
    // --json: stdout is the scorecard alone, the comparison is on stderr.
    expect(JSON.parse(r.stdout)).toMatchObject({ subject: { id: 'site-a' }, overall: { score: 56.67 } });
    expect(r.stderr).toMatch(/Electronic health record\s+91\.7 -> 41\.7\s+-50\.0\n/);
    expect(r.stderr).toMatch(
      /Error: dropped since the baseline \(more than 60 points, or the proven stage\): Proven stage Connected \(2\) -> Digital \(1\)\n$/,
    );
  });

  it('only compares without --fail-on-drop (exit 0)', async () => {
    const file = await siteA(await tempDir(), WORSE);
    const r = await runCli(['assess', file, ...Q, '--baseline', BASELINE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Overall\s+90\.0 -> 56\.7\s+-33\.3\n/);
    expect(r.stdout).not.toContain('DROPPED');
  });

  it('refuses a bad baseline file, saying what and where, and scores nothing', async () => {
    const dir = await tempDir();
    const file = await siteA(dir);
    const out = join(dir, 'cards');
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{ "formatVersion": 1,\n  "subject": }');
    const notJson = await runCli(['assess', file, ...Q, '--baseline', broken, '--fail-on-drop', '5', '--out', out]);
    expect(notJson.code).toBe(3);
    expect(notJson.stderr).toMatch(/broken\.json:2:14: /);
    const bundle = join(dir, 'bundle.json');
    await writeFile(bundle, JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: [] }));
    const other = await runCli(['assess', file, ...Q, '--baseline', bundle, '--fail-on-drop', '5', '--out', out]);
    expect(other.code).toBe(3);
    expect(other.stderr).toMatch(/bundle\.json.*not a valid scorecard: it has no "subject" and "questionnaire"/);
    const missing = await runCli([
      'assess',
      file,
      ...Q,
      '--baseline',
      join(dir, 'nope.json'),
      '--fail-on-drop',
      '5',
      '--out',
      out,
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json: error: file not found/);
    expect(await readdir(out).catch(() => [])).toEqual([]);
  });

  const mismatches: [string, string, RegExp][] = [
    [
      'subject',
      '"id": "site-a"',
      /the baseline is a scorecard of subject 'site-z', the assessment is of subject 'site-a': their scores cannot be compared \(assess\.baseline-mismatch\)\n {2}fix: give the scorecard of the same subject/,
    ],
    [
      'version',
      '"version": "1.0"',
      /the baseline is a scorecard of questionnaire version '2\.0', the assessment is of questionnaire version '1\.0'[\s\S]*fix: another questionnaire version scores differently/,
    ],
  ];
  for (const [what, field, message] of mismatches) {
    it(`refuses a baseline of another ${what} (exit 2)`, async () => {
      const dir = await tempDir();
      const file = await siteA(dir);
      const baseline = join(dir, 'baseline.json');
      await writeFile(
        baseline,
        (await readFile(BASELINE, 'utf8')).replace(field, what === 'subject' ? '"id": "site-z"' : '"version": "2.0"'),
      );
      const r = await runCli(['assess', file, ...Q, '--baseline', baseline, '--fail-on-drop', '5']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/baseline\.json \/(subject\/id|questionnaire\/version): /);
    });
  }

  it('refuses a threshold that is not a number, --fail-on-drop without --baseline, and --baseline with a folder (exit 2)', async () => {
    const dir = await tempDir();
    const file = await siteA(dir);
    const nan = await runCli(['assess', file, ...Q, '--baseline', BASELINE, '--fail-on-drop', 'five']);
    expect(nan.code).toBe(2);
    expect(nan.stderr).toMatch(
      /--fail-on-drop five is not a number of points from 0 to 100 \(assess\.baseline-usage\)\n {2}fix: give the largest fall/,
    );
    const alone = await runCli(['assess', file, ...Q, '--fail-on-drop', '5']);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toMatch(/--baseline/);
    const folder = await runCli(['assess', dir, ...Q, '--baseline', BASELINE]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/--baseline compares one assessment/);
  });
});
