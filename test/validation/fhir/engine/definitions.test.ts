// Loading definitions: shipped packages, --ig packages and loose resources, and the typed errors for
// an unknown profile and a broken package.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  BrokenPackageError,
  createFhirValidator,
  describeFhirPackages,
  UnknownProfileError,
} from '../../../../src/validation/fhir/index.js';
import { ROOT, tempDir } from '../../../helpers/cli.js';

const SUITE_CASES = join(ROOT, 'test', 'fixtures', 'fhir-validator-suite', 'cases');

/** A tar archive (ustar) of the given files. */
function tar(files: Record<string, string>): Buffer {
  const blocks: Buffer[] = [];
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const header = Buffer.alloc(512);
    header.write(name, 0);
    header.write('0000644\0', 100);
    header.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124);
    header.write('0', 156);
    header.write('ustar\0', 257);
    blocks.push(header, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

describe('FHIR definitions', () => {
  it('lists the shipped packages: base R4 and IPS with its profiles', async () => {
    const packages = await describeFhirPackages([]);
    expect(packages.map((p) => `${p.name}@${p.version}`)).toEqual([
      'hl7.fhir.r4.core@4.0.1',
      'hl7.fhir.uv.extensions.r4@5.3.0-ballot-tc1',
      'hl7.fhir.uv.ips@2.0.0',
    ]);
    expect(packages[2]?.profiles).toContain('http://hl7.org/fhir/uv/ips/StructureDefinition/Patient-uv-ips');
    expect(packages[0]?.structureDefinitions).toBeGreaterThan(600);
  });

  it('loads a FHIR package (.tgz) given with --ig and applies its profile', async () => {
    const dir = await tempDir();
    const profile = JSON.parse(
      await import('node:fs/promises').then((fs) => fs.readFile(join(SUITE_CASES, 'ai7.json'), 'utf8')),
    ) as { url: string };
    const tgz = join(dir, 'my-ig.tgz');
    await writeFile(
      tgz,
      gzipSync(
        tar({
          'package/package.json': JSON.stringify({ name: 'my.ig', version: '1.0.0' }),
          'package/StructureDefinition-p.json': JSON.stringify(profile),
        }),
      ),
    );
    const listed = await describeFhirPackages([tgz]);
    expect(listed[3]).toMatchObject({ name: 'my.ig', version: '1.0.0', origin: tgz, profiles: [profile.url] });
    const validator = await createFhirValidator({ igs: [tgz], profiles: [profile.url], showValues: false });
    const result = validator.validate({ resourceType: 'Patient', identifier: [{ value: '1' }] }, { location: {} });
    expect(result.profiles).toEqual([
      { url: 'http://hl7.org/fhir/StructureDefinition/Patient', conformant: true },
      { url: profile.url, conformant: false },
    ]);
  });

  it('names the closest known profiles for an unknown --profile', async () => {
    const error = await createFhirValidator({
      igs: [],
      profiles: ['http://hl7.org/fhir/uv/ips/StructureDefinition/Patient-uv-ipz'],
      showValues: false,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownProfileError);
    expect((error as UnknownProfileError).closest[0]).toBe(
      'http://hl7.org/fhir/uv/ips/StructureDefinition/Patient-uv-ips',
    );
    expect((error as UnknownProfileError).exitCode).toBe(2);
  });

  it('reports a broken package: what, where and how to fix it', async () => {
    const dir = await tempDir();
    const corrupt = join(dir, 'corrupt.tgz');
    await writeFile(corrupt, Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), Buffer.from('not really gzip')]));
    const noManifest = join(dir, 'no-manifest.tgz');
    await writeFile(noManifest, gzipSync(tar({ 'package/x.json': '{}' })));
    const badJson = join(dir, 'bad');
    await mkdir(join(badJson, 'package'), { recursive: true });
    await writeFile(join(badJson, 'package', 'package.json'), JSON.stringify({ name: 'bad', version: '1.0.0' }));
    await writeFile(join(badJson, 'package', 'StructureDefinition-x.json'), '{ "resourceType": ');
    const cases: [string, RegExp][] = [
      [corrupt, /corrupt gzip data/],
      [noManifest, /no package\/package.json/],
      [badJson, /invalid JSON in package\/StructureDefinition-x.json/],
      [join(dir, 'missing.tgz'), /not found/],
    ];
    for (const [path, message] of cases) {
      const error = await createFhirValidator({ igs: [path], profiles: [], showValues: false }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(BrokenPackageError);
      expect((error as BrokenPackageError).message).toMatch(message);
      expect((error as BrokenPackageError).location).toEqual({ file: path });
      expect((error as BrokenPackageError).hint).toBeTruthy();
    }
  });
});
