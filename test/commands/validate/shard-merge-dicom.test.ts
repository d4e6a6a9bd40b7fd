import { cp, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../../helpers/cli.js';

const SLOW = 180_000;
const EXPORTS = join(ROOT, 'examples', 'european-consortium', 'exports');

describe('validate dicom --shard K/N and merge-summaries', () => {
  it(
    'four DICOM shards merge into the single run summary byte for byte, a duplicate instance across shards found',
    async () => {
      // The two sites' small exports, and a copy of the first file at the end: file 0 in shard 1, file 9 in shard 2.
      const dir = await tempDir();
      const input = join(dir, 'dicom');
      await mkdir(input);
      await cp(join(EXPORTS, 'de-uka', 'dicom'), join(input, 'a'), { recursive: true });
      await cp(join(EXPORTS, 'fr-chn', 'dicom'), join(input, 'b'), { recursive: true });
      await cp(join(input, 'a', 'ct', 'IM0001.dcm'), join(input, 'b', 'zz-copy.dcm'));
      const single = join(dir, 'single.json');
      const r = await runCli(['validate', 'dicom', input, '--out', single, '--threads', '1']);
      expect(r.code, r.stderr).toBe(0);
      const shards = await Promise.all(
        [1, 2, 3, 4].map(async (k) => {
          const out = join(dir, `shard-${k}.json`);
          const s = await runCli(['validate', 'dicom', input, '--shard', `${k}/4`, '--out', out, '--threads', '1']);
          expect(s.code, s.stderr).toBe(0);
          return out;
        }),
      );
      const alone = await Promise.all(
        shards.map(async (s) => JSON.parse(await readFile(s, 'utf8')) as { findings: { rule: string }[] }),
      );
      // No shard alone sees the copy's twin; the merge does, as the single run.
      expect(alone.every((s) => s.findings.every((f) => !f.rule.startsWith('dicom.across.')))).toBe(true);
      const merged = join(dir, 'merged.json');
      const m = await runCli(['merge-summaries', shards[3]!, shards[1]!, shards[0]!, shards[2]!, '--out', merged]);
      expect(m.code, m.stderr).toBe(0);
      const text = await readFile(single, 'utf8');
      expect(JSON.parse(text)).toMatchObject({
        findings: expect.arrayContaining([
          expect.objectContaining({ rule: 'dicom.across.same-instance', count: 1 }),
        ]) as unknown,
      });
      expect(await readFile(merged, 'utf8')).toBe(text);
    },
    SLOW,
  );
});
