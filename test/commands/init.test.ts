import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaPath } from '../../src/questionnaire/schema-check.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { expectValidScorecard } from '../scoring/scorecard-validator.js';

const subject = ['--subject-id', 'de-uka', '--subject-name', 'Hospital A', '--kind', 'site', '--country', 'de'];

describe('readiness init', () => {
  it('prints a template naming the installed schema that loads and scores unchanged (coverage 0)', async () => {
    const r = await runCli(['init', 'comprehensive-diagnostics', ...subject, '--period', '2026']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(`# yaml-language-server: $schema=${schemaPath('assessment')}`);
    expect(r.stdout).toContain('  country: DE');
    expect(r.stdout).toMatch(/\n {2}# Q: .+\n/);
    const file = join(await tempDir(), 'my-site.yaml');
    await writeFile(file, r.stdout);
    const scored = await runCli(['assess', file, '--json']);
    expect(scored.code).toBe(0);
    const card = expectValidScorecard(JSON.parse(scored.stdout));
    expect(card.overall).toMatchObject({ score: null, coverage: 0, status: 'insufficient-data' });
  });

  it('writes --out with a relative schema path, and never overwrites without --force', async () => {
    const dir = await tempDir();
    const out = join(dir, 'ee.yaml');
    const first = await runCli([
      'init',
      'test/fixtures/questionnaire/mini.yaml',
      ...subject,
      '--out',
      out,
      '--lang',
      'de',
    ]);
    expect(first.code).toBe(0);
    const text = await readFile(out, 'utf8');
    expect(text.split('\n')[0]).toMatch(
      /^# yaml-language-server: \$schema=(\.\.\/)+.*questionnaires\/schema\/assessment\.schema\.json$/,
    );
    expect(text).toContain('# == Elektronische Akte (ehr) ==');
    await writeFile(out, 'my answers');
    const again = await runCli(['init', 'test/fixtures/questionnaire/mini.yaml', ...subject, '--out', out]);
    expect(again.code).toBe(5);
    expect(again.stderr).toMatch(
      /ee.yaml: error: already exists and would be overwritten \(output.exists\)\n {2}fix: add --force/,
    );
    expect(await readFile(out, 'utf8')).toBe('my answers');
  });

  it('names an unknown questionnaire with the closest ids (exit 2) and a bad subject flag (exit 3)', async () => {
    const unknown = await runCli(['init', 'comprehensive-diagnostic', ...subject]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /unknown questionnaire 'comprehensive-diagnostic' \(did you mean comprehensive-diagnostics/,
    );
    const badId = await runCli(['init', 'comprehensive-diagnostics', ...subject.slice(2), '--subject-id', 'Not An Id']);
    expect(badId.code).toBe(3);
    expect(badId.stderr).toMatch(/subject.id must match the pattern[\s\S]*use lower-case letters[\s\S]*--subject-id/);
  });
});
