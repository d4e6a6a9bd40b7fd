import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('readiness questionnaire', () => {
  it('lists the shipped questionnaires, as text and as JSON', async () => {
    const text = await runCli(['questionnaire', 'list']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/comprehensive-diagnostics\s+\S+\s+site\s+\d+\s+/);
    expect(text.stdout).toMatch(/national-digital-health\s+\S+\s+\S*country\S*\s+\d+/);
    const json = await runCli(['questionnaire', 'list', '--json']);
    const rows = JSON.parse(json.stdout) as { id: string; indicators: number }[];
    expect(rows.find((r) => r.id === 'comprehensive-diagnostics')?.indicators).toBeGreaterThanOrEqual(35);
    expect(rows.find((r) => r.id === 'national-digital-health')?.indicators).toBeGreaterThanOrEqual(23);
  });

  it('shows a questionnaire: domains, indicators with types and weights, stages; --lang and --json', async () => {
    const r = await runCli(['questionnaire', 'show', 'test/fixtures/questionnaire/mini.yaml', '--lang', 'de']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Mini-Reife (mini 1.0) for site');
    expect(r.stdout).toContain('Elektronische Akte (ehr, weight 2)');
    expect(r.stdout).toMatch(
      /ehr.coverage {2}\[percentage, weight 2\] {2}Share of records digital\n {6}linear 20% -> 80%/,
    );
    expect(r.stdout).toContain('stages (cumulative)');
    const json = await runCli(['questionnaire', 'show', 'comprehensive-diagnostics', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ id: 'comprehensive-diagnostics', subjectKinds: ['site'] });
  });

  it('lints: every problem with file:line:column and the closest ids, exit 3', async () => {
    const r = await runCli([
      'questionnaire',
      'lint',
      'test/fixtures/questionnaire/bad/missing-indicator-condition.yaml',
      'test/fixtures/questionnaire/mini.yaml',
    ]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain(
      "missing-indicator-condition.yaml:28:24: error: condition names indicator 'ehr.coverge', which does not exist (did you mean ehr.coverage?) (lint.condition-refs)",
    );
    expect(r.stdout).toContain(
      "missing-indicator-condition.yaml:29:21: error: condition names domain 'ehrs', which does not exist (did you mean ehr?)",
    );
    expect(r.stdout).toContain('mini.yaml: ok (mini 1.0)');
    expect(r.stdout).toContain('3 errors, 0 warnings in 2 files');
  });

  it('lints schema problems, a missing file (exit 2) and the shipped questionnaires (exit 0)', async () => {
    const schema = await runCli([
      'questionnaire',
      'lint',
      'test/fixtures/questionnaire/bad/schema-error.yaml',
      '--json',
    ]);
    expect(schema.code).toBe(3);
    const result = JSON.parse(schema.stdout) as {
      files: { problems: { rule: string; location: { line: number } }[] }[];
    };
    expect(result.files[0]?.problems.map((p) => `${p.rule}@${p.location.line}`)).toEqual([
      'schema.enum@12',
      'schema.unknown-key@13',
    ]);
    const missing = await runCli(['questionnaire', 'lint', 'nothing-here.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('nothing-here.yaml: error: file not found');
    const shipped = await runCli([
      'questionnaire',
      'lint',
      'questionnaires/comprehensive-diagnostics.yaml',
      'questionnaires/national-digital-health.yaml',
    ]);
    expect(shipped.stdout).toContain('0 errors');
    expect(shipped.code).toBe(0);
  });
});
