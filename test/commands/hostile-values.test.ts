// Prototype keys, --lang, non-finite numbers, fractions, dates and evidence summaries through the real CLI
// (issue 9 items 1, 3, 8; issue 8 item 5).
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLanguage } from '../../src/report/i18n/languages.js';
import { runCli, tempDir, type CliResult } from '../helpers/cli.js';

const F = 'test/fixtures/questionnaire';
const MINI = `${F}/mini.yaml`;
const SITE_A = `${F}/assessments/site-a.yaml`;
const EE = 'examples/european-consortium/ee-pkh.yaml';

function expectNoCrash(r: CliResult): void {
  expect(r.stderr).not.toMatch(/Internal error|\n\s+at .+:\d+:\d+\)?\n|RangeError|ReferenceError|TypeError/);
  expect(r.code).not.toBe(1);
}

async function files(entries: Record<string, string>): Promise<string> {
  const dir = await tempDir();
  for (const [name, text] of Object.entries(entries)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

describe('__proto__, constructor and prototype are plain data (issue 9 item 1)', () => {
  const HOSTILE_LANGS = ['__proto__', 'constructor', 'prototype'];

  it('--lang __proto__, constructor or prototype is no language (the catalogue lookup is not fooled)', () => {
    for (const lang of HOSTILE_LANGS) expect(() => parseLanguage(lang)).toThrow(/no catalogue for this language/);
  });

  it('--lang __proto__, constructor and prototype are refused in show, list, init, assess and report, nothing written', async () => {
    const out = join(await tempDir(), 'report');
    const runs = [
      ['questionnaire', 'show', 'comprehensive-diagnostics'],
      ['questionnaire', 'list'],
      [
        'init',
        'comprehensive-diagnostics',
        '--subject-id',
        'x',
        '--subject-name',
        'X',
        '--kind',
        'site',
        '--country',
        'DE',
      ],
      ['assess', EE],
      ['report', EE, '--out', out],
    ];
    // Each command once, the three values in turn: the refusal is the one parseLanguage shown above.
    const results = await Promise.all(
      runs.map((args, i) => runCli([...args, '--lang', HOSTILE_LANGS[i % HOSTILE_LANGS.length]!])),
    );
    for (const [i, r] of results.entries()) {
      expectNoCrash(r);
      expect(r.code, runs[i]!.join(' ')).toBe(2);
      expect(r.stderr).toContain('no catalogue for this language (lang.unknown)');
      expect(r.stderr).toContain('use one of en, de, fr, es, it, pl, pt, nl');
    }
    await expect(readdir(out)).rejects.toThrow();
  });

  it('answers keyed __proto__, constructor or prototype are errors at their lines, nothing else is touched', async () => {
    const site = (await readFile(SITE_A, 'utf8')).trimEnd();
    const dir = await files({
      'a.yaml': `${site}\n  __proto__: { value: 1 }\n`,
      'b.yaml': `${site}\n  x.y: 1\n  constructor: 1\n  prototype: yes\n`,
    });
    const r = await runCli(['assess', join(dir, 'a.yaml'), '-q', MINI]);
    expectNoCrash(r);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/a.yaml:12:3: error: the answer key '__proto__' must match the pattern/);
    const both = await runCli(['assess', join(dir, 'a.yaml'), join(dir, 'b.yaml'), SITE_A, '-q', MINI]);
    expectNoCrash(both);
    expect(both.code).toBe(4);
    expect(both.stdout).toContain('Site A (fictional)');
    expect(both.stderr).toMatch(/b.yaml:12:3: error: 'x.y' is not an indicator of mini 1.0/);
    expect(both.stderr).toMatch(/b.yaml:13:3: error: 'constructor' is not an indicator of mini 1.0/);
    expect(both.stderr).toMatch(/b.yaml:14:3: error: 'prototype' is not an indicator of mini 1.0/);
  });

  it('indicators named constructor and prototype score as any other (an unanswered one is missing, not a function)', async () => {
    const mini = (await readFile(MINI, 'utf8'))
      .replace('id: ehr.in-use', 'id: constructor')
      .replace('id: standards.it-staff', 'id: prototype')
      .replace('indicator: ehr.in-use', 'indicator: constructor');
    const site = (await readFile(SITE_A, 'utf8'))
      .replace('ehr.in-use: yes', 'constructor: yes')
      .replace('  standards.it-staff: 1.2\n', '');
    const dir = await files({ 'q.yaml': mini, 'a.yaml': site });
    const r = await runCli(['assess', join(dir, 'a.yaml'), '-q', join(dir, 'q.yaml'), '--json']);
    expectNoCrash(r);
    expect(r.code).toBe(0);
    const card = JSON.parse(r.stdout) as { indicators: { id: string; status?: string; score: number | null }[] };
    const byId = new Map(card.indicators.map((i) => [i.id, i]));
    expect(byId.get('constructor')?.score).toBe(100);
    expect(byId.get('prototype')?.score).toBeNull();
  });

  it('a questionnaire text keyed __proto__ or constructor is an error at its line', async () => {
    const mini = (await readFile(MINI, 'utf8')).replace(
      'title: { en: Mini readiness, de: Mini-Reife }',
      'title: { en: Mini readiness, __proto__: Polluted, constructor: Built }',
    );
    const dir = await files({ 'q.yaml': mini });
    const r = await runCli(['questionnaire', 'lint', join(dir, 'q.yaml'), MINI]);
    expectNoCrash(r);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/q.yaml:4:\d+: error: the title key '__proto__' must match the pattern/);
    expect(r.stdout).toMatch(/q.yaml:4:\d+: error: the title key 'constructor' must match the pattern/);
    expect(r.stdout).toContain('mini.yaml: ok (mini 1.0)');
  });
});

