import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../helpers/cli.js';

const SLOW = 180_000;

/** Seven small NDJSON files with findings of several rules, and a Bundle with its own references: no reference crosses files. */
async function shardableExport(): Promise<string> {
  const dir = await tempDir();
  const folder = join(dir, 'export');
  const { mkdir } = await import('node:fs/promises');
  await mkdir(folder);
  for (const [n, name] of ['a', 'b', 'c', 'd', 'e', 'f', 'g'].entries()) {
    const lines = Array.from({ length: 3 + n }, (_, i) =>
      n % 2 === 0
        ? `{"resourceType":"Patient","id":"${name}${i}","gender":"${i % 2 ? 'male' : 'bogus'}"}`
        : `{"resourceType":"Observation","id":"${name}${i}","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"8867-4"}]},"valueQuantity":{"value":${i},"unit":"/min","system":"http://unitsofmeasure.org","code":"/min"},"x${i}":1}`,
    );
    await writeFile(join(folder, `${name}.ndjson`), `${lines.join('\n')}\n`);
  }
  await writeFile(join(folder, 'broken.json'), '{"resourceType":');
  return dir;
}

describe('validate fhir --shard K/N and merge-summaries', () => {
  it(
    'four shards run as separate processes merge into the single run summary, byte for byte',
    async () => {
      const dir = await shardableExport();
      const input = join(dir, 'export');
      const single = join(dir, 'single.json');
      const r = await runCli(['validate', 'fhir', input, '--out', single, '--threads', '1']);
      expect(r.code, r.stderr).toBe(4); // the broken file: the others validated
      const shards = await Promise.all(
        [1, 2, 3, 4].map(async (k) => {
          const out = join(dir, `shard-${k}.json`);
          const s = await runCli(['validate', 'fhir', input, '--shard', `${k}/4`, '--out', out, '--threads', '1']);
          expect([0, 4], s.stderr).toContain(s.code);
          return out;
        }),
      );
      const firsts = await Promise.all(
        shards.map(async (s) => JSON.parse(await readFile(s, 'utf8')) as { files: unknown[] }),
      );
      expect(firsts.map((s) => s.files.length)).toEqual([2, 2, 2, 2]);
      const merged = join(dir, 'merged.json');
      const m = await runCli(['merge-summaries', shards[2]!, shards[0]!, shards[3]!, shards[1]!, '--out', merged]);
      expect(m.code, m.stderr).toBe(0);
      expect(m.stdout).toMatch(/not resolved across shards/);
      expect(await readFile(merged, 'utf8')).toBe(await readFile(single, 'utf8'));
    },
    SLOW,
  );

  it(
    'refuses bad shard specs (5/4, 0/0, a/b) with a usage error, exit 2, before any work',
    async () => {
      const dir = await shardableExport();
      const out = join(dir, 's.json');
      for (const spec of ['5/4', '0/0', 'a/b', '1/0', '2']) {
        const r = await runCli(['validate', 'fhir', join(dir, 'export'), '--shard', spec, '--out', out]);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/--shard/);
        await expect(readFile(out)).rejects.toThrow();
      }
      const d = await runCli(['validate', 'dicom', dir, '--shard', '5/4']);
      expect(d.code).toBe(2);
      expect(d.stderr).toMatch(/K is this shard's number/);
    },
    SLOW,
  );

  it(
    'refuses summaries of another tool version, FHIR version, kind, or a missing shard, saying why (exit 3)',
    async () => {
      const dir = await shardableExport();
      const input = join(dir, 'export');
      const paths = [1, 2].map((k) => join(dir, `s${k}.json`));
      for (const [i, p] of paths.entries()) {
        const r = await runCli(['validate', 'fhir', input, '--shard', `${i + 1}/2`, '--out', p, '--threads', '1']);
        expect([0, 4], r.stderr).toContain(r.code);
      }
      const good = JSON.parse(await readFile(paths[1]!, 'utf8')) as Record<string, unknown>;
      const variants: [string, Record<string, unknown>, RegExp][] = [
        [
          'tool',
          { ...good, tool: { name: 'interop-readiness', version: '0.0.1' } },
          /written by interop-readiness 0\.0\.1/,
        ],
        ['fhir', { ...good, fhirVersion: '5.0.0' }, /FHIR 5\.0\.0/],
        ['kind', { ...good, kind: 'dicom' }, /DICOM summary/],
      ];
      for (const [name, value, why] of variants) {
        const p = join(dir, `${name}.json`);
        await writeFile(p, JSON.stringify(value));
        const r = await runCli(['merge-summaries', paths[0]!, p, '--out', join(dir, 'm.json')]);
        expect(r.code, name).toBe(3);
        expect(r.stderr).toMatch(why);
      }
      const missing = await runCli(['merge-summaries', paths[0]!]);
      expect(missing.code).toBe(3);
      expect(missing.stderr).toMatch(/shard 2\/2 is missing/);
      await expect(readFile(join(dir, 'm.json'))).rejects.toThrow();
    },
    SLOW,
  );
});
