import { cp, mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFindingsDir, findingsFileFor } from '../../src/run/export/findings-dir.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

const SLOW = 180_000;
const EXAMPLES = join(ROOT, 'examples', 'european-consortium');

describe('pipeline --findings DIR', () => {
  let dir: string;
  let folder: string;

  beforeAll(async () => {
    // One subject with a small FHIR export (a resource with findings, a broken line) and one DICOM file.
    dir = await tempDir();
    folder = join(dir, 'consortium');
    await mkdir(join(folder, 'exports', 'de-uka', 'fhir'), { recursive: true });
    await cp(join(EXAMPLES, 'de-uka.yaml'), join(folder, 'de-uka.yaml'));
    await writeFile(
      join(folder, 'exports', 'de-uka', 'fhir', 'p.ndjson'),
      '{"resourceType":"Patient","id":"a","gender":"bogus"}\n{"resourceType":\n',
    );
    await cp(join(EXAMPLES, 'exports', 'de-uka', 'dicom', 'ct'), join(folder, 'exports', 'de-uka', 'dicom'), {
      recursive: true,
    });
  });

  it(
    'writes one findings file per export, FHIR as OperationOutcomes; a link as DIR is refused before any work',
    async () => {
      const findings = join(dir, 'out', 'findings');
      const r = await runCli([
        'pipeline',
        folder,
        '--out',
        join(dir, 'out'),
        '--findings',
        findings,
        '--findings-format',
        'operationoutcome',
        '--json',
      ]);
      expect(r.code, r.stderr).toBe(0);
      expect((await readdir(findings)).sort()).toEqual(['de-uka-dicom.ndjson', 'de-uka-fhir.outcomes.ndjson']);
      const outcomes = (await readFile(join(findings, 'de-uka-fhir.outcomes.ndjson'), 'utf8')).trim().split('\n');
      expect(outcomes.length).toBeGreaterThanOrEqual(2);
      for (const line of outcomes) expect(JSON.parse(line)).toMatchObject({ resourceType: 'OperationOutcome' });
      const dicom = (await readFile(join(findings, 'de-uka-dicom.ndjson'), 'utf8')).trim().split('\n');
      expect(dicom.length).toBeGreaterThan(0);
      for (const line of dicom) expect(JSON.parse(line)).toHaveProperty('rule');
      const run = JSON.parse(r.stdout) as { validations: { kind: string; findings?: string }[] };
      expect(run.validations.map((v) => v.findings)).toEqual([
        findingsFileFor(findings, 'de-uka', 'fhir', 'operationoutcome'),
        findingsFileFor(findings, 'de-uka', 'dicom', 'operationoutcome'),
      ]);

      const link = join(dir, 'link');
      await symlink(findings, link);
      const refused = await runCli(['pipeline', folder, '--out', join(dir, 'out2'), '--findings', link]);
      expect(refused.code).toBe(5);
      expect(refused.stderr).toMatch(/link: error: is a symbolic link/);
      await expect(stat(join(dir, 'out2'))).rejects.toThrow(); // nothing made
      expect((await readdir(findings)).length).toBe(2); // the link's target untouched
    },
    SLOW,
  );

  it('refuses a file as DIR; a DIR not there yet is accepted (made once the output folder is)', async () => {
    const file = join(dir, 'a-file');
    await writeFile(file, 'x');
    await expect(checkFindingsDir(file)).rejects.toThrow(/is a file, an output folder was expected/);
    await expect(checkFindingsDir(join(dir, 'not-yet'))).resolves.toBeUndefined();
  });
});
