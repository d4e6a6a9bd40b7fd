import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShard } from '../../../src/run/export/shard.js';
import { runCli, tempDir } from '../../helpers/cli.js';

const SLOW = 180_000;

/**
 * Seven NDJSON files with findings of several rules (g.ndjson, about 6 KB, above the split size the
 * test gives), a broken JSON file, and references that cross files: b's Observations refer to a's
 * patients, g's last line to a's first, and one reference resolves nowhere.
 */
async function shardableExport(): Promise<string> {
  const dir = await tempDir();
  const folder = join(dir, 'export');
  const { mkdir } = await import('node:fs/promises');
  await mkdir(folder);
  for (const [n, name] of ['a', 'b', 'c', 'd', 'e', 'f', 'g'].entries()) {
    const lines = Array.from({ length: name === 'g' ? 100 : 3 + n }, (_, i) =>
      name === 'g' && i === 99
        ? `{"resourceType":"Observation","id":"g99","status":"final","code":{"text":"x"},"subject":{"reference":"Patient/a0"},"hasMember":[{"reference":"Observation/nowhere"}]}`
        : n % 2 === 0
          ? `{"resourceType":"Patient","id":"${name}${i}","gender":"${i % 2 ? 'male' : 'bogus'}"}`
          : `{"resourceType":"Observation","id":"${name}${i}","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"8867-4"}]},"subject":{"reference":"Patient/a${i % 3}"},"valueQuantity":{"value":${i},"unit":"/min","system":"http://unitsofmeasure.org","code":"/min"},"x${i}":1}`,
    );
    await writeFile(join(folder, `${name}.ndjson`), `${lines.join('\n')}\n`);
  }
  await writeFile(join(folder, 'broken.json'), '{"resourceType":');
  return dir;
}

describe('validate fhir --shard K/N and merge-summaries', () => {
  it(
    'four shards run as separate processes (one file cut into line ranges) merge into the single run summary, byte for byte',
    async () => {
      const dir = await shardableExport();
      const input = join(dir, 'export');
      const single = join(dir, 'single.json');
      const r = await runCli(['validate', 'fhir', input, '--out', single, '--threads', '1']);
      expect(r.code, r.stderr).toBe(4); // the broken file: the others validated
      const shards = await Promise.all(
        [1, 2, 3, 4].map(async (k) => {
          const out = join(dir, `shard-${k}.json`);
          const s = await runCli([
            'validate',
            'fhir',
            input,
            '--shard',
            `${k}/4`,
            '--shard-split-mb',
            '0.004',
            '--out',
            out,
            '--threads',
            '1',
          ]);
          expect([0, 4], s.stderr).toContain(s.code);
          return out;
        }),
      );
      const firsts = await Promise.all(
        shards.map(
          async (s) => JSON.parse(await readFile(s, 'utf8')) as { files: { path: string; resources: number }[] },
        ),
      );
      // Files a, b, broken.json, c ... f go to one shard each (walk order, i mod 4); g (index 7) to all four, a range each.
      expect(firsts.map((s) => s.files.length)).toEqual([3, 3, 3, 2]);
      const g = firsts.map((s) => s.files.find((f) => f.path.endsWith('g.ndjson'))!.resources);
      expect(g.every((n) => n > 0 && n < 100)).toBe(true);
      expect(g.reduce((a, b) => a + b, 0)).toBe(100);
      const single1 = JSON.parse(await readFile(single, 'utf8')) as { findings: { rule: string; count: number }[] };
      expect(single1.findings.find((f) => f.rule === 'fhir.reference.unresolved-in-export')?.count).toBe(1);
      const merged = join(dir, 'merged.json');
      const m = await runCli(['merge-summaries', shards[2]!, shards[0]!, shards[3]!, shards[1]!, '--out', merged]);
      expect(m.code, m.stderr).toBe(0);
      expect(await readFile(merged, 'utf8')).toBe(await readFile(single, 'utf8'));
    },
    SLOW,
  );

  it(
    'refuses bad shard specs (5/4, 0/0, a/b) with a usage error, exit 2, before any work',
    async () => {
      const dir = await shardableExport();
      const out = join(dir, 's.json');
      for (const spec of ['5/4', '0/0', 'a/b', '1/0', '2', '1/4/2', '-1/4'])
        expect(() => parseShard(spec), spec).toThrow(/--shard .* (is not of the form K\/N|has [KN] = )/);
      expect(parseShard('4/4')).toEqual({ index: 4, count: 4 });
      const r = await runCli(['validate', 'fhir', join(dir, 'export'), '--shard', '0/0', '--out', out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--shard "0\/0" has N = 0/);
      await expect(readFile(out)).rejects.toThrow();
      const d = await runCli(['validate', 'dicom', dir, '--shard', '5/4']);
      expect(d.code).toBe(2);
      expect(d.stderr).toMatch(/K is this shard's number/);
    },
    SLOW,
  );

  it(
    'refuses summaries of another tool version, FHIR version, kind, or a missing shard, saying why (exit 3), and a FIFO',
    async () => {
      const dir = await shardableExport();
      const input = join(dir, 'export');
      const paths = [1, 2].map((k) => join(dir, `s${k}.json`));
      await Promise.all(
        paths.map(async (p, i) => {
          const r = await runCli(['validate', 'fhir', input, '--shard', `${i + 1}/2`, '--out', p, '--threads', '1']);
          expect([0, 4], r.stderr).toContain(r.code);
        }),
      );
      const good = JSON.parse(await readFile(paths[1]!, 'utf8')) as Record<string, unknown>;
      const variants: [string, Record<string, unknown>, RegExp][] = [
        [
          'tool',
          { ...good, tool: { name: 'interop-readiness', version: '0.0.1' } },
          /written by interop-readiness 0\.0\.1/,
        ],
        ['fhir', { ...good, fhirVersion: '5.0.0' }, /FHIR 5\.0\.0/],
        ['kind', { ...good, kind: 'dicom' }, /summary 2 is a dicom summary, not fhir/],
      ];
      // A FIFO is refused before it is opened (no hang waiting for a writer).
      const fifo = join(dir, 'fifo.json');
      execFileSync('mkfifo', [fifo]);
      variants.push(['fifo', {}, /fifo\.json: error: is not a regular file/]);
      variants.push(['missing', {}, /shard 2\/2 is missing/]);
      await Promise.all(
        variants.map(async ([name, value, why]) => {
          const p = join(dir, `${name}.json`);
          if (name !== 'fifo' && name !== 'missing') await writeFile(p, JSON.stringify(value));
          const args = name === 'missing' ? [paths[0]!] : [paths[0]!, p];
          const r = await runCli(['merge-summaries', ...args, '--out', join(dir, 'm.json')]);
          expect(r.code, name).toBe(3);
          expect(r.stderr, name).toMatch(why);
        }),
      );
      await expect(readFile(join(dir, 'm.json'))).rejects.toThrow();
    },
    SLOW,
  );
});
