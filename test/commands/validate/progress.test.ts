import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { progressLine } from '../../../src/commands/validate/_progress.js';
import { progressRates } from '../../../src/run/export/progress.js';
import { BIN, ROOT } from '../../helpers/cli.js';

const hasScript = (() => {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('the progress bar', () => {
  it('shows the share done, resources, resources/s and the time left (FHIR: by bytes)', () => {
    const state = { unit: 'resources', done: 12_345, bytesDone: 50, bytesTotal: 200, elapsedMs: 5000 };
    expect(progressRates(state)).toEqual({ perSecond: 2469, etaSeconds: 15 });
    expect(progressLine(state)).toBe('[########......................]  25% 12,345 resources 2,469/s ETA 00:15');
  });

  it('has no ETA before there is a rate', () => {
    expect(progressLine({ unit: 'resources', done: 0, bytesDone: 0, bytesTotal: 100, elapsedMs: 0 })).toMatch(
      /ETA --:--$/,
    );
  });

  it('shows counts out of the total, files per second and the time left (DICOM: by files)', () => {
    expect(progressLine({ unit: 'files', done: 1500, total: 3000, elapsedMs: 2000 })).toBe(
      '[###############...............]  50% 1,500/3,000 files 750/s ETA 00:02',
    );
    expect(progressLine({ unit: 'files', done: 0, total: 10, elapsedMs: 0 })).toBe(
      '[..............................]   0% 0/10 files 0/s ETA --:--',
    );
  });

  it.skipIf(!hasScript)('is drawn on a terminal, and not with --json', () => {
    const dir = 'examples/european-consortium/exports/de-uka/fhir';
    const run = (extra: string) =>
      spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" validate fhir ${dir} ${extra}`, '/dev/null'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
    const tty = run('');
    expect(tty.status).toBe(0);
    expect(tty.stdout).toMatch(/\[[#.]{30}\]\s+\d+% [\d,]+ resources [\d,]+\/s ETA/);
    expect(tty.stdout).toContain('FHIR R4 conformance:');
    const json = run('--json');
    expect(json.stdout).not.toMatch(/resources\/s/);
    expect(json.stdout).toContain('"kind": "fhir"');
  });
});
