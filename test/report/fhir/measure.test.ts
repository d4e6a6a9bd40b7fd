// Scores out as FHIR: a Measure and a MeasureReport per scorecard, valid for our own validator.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../../helpers/cli.js';

describe('readiness export measure', () => {
  it('writes a Measure and one MeasureReport per scorecard that validate fhir finds no error in', async () => {
    const dir = await tempDir();
    const assess = await runCli([
      'assess',
      join(ROOT, 'examples/european-consortium/de-uka.yaml'),
      join(ROOT, 'examples/european-consortium/es-hcv.yaml'),
      '--out',
      join(dir, 'cards'),
    ]);
    expect(assess.code, assess.stderr).toBe(0);
    const r = await runCli(['export', 'measure', join(dir, 'cards'), '--out', join(dir, 'fhir')]);
    expect(r.code, r.stderr).toBe(0);
    expect((await readdir(join(dir, 'fhir'))).sort()).toEqual([
      'Measure-comprehensive-diagnostics.json',
      'MeasureReport-de-uka-2026.json',
      'MeasureReport-es-hcv-2026.json',
    ]);
    const card = JSON.parse(await readFile(join(dir, 'cards', 'de-uka.json'), 'utf8')) as {
      overall: { score: number; coverage: number; stage: { index: number } };
      domains: { id: string; score: number }[];
    };
    const report = JSON.parse(await readFile(join(dir, 'fhir', 'MeasureReport-de-uka-2026.json'), 'utf8')) as {
      measure: string;
      period: { start: string; end: string };
      group: {
        code: { coding: { code: string }[] };
        measureScore?: { value: number };
        stratifier?: { stratum: { value: { text: string }; measureScore?: { value: number } }[] }[];
      }[];
    };
    expect(report.measure).toBe('https://interop-readiness.org/fhir/Measure/comprehensive-diagnostics|1.0.0');
    expect(report.period).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    const group = (c: string) => report.group.find((g) => g.code.coding[0]!.code === c)!;
    expect(group('overall').measureScore!.value).toBe(card.overall.score);
    expect(group('coverage').measureScore!.value).toBe(card.overall.coverage * 100);
    expect(group('stage-proven').measureScore!.value).toBe(card.overall.stage.index);
    const domains = group('overall').stratifier![0]!.stratum;
    expect(domains.map((s) => s.measureScore?.value)).toEqual(card.domains.map((d) => d.score));
    const v = await runCli(['validate', 'fhir', join(dir, 'fhir'), '--json']);
    const summary = JSON.parse(v.stdout) as {
      totals: { items: number; withErrors: number };
      findings: { severity: string }[];
    };
    expect(summary.totals).toMatchObject({ items: 3, withErrors: 0 });
    expect(summary.findings.filter((f) => f.severity === 'error')).toEqual([]);
  }, 600_000);
});
