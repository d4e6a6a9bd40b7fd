import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import schema from '../../../src/commands/fhir/packages.schema.json' with { type: 'json' };
import { runCli, tempDir } from '../../helpers/cli.js';
import { tarEntry, writeTgz } from '../../helpers/tar-bomb.js';

describe('readiness fhir packages', () => {
  it('lists the shipped packages, the IPS profiles and the offline terminology checks', async () => {
    const result = await runCli(['fhir', 'packages', '--profiles']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/hl7\.fhir\.r4\.core@4\.0\.1/);
    expect(result.stdout).toMatch(/hl7\.fhir\.uv\.ips@2\.0\.0/);
    expect(result.stdout).toContain('profile    http://hl7.org/fhir/uv/ips/StructureDefinition/Bundle-uv-ips');
    expect(result.stdout).toContain('fhir.terminology.loinc.check-digit');
    expect(result.stdout).toContain('needs a terminology server');
  });

  it('answers in JSON with --json', async () => {
    const result = await runCli(['fhir', 'packages', '--json']);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout);
    const validate = new Ajv2020({ strict: true }).compile(schema);
    expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
    expect(parsed.packages.map((p: { name: string }) => p.name)).toEqual([
      'hl7.fhir.r4.core',
      'hl7.fhir.uv.extensions.r4',
      'hl7.fhir.uv.ips',
    ]);
    expect(parsed.terminologyChecks.length).toBeGreaterThan(5);
  });

  it('reports a broken package clearly (exit 3)', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'broken.tgz'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]));
    const result = await runCli(['fhir', 'packages', '--ig', join(dir, 'broken.tgz')]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('cannot load FHIR definitions');
  });
});

describe('readiness fhir packages on a package bomb', () => {
  const manifest = tarEntry('package/package.json', Buffer.from(JSON.stringify({ name: 'bomb', version: '1.0.0' })));

  it('stops decompressing a tarball at the package size limit (exit 3, clear error, no runaway memory)', async () => {
    const dir = await tempDir();
    const bomb = join(dir, 'bomb.tgz');
    await writeTgz(bomb, [manifest], 300 * 2 ** 20); // 300 MB of zeros: about 1.3 MB compressed
    const result = await runCli(['fhir', 'packages', '--ig', bomb]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('cannot load FHIR definitions');
    expect(result.stderr).toMatch(/more than 256 MB or 20,000 files once unpacked/);
    expect(result.stderr).toContain(bomb);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('refuses a package with more files than allowed (exit 3)', async () => {
    const dir = await tempDir();
    const many = join(dir, 'many.tgz');
    const empty = Buffer.from('{}');
    await writeTgz(many, [
      manifest,
      ...Array.from({ length: 20_001 }, (_, i) => tarEntry(`package/f${i}.json`, empty)),
    ]);
    const result = await runCli(['fhir', 'packages', '--ig', many]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/20,000 files/);
  });
});
