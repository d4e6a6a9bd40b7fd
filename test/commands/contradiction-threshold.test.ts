import { existsSync } from 'node:fs';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ExitCode } from '../../src/errors/exit-code.js';

describe('--contradiction-threshold', () => {
  it('report and pipeline refuse a value outside 0-100 (exit 2, what is accepted), before writing anything', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'contradiction-'));
    const kept = join(dir, 'kept');
    await writeFile(join(dir, 'keep.txt'), 'mine');
    const report = await runCli([
      'report',
      'examples/european-consortium',
      '--out',
      dir,
      '--force',
      '--contradiction-threshold',
      '120',
    ]);
    expect(report.code).toBe(ExitCode.Usage);
    expect(report.stderr).toContain('--contradiction-threshold "120" is not a number of points from 0 to 100');
    expect(report.stderr).toContain('--contradiction-threshold 15');
    expect(await readdir(dir)).toEqual(['keep.txt']);
    const pipeline = await runCli([
      'pipeline',
      'examples/european-consortium',
      '--out',
      kept,
      '--contradiction-threshold',
      'ten',
    ]);
    expect(pipeline.code).toBe(ExitCode.Usage);
    expect(pipeline.stderr).toContain('--contradiction-threshold "ten" is not a number of points from 0 to 100');
    expect(existsSync(kept)).toBe(false);
  }, 60_000);
});
