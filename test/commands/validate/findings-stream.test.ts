import { mkdir, readFile, symlink, writeFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../helpers/cli.js';
import { writeExportFixture } from '../../validation/dicom/pipeline/export-fixture.js';

const SLOW = 120_000;

/** 250 Patients, each with an unknown element and a bad code: more failing resources than the summary's sample (200). */
async function failingExport(): Promise<{ dir: string; file: string }> {
  const dir = await tempDir();
  const file = join(dir, 'Patient.ndjson');
  const lines = Array.from(
    { length: 250 },
    (_, i) => `{"resourceType":"Patient","id":"p${i}","gender":"bogus","foo":1}`,
  );
  await writeFile(file, `${lines.join('\n')}\n`);
  return { dir, file };
}

interface Tallied {
  findings: { count: number }[];
  sample: unknown[];
}

describe('--findings FILE', () => {
  it(
    'FHIR: streams every finding (more than the sample holds), the same count as the summary tallies',
    async () => {
      const { dir, file } = await failingExport();
      const out = join(dir, 's.json');
      const stream = join(dir, 'findings.ndjson');
      const r = await runCli(['validate', 'fhir', file, '--out', out, '--findings', stream, '--threads', '2']);
      expect(r.code, r.stderr).toBe(0);
      const summary = JSON.parse(await readFile(out, 'utf8')) as Tallied;
      const lines = (await readFile(stream, 'utf8')).trimEnd().split('\n');
      const total = summary.findings.reduce((n, f) => n + f.count, 0);
      expect(summary.sample.length).toBeLessThanOrEqual(200);
      expect(lines.length).toBeGreaterThan(summary.sample.length);
      expect(lines.length).toBe(total);
      expect(total).toBeGreaterThan(500);
      const findings = lines.map((l) => JSON.parse(l) as { rule: string; location: { line: number }; value?: string });
      // Every resource is there, in input order, and no value without --show-values.
      expect(new Set(findings.map((f) => f.location.line)).size).toBe(250);
      expect(findings.map((f) => f.location.line)).toEqual(
        [...findings.map((f) => f.location.line)].sort((a, b) => a - b),
      );
      expect(findings.some((f) => f.value !== undefined)).toBe(false);
      expect(findings.filter((f) => f.rule === 'fhir.binding.required')).toHaveLength(250);
    },
    SLOW,
  );

  it(
    'FHIR: --findings-format operationoutcome writes one OperationOutcome per failing resource',
    async () => {
      const { dir, file } = await failingExport();
      const stream = join(dir, 'oo.ndjson');
      const r = await runCli(['validate', 'fhir', file, '--findings', stream, '--findings-format', 'operationoutcome']);
      expect(r.code, r.stderr).toBe(0);
      const outcomes = (await readFile(stream, 'utf8'))
        .trimEnd()
        .split('\n')
        .map(
          (l) =>
            JSON.parse(l) as {
              resourceType: string;
              issue: {
                severity: string;
                code: string;
                expression?: string[];
                extension?: { valueInteger: number }[];
              }[];
            },
        );
      expect(outcomes).toHaveLength(250);
      expect(outcomes.every((o) => o.resourceType === 'OperationOutcome')).toBe(true);
      const gender = outcomes[7]!.issue.find((i) => i.expression?.[0] === 'Patient.gender')!;
      expect(gender).toMatchObject({ severity: 'error', code: 'code-invalid' });
      expect(gender.extension?.[0]?.valueInteger).toBe(8);
    },
    SLOW,
  );

  it(
    'DICOM: streams every finding of the export, values only with --show-values',
    async () => {
      const dir = await writeExportFixture();
      const out = join(dir, '..', 's.json');
      const stream = join(dir, '..', 'findings.ndjson');
      const r = await runCli(['validate', 'dicom', dir, '--out', out, '--findings', stream]);
      expect([0, 4], r.stderr).toContain(r.code);
      const summary = JSON.parse(await readFile(out, 'utf8')) as Tallied;
      const lines = (await readFile(stream, 'utf8')).trimEnd().split('\n');
      expect(lines.length).toBe(summary.findings.reduce((n, f) => n + f.count, 0));
      expect(lines.some((l) => (JSON.parse(l) as { value?: string }).value !== undefined)).toBe(false);
    },
    SLOW,
  );

  it(
    'an unwritable --findings (a folder, a missing parent, a symlink) is refused before any work, exit 5',
    async () => {
      const { dir, file } = await failingExport();
      const folder = join(dir, 'folder');
      await mkdir(folder);
      const link = join(dir, 'link.ndjson');
      await symlink(join(dir, 'target.ndjson'), link);
      const out = join(dir, 's.json');
      for (const [target, words] of [
        [folder, /not a regular file/],
        [join(dir, 'missing', 'f.ndjson'), /cannot be written/],
        [link, /symbolic link/],
      ] as const) {
        for (const kind of ['fhir', 'dicom']) {
          const r = await runCli(['validate', kind, kind === 'fhir' ? file : dir, '--findings', target, '--out', out]);
          expect(r.code).toBe(5);
          expect(r.stderr).toMatch(words);
          // Nothing was done: no summary, and the link's target was not created.
          await expect(stat(out)).rejects.toThrow();
          await expect(stat(join(dir, 'target.ndjson'))).rejects.toThrow();
        }
      }
    },
    SLOW * 2,
  );
});
