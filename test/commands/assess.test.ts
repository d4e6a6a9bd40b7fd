import { copyFile, readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { expectValidScorecard } from '../scoring/scorecard-validator.js';

const F = 'test/fixtures/questionnaire';
const Q = ['--questionnaire', `${F}/mini.yaml`];
const A = (name: string) => `${F}/assessments/${name}`;

describe('readiness assess', () => {
  it('prints a summary of one assessment (hand computed)', async () => {
    // ehr: yes 100, level 3 of 3 -> 100, coverage 70 -> (70-20)/(80-20) = 83.33 (weight 2): (100+100+166.67)/4 = 91.67
    // standards: 3 of cap 3 points -> 100, national -> 100, 1.2 FTE -> band 60: 86.67; overall (2*91.67 + 86.67)/3 = 90
    const r = await runCli(['assess', A('site-a.yaml'), ...Q]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Site A (fictional) (site-a, site, DE)');
    expect(r.stdout).toMatch(/score\s+90.0\n/);
    expect(r.stdout).toMatch(/stage\s+Connected \(2\)/);
    expect(r.stdout).toMatch(/Electronic health record\s+91.7/);
    expect(r.stdout).toContain('sources: 0% verified, 33% documented, 67% self-reported');
  });

  it("--lang de: the summary's frame (score, stage, coverage and sources, domains) is German", async () => {
    const r = await runCli(['assess', A('site-a.yaml'), ...Q, '--lang', 'de']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Mini-Reife 1.0, Zeitraum 2026');
    // Numbers in the German way too: decimal comma, a space before %.
    expect(r.stdout).toMatch(/^ {2}Punktwert 90,0$/m);
    expect(r.stdout).toMatch(/^ {2}Stufe {5}Connected \(2\)$/m);
    expect(r.stdout).toMatch(
      /100\s% des Gewichts beantwortet; Quellen: 0\s% verifiziert, 33\s% belegt, 67\s% selbst angegeben/,
    );
    expect(r.stdout).toMatch(/Elektronische Akte\s+91,7 {2}Abdeckung 100\s%/);
    expect(r.stdout).not.toMatch(/of the weight answered|^ {2}domains$/m);
  }, 120_000);

  it('prints the scorecard with --json, valid against its schema', async () => {
    const r = await runCli(['assess', A('site-b.yaml'), ...Q, '--json', '--lang', 'de']);
    expect(r.code).toBe(0);
    const card = expectValidScorecard(JSON.parse(r.stdout));
    expect(card).toMatchObject({
      subject: { id: 'site-b' },
      language: 'de',
      domains: [{ title: 'Elektronische Akte' }, { title: 'Standards' }],
    });
  });

  const bad: [string, number, RegExp][] = [
    ['syntax-error.yaml', 3, /syntax-error.yaml:7:3: error: YAML syntax error: .*\n {2}fix: fix the YAML syntax/],
    [
      'schema-violation.yaml',
      3,
      /schema-violation.yaml:2:44: error: subject.kind must be one of: "site", "region", "country"/,
    ],
    [
      'unknown-indicator.yaml',
      3,
      /unknown-indicator.yaml:6:3: error: 'ehr.coverag' is not an indicator of mini 1.0 \(did you mean ehr.coverage\?\)/,
    ],
    [
      'wrong-type.yaml',
      3,
      /wrong-type.yaml:6:17: error: answer to 'ehr.maturity' \(level\): expects a level number: 1 \(Paper\), 2 \(Partial\), 3 \(Complete\)/,
    ],
    [
      'out-of-range.yaml',
      3,
      /out-of-range.yaml:5:17: error: answer to 'ehr.coverage' \(percentage\): 140 is out of range 0..100[\s\S]*'regional' is not an option/,
    ],
    ['duplicate-key.yaml', 3, /duplicate-key.yaml:7:3: error: duplicate key 'ehr.in-use': it appears twice/],
    [
      'other-version.yaml',
      3,
      /other-version.yaml:1:37: error: the assessment answers version 2.0 of 'mini', but the questionnaire is version 1.0 \(assessment.version\)\n {2}fix: /,
    ],
    ['empty.yaml', 3, /empty.yaml: error: file is empty/],
    ['comments-only.yaml', 3, /comments-only.yaml:1:1: error: the file holds no data/],
    ['does-not-exist.yaml', 2, /does-not-exist.yaml: error: file not found \(input.missing\)\n {2}fix: check the path/],
  ];
  for (const [file, code, message] of bad) {
    it(`reports ${file} with where, what and how to fix (exit ${code})`, async () => {
      const r = await runCli(['assess', A(file), ...Q]);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
      expect(r.code).toBe(code);
    });
  }

  it('refuses a binary file and a folder given as the questionnaire file', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'photo.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    const binary = await runCli(['assess', join(dir, 'photo.yaml'), ...Q]);
    expect(binary.stderr).toMatch(/photo.yaml: error: is a binary file, a UTF-8 text file was expected/);
    expect(binary.code).toBe(3);
    const folder = await runCli(['assess', A('site-a.yaml'), '--questionnaire', F]);
    expect(folder.stderr).toMatch(/questionnaire: error: is a folder, a file was expected \(input.directory\)/);
    expect(folder.code).toBe(2);
  });

  it('scores the good assessments of a folder, reports and skips the bad one, exit 4, writes scorecards', async () => {
    const dir = await tempDir();
    const inputs = join(dir, 'in');
    await mkdir(inputs);
    for (const f of ['site-a.yaml', 'site-b.yaml', 'unknown-indicator.yaml']) await copyFile(A(f), join(inputs, f));
    // site-b names a conformance summary as evidence, relative to itself
    await mkdir(join(inputs, 'conformance'));
    await copyFile(A('conformance/fhir.json'), join(inputs, 'conformance', 'fhir.json'));
    const before = await readFile(join(inputs, 'unknown-indicator.yaml'), 'utf8');
    const out = join(dir, 'cards');
    const r = await runCli(['assess', inputs, ...Q, '--out', out]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/unknown-indicator.yaml:6:3: error: 'ehr.coverag' is not an indicator/);
    expect(r.stdout).toMatch(/1\s+site-a\s+Site A \(fictional\)\s+DE\s+2026\s+90.0\s+Connected/);
    expect(r.stdout).toContain('inputs failed (see above): 1 of 3');
    expect((await readdir(out)).sort()).toEqual(['site-a.json', 'site-b.json']);
    expectValidScorecard(JSON.parse(await readFile(join(out, 'site-a.json'), 'utf8')));
    expect(await readFile(join(inputs, 'unknown-indicator.yaml'), 'utf8')).toBe(before);
  });

  it("names an evidence summary that an answer references but that does not exist, at the answer's line", async () => {
    const dir = await tempDir();
    await copyFile(A('site-b.yaml'), join(dir, 'site-b.yaml'));
    const r = await runCli(['assess', join(dir, 'site-b.yaml'), ...Q]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /site-b\.yaml:10:\d+: error: the evidence summary conformance\/fhir\.json of standards\.it-staff does not exist/,
    );
    expect(r.stderr).toContain('fix: write it with readiness validate');
  });

  it('ranks assessments of different questionnaires in separate tables, never together', async () => {
    const r = await runCli([
      'assess',
      'examples/european-consortium/de-uka.yaml',
      'examples/european-consortium/it-osm.yaml',
      'examples/national/arvenia.yaml',
    ]);
    expect(r.code).toBe(0);
    const [hospitals, national] = r.stdout.split('\n\n');
    expect(hospitals).toMatch(/^Comprehensive diagnostics readiness .*\(comprehensive-diagnostics 1\.0\.0\)\n/);
    expect(hospitals).toMatch(/\n1\s+de-uka .*\n2\s+it-osm /);
    expect(national).toMatch(/\(national-digital-health 1\.0\.0\)\n[^]*\n1\s+arvenia /);
  });

  it('never overwrites a scorecard without --force (exit 5), and does with it', async () => {
    const out = join(await tempDir(), 'cards');
    expect((await runCli(['assess', A('site-a.yaml'), ...Q, '--out', out])).code).toBe(0);
    await writeFile(join(out, 'site-a.json'), 'keep me');
    const again = await runCli(['assess', A('site-a.yaml'), ...Q, '--out', out]);
    expect(again.code).toBe(5);
    expect(again.stderr).toMatch(
      /site-a.json: error: already exists and would be overwritten \(output.exists\)\n {2}fix: add --force/,
    );
    expect(await readFile(join(out, 'site-a.json'), 'utf8')).toBe('keep me');
    expect((await runCli(['assess', A('site-a.yaml'), ...Q, '--out', out, '--force'])).code).toBe(0);
    expect(JSON.parse(await readFile(join(out, 'site-a.json'), 'utf8')).overall.score).toBe(90);
  });

  it('with several inputs and one missing, scores the others and lists them as JSON (exit 4)', async () => {
    const r = await runCli(['assess', A('site-a.yaml'), A('missing.yaml'), A('site-b.yaml'), ...Q, '--json']);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/missing.yaml: error: file not found/);
    const cards = JSON.parse(r.stdout) as unknown[];
    expect(cards.map((c) => expectValidScorecard(c as { subject: { id: string } }).subject.id)).toEqual([
      'site-a',
      'site-b',
    ]);
  });

  it('names an unknown questionnaire with the closest shipped ids, at its line', async () => {
    const r = await runCli(['assess', A('unknown-questionnaire.yaml')]);
    expect(r.stderr).toMatch(
      /unknown-questionnaire.yaml:1:22: error: unknown questionnaire 'comprehensive-diagnostic' \(did you mean comprehensive-diagnostics/,
    );
    expect(r.code).toBe(3);
  });

  it('scores the shipped national examples against the shipped questionnaire, every scorecard valid', async () => {
    const r = await runCli(['assess', 'examples/national', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const cards = JSON.parse(r.stdout) as { subject: { fictional?: boolean }; questionnaire: { id: string } }[];
    expect(cards.length).toBeGreaterThanOrEqual(5);
    for (const card of cards)
      expect(expectValidScorecard(card)).toMatchObject({
        subject: { fictional: true },
        questionnaire: { id: 'national-digital-health' },
      });
  });

  it('gives the same bytes for the same inputs', async () => {
    const one = await runCli(['assess', A('site-a.yaml'), ...Q, '--json']);
    const two = await runCli(['assess', A('site-a.yaml'), ...Q, '--json']);
    expect(one.stdout).toBe(two.stdout);
  });

  it('scores with --evidence: a validated export replaces the claim; a broken summary is named and that site skipped', async () => {
    const dir = await tempDir();
    const conformance = join(dir, 'conformance');
    const validated = await runCli([
      'validate',
      'fhir',
      'examples/european-consortium/exports/it-osm/fhir',
      '--out',
      join(conformance, 'it-osm', 'fhir.json'),
    ]);
    expect(validated.code).toBe(0);
    const sites = ['examples/european-consortium/it-osm.yaml', 'examples/european-consortium/de-uka.yaml'] as const;
    const r = await runCli(['assess', sites[0], '--evidence', conformance, '--json']);
    expect(r.code).toBe(0);
    const card = expectValidScorecard(JSON.parse(r.stdout)) as {
      indicators: { id: string; source: string; note?: string; answer: unknown }[];
    };
    const measured = card.indicators.find((i) => i.id === 'standards.fhir-valid-share');
    expect(measured).toMatchObject({ source: 'verified' });
    expect(measured?.note).toMatch(
      /Measured by readiness validate fhir: fhir.valid_base_share over \d+ resources; the assessment claimed 75/,
    );
    // A broken summary for de-uka: it is named, de-uka is skipped, it-osm is still scored (exit 4).
    await mkdir(join(conformance, 'de-uka'), { recursive: true });
    await writeFile(join(conformance, 'de-uka', 'dicom.json'), '{"kind": "dicom",');
    const partial = await runCli(['assess', ...sites, '--evidence', conformance, '--json']);
    expect(partial.code).toBe(4);
    expect(partial.stderr).toContain(join(conformance, 'de-uka', 'dicom.json'));
    expect((JSON.parse(partial.stdout) as { subject: { id: string } }[]).map((c) => c.subject.id)).toEqual(['it-osm']);
    const missing = await runCli(['assess', sites[0], '--evidence', join(dir, 'nowhere')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere');
  });
});
