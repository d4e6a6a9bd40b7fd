import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

const EXAMPLE = 'examples/european-consortium';

describe('readiness pipeline: periods', () => {
  it('ranks each subject once on its latest period by end date (2026-Q3 after 2026-05); the earlier one is in the trends', async () => {
    const dir = await tempDir();
    const inputs = join(dir, 'in');
    await mkdir(join(inputs, 'exports', 'fr-chn'), { recursive: true });
    await cp(join(EXAMPLE, 'exports', 'fr-chn', 'fhir'), join(inputs, 'exports', 'fr-chn', 'fhir'), {
      recursive: true,
    });
    await cp(join(EXAMPLE, 'fr-chn.yaml'), join(inputs, 'fr-chn.yaml'));
    // de-uka's better assessment is 2026-05, its later one 2026-Q3: compared as text, May would be the latest.
    await writeFile(
      join(inputs, 'de-uka-may.yaml'),
      (await readFile(join(EXAMPLE, 'de-uka.yaml'), 'utf8')).replace('period: "2026"', 'period: "2026-05"'),
    );
    await writeFile(
      join(inputs, 'de-uka-q3.yaml'),
      (await readFile(join(EXAMPLE, 'de-uka-2025.yaml'), 'utf8')).replace('period: "2025"', 'period: "2026-Q3"'),
    );
    const out = join(dir, 'out');
    const r = await runCli(['pipeline', inputs, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => /^\d+\s+(de-uka|fr-chn)\s/.test(l));
    expect(rows).toHaveLength(2);
    expect(rows.find((l) => l.includes('de-uka'))).toMatch(/\sDE\s+2026-Q3\s/);
    expect(r.stdout).toMatch(
      /earlier periods, not ranked \(each subject is ranked on its latest period\): de-uka 2026-05 \(\d+\.\d\)/,
    );
    expect((await readdir(join(out, 'scorecards'))).sort()).toEqual([
      'de-uka-2026-05.json',
      'de-uka.json',
      'fr-chn.json',
    ]);
    const report = JSON.parse(await readFile(join(out, 'report', 'report.json'), 'utf8')) as {
      groups: { subjects: { period: string }[]; trends: { points: { period: string }[] }[] }[];
    };
    expect(report.groups[0]!.subjects.map((s) => s.period).sort()).toEqual(['2026', '2026-Q3']);
    expect(report.groups[0]!.trends[0]!.points.map((p) => p.period)).toEqual(['2026-05', '2026-Q3']);
  }, 180_000);
});
