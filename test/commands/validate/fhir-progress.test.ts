import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { progressLine } from '../../../src/commands/validate/_fhir-progress.js';
import { progressRates } from '../../../src/validation/fhir/pipeline/progress.js';
import { BIN, ROOT } from '../../helpers/cli.js';

const hasScript = (() => {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('the FHIR progress bar', () => {
  it('shows the share done, resources, resources/s and the time left', () => {
    const state = { resources: 12_345, bytesDone: 50, bytesTotal: 200, filesDone: 0, filesTotal: 1, elapsedMs: 5000 };
    expect(progressRates(state)).toEqual({ perSecond: 2469, etaSeconds: 15 });
    expect(progressLine(state)).toBe('[########......................]  25% 12,345 resources 2,469/s ETA 00:15');
  });

  it('has no ETA before there is a rate', () => {
    expect(
      progressLine({ resources: 0, bytesDone: 0, bytesTotal: 100, filesDone: 0, filesTotal: 1, elapsedMs: 0 }),
    ).toMatch(/ETA --:--$/);
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