describe('non-finite and out-of-range numbers (issue 9 item 8, issue 8 item 5)', () => {
  const cases: [string, string, string, RegExp][] = [
    [
      'an infinite weight',
      '    weight: 2\n    indicators:',
      '    weight: .inf\n    indicators:',
      /q.yaml:12:13: error: domains.0.weight is .inf \(infinite\): only finite numbers are allowed/,
    ],
    [
      'a weight whose sums overflow',
      '    weight: 2\n    indicators:',
      '    weight: 1e308\n    indicators:',
      /q.yaml:12:13: error: domains.0.weight must be <= 1000000/,
    ],
    [
      'a huge generalised-mean power',
      'scoring:\n  minCoverage: 0.5',
      'scoring:\n  minCoverage: 0.5\n  aggregation: { method: generalised, power: 1000 }',
      /q.yaml:9:\d+: error: scoring.aggregation.power must be <= 10/,
    ],
    [
      'a vanishing generalised-mean power',
      'scoring:\n  minCoverage: 0.5',
      'scoring:\n  minCoverage: 0.5\n  aggregation: { method: generalised, power: 1e-9 }',
      /q.yaml:9:\d+: error: the generalised-mean power 1e-9 is outside the range -10..-0.01, 0, 0.01..10/,
    ],
    [
      'a floor that is not a number',
      'scoring:\n  minCoverage: 0.5',
      'scoring:\n  minCoverage: 0.5\n  aggregation: { method: geometric, floor: .nan }',
      /q.yaml:9:\d+: error: scoring.aggregation.floor is .nan \(not a number\)/,
    ],
  ];
  for (const [what, from, to, message] of cases) {
    it(`lint refuses ${what}, and assess scores nothing with it (no NaN anywhere)`, async () => {
      const mini = await readFile(MINI, 'utf8');
      expect(mini).toContain(from);
      const dir = await files({ 'q.yaml': mini.replace(from, to) });
      const lint = await runCli(['questionnaire', 'lint', join(dir, 'q.yaml')]);
      expectNoCrash(lint);
      expect(lint.stdout).toMatch(message);
      expect(lint.code).toBe(3);
      const out = join(dir, 'out');
      const assess = await runCli(['assess', SITE_A, '-q', join(dir, 'q.yaml'), '--out', out]);
      expectNoCrash(assess);
      expect(assess.code).toBe(3);
      expect(`${assess.stdout}${assess.stderr}`).not.toMatch(/NaN|Infinity/);
    });
  }

  it('warns at its line of a percentage answer that looks like a fraction', async () => {
    const dir = await files({
      'a.yaml': (await readFile(SITE_A, 'utf8')).replace('ehr.coverage: { value: 70,', 'ehr.coverage: { value: 0.85,'),
    });
    const r = await runCli(['assess', join(dir, 'a.yaml'), '-q', MINI]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /a.yaml:8:26: warning: answer to 'ehr.coverage': 0.85 looks like a fraction; percentages are 0-100 \(answer.fraction\)\n {2}fix: write 85 for 85 %/,
    );
    expect(r.stdout).toContain('Site A (fictional)');
  });

  it('reads the answers of an indicator declared a fraction as percentages, without a warning', async () => {
    const mini = (await readFile(MINI, 'utf8')).replace(
      '        type: percentage\n        weight: 2',
      '        type: percentage\n        fraction: true\n        weight: 2',
    );
    const dir = await files({
      'q.yaml': mini,
      'a.yaml': (await readFile(SITE_A, 'utf8')).replace('ehr.coverage: { value: 70,', 'ehr.coverage: { value: 0.7,'),
    });
    const lint = await runCli(['questionnaire', 'lint', join(dir, 'q.yaml')]);
    expect(lint.code).toBe(0);
    const fraction = await runCli(['assess', join(dir, 'a.yaml'), '-q', join(dir, 'q.yaml'), '--json']);
    expect(fraction.stderr).toBe('');
    expect(fraction.code).toBe(0);
    const percent = await runCli(['assess', SITE_A, '-q', MINI, '--json']);
    const score = (stdout: string) => (JSON.parse(stdout) as { overall: { score: number } }).overall.score;
    expect(score(fraction.stdout)).toBe(score(percent.stdout));
    const tooBig = await runCli(['assess', SITE_A, '-q', join(dir, 'q.yaml')]);
    expect(tooBig.stderr).toMatch(
      /site-a.yaml:8:26: error: answer to 'ehr.coverage' \(percentage\): 70 is out of range 0..1/,
    );
    expect(tooBig.code).toBe(3);
  });

  it('refuses dates that are not in the calendar: --date and dates in YAML', async () => {
    const report = await runCli(['report', EE, '--out', join(await tempDir(), 'r'), '--date', '2026-02-31']);
    expectNoCrash(report);
    expect(report.stderr).toContain('--date 2026-02-31 is not a calendar date');
    expect(report.code).toBe(2);
    const dir = await files({
      'a.yaml': (await readFile(SITE_A, 'utf8')).replace('date: 2026-06-30', 'date: 2026-02-31'),
    });
    const assess = await runCli(['assess', join(dir, 'a.yaml'), '-q', MINI]);
    expect(assess.stderr).toMatch(/a.yaml:4:7: error: date must be a date \(YYYY-MM-DD\)/);
    expect(assess.code).toBe(3);
  });
});

describe('conformance summaries as evidence (issue 9 item 3)', () => {
  const ASSESSMENT = (summary: string) => `questionnaire: { id: comprehensive-diagnostics, version: 1.0.0 }
subject: { id: xx-test, name: Test Hospital, kind: site, country: DE, fictional: true }
period: "2026"
answers:
  ehr.coverage: 80
  standards.dicom-conformant-share: { value: 40, evidence: { summary: ${summary} } }
`;
  const SUMMARY = (share: string) => `{
  "kind": "dicom",
  "formatVersion": 1,
  "tool": { "name": "interop-readiness", "version": "0.1.0" },
  "inputs": ["x"],
  "totals": { "items": 40, "conformant": 30, "withErrors": 10, "unreadable": 0 },
  "findings": [],
  "metrics": { "dicom.conformant_share": ${share} }
}
`;

  it('uses a good summary as verified evidence', async () => {
    const dir = await files({
      'site/a.yaml': ASSESSMENT('audit/dicom.json'),
      'site/audit/dicom.json': SUMMARY('0.75'),
    });
    const r = await runCli(['assess', join(dir, 'site/a.yaml'), '--json']);
    expect(r.code).toBe(0);
    const card = JSON.parse(r.stdout) as { indicators: { id: string; answer: unknown; source: string }[] };
    expect(card.indicators.find((i) => i.id === 'standards.dicom-conformant-share')).toMatchObject({
      answer: 75,
      source: 'verified',
    });
  });

  for (const share of ['5', '-3', '1e308']) {
    it(`refuses a share of ${share} at its place in the summary (not clamped, not verified)`, async () => {
      const dir = await files({
        'site/a.yaml': ASSESSMENT('audit/dicom.json'),
        'site/audit/dicom.json': SUMMARY(share),
      });
      const r = await runCli(['assess', join(dir, 'site/a.yaml')]);
      expectNoCrash(r);
      expect(r.stderr).toMatch(
        /audit\/dicom.json:8:\d+ \/metrics\/dicom.conformant_share: error: invalid conformance summary: \/metrics\/dicom.conformant_share must be [<>]= [01]/,
      );
      expect(r.code).toBe(3);
    });
  }

  it('refuses a summary outside the assessment folder: absolute, .. and through a symlink, without echoing the file', async () => {
    const secret = 'root:SECRET-HASH-9f8e7d:19000:0:99999:7:::';
    const dir = await files({
      'outside/secret.txt': secret,
      'outside/dicom.json': SUMMARY('0.5'),
      'site/audit/keep.txt': 'x',
    });
    await symlink(join(dir, 'outside'), join(dir, 'site', 'link'));
    const cases: [string, RegExp][] = [
      [join(dir, 'outside/secret.txt'), /is an absolute path/],
      ['../outside/dicom.json', /points outside the assessment's folder \(\.\.\/outside\/dicom.json\)/],
      ['audit/../../outside/secret.txt', /points outside the assessment's folder/],
      ['link/secret.txt', /leads outside the assessment's folder through a symbolic link/],
      ['link/dicom.json', /leads outside the assessment's folder through a symbolic link/],
    ];
    for (const [reference, message] of cases) {
      await writeFile(join(dir, 'site/a.yaml'), ASSESSMENT(JSON.stringify(reference)));
      const r = await runCli(['assess', join(dir, 'site/a.yaml')]);
      expectNoCrash(r);
      expect(r.stderr).toMatch(/a.yaml:6:\d+: error: the evidence summary of standards.dicom-conformant-share /);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toContain('SECRET');
      expect(r.code).toBe(3);
    }
  });

  it('a file in the folder that is not a summary is refused without a word of its content', async () => {
    const dir = await files({ 'site/a.yaml': ASSESSMENT('notes.txt'), 'site/notes.txt': 'password=SECRET-7731' });
    const r = await runCli(['assess', join(dir, 'site/a.yaml')]);
    expectNoCrash(r);
    expect(r.stderr).toMatch(
      /notes.txt:1:1: error: is not a conformance summary \(not valid JSON\) \(evidence.invalid\)/,
    );
    expect(r.stderr).not.toMatch(/SECRET|password|'p'/);
    expect(r.code).toBe(3);
  });

  it('an evidence metric named constructor or __proto__ is a name: the answer is kept, no NaN', async () => {
    for (const metric of ['constructor', '__proto__', 'toString']) {
      const dir = await files({
        'site/a.yaml': ASSESSMENT(`audit/dicom.json, metric: ${metric}`),
        'site/audit/dicom.json': SUMMARY('0.75'),
      });
      const r = await runCli(['assess', join(dir, 'site/a.yaml'), '--json']);
      expectNoCrash(r);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/NaN|Infinity/);
      const card = JSON.parse(r.stdout) as { indicators: { id: string; answer: unknown; source: string }[] };
      expect(card.indicators.find((i) => i.id === 'standards.dicom-conformant-share')).toMatchObject({
        answer: 40,
        source: 'self-reported',
      });
    }
  });

  it('a summary in the --evidence folder may be named', async () => {
    const dir = await files({
      'site/a.yaml': ASSESSMENT('../conformance/audit/dicom.json'),
      'conformance/audit/dicom.json': SUMMARY('0.5'),
    });
    const r = await runCli(['assess', join(dir, 'site/a.yaml'), '--evidence', join(dir, 'conformance'), '--json']);
    expect(r.code).toBe(0);
    const without = await runCli(['assess', join(dir, 'site/a.yaml')]);
    expect(without.stderr).toMatch(/points outside the assessment's folder/);
    expect(without.code).toBe(3);
  });
});
