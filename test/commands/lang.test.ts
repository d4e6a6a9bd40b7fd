import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ExitCode } from '../../src/errors/exit-code.js';

const consortium = 'examples/european-consortium';

describe('--lang names a language without a catalogue', () => {
  const cases: [string, string[]][] = [
    ['report', ['report', consortium, '--lang', 'xx']],
    ['assess', ['assess', `${consortium}/de-uka.yaml`, '--lang', 'xx']],
    ['pipeline', ['pipeline', consortium, '--lang', 'xx']],
    [
      'init',
      [
        'init',
        'hospital-readiness',
        '--subject-id',
        'a',
        '--subject-name',
        'A',
        '--kind',
        'site',
        '--country',
        'DE',
        '--lang',
        'xx',
      ],
    ],
    ['questionnaire show', ['questionnaire', 'show', 'hospital-readiness', '--lang', 'xx']],
    ['questionnaire list', ['questionnaire', 'list', '--lang', 'xx']],
    ['validate dicom', ['validate', 'dicom', `${consortium}/exports`, '--lang', 'xx']],
  ];
  for (const [name, args] of cases) {
    it(`${name}: a usage error listing the available languages, and nothing written`, async () => {
      const out = await mkdtemp(join(tmpdir(), 'lang-'));
      const withOut = name === 'report' || name === 'pipeline' ? [...args, '--out', join(out, 'o')] : args;
      const r = await runCli(withOut);
      expect(r.code).toBe(ExitCode.Usage);
      expect(r.stderr).toContain('--lang "xx": no catalogue for this language');
      expect(r.stderr).toContain('en, de, fr, es, it, pl, pt, nl');
      expect(r.stdout).toBe('');
      expect(await readdir(out)).toEqual([]);
    });
  }

  it('assess --lang de prints its ranking in German (headers, coverage shares, notes)', async () => {
    const r = await runCli(['assess', consortium, '--lang', 'de']);
    expect(r.code).toBe(ExitCode.Ok);
    expect(r.stdout).toMatch(/^#\s+Einheit\s+Name\s+Land\s+Zeitraum\s+Punktwert\s+Stufe\s+Abdeckung/m);
    expect(r.stdout).toMatch(/frühere Zeiträume, nicht eingeordnet/);
    expect(r.stdout).not.toMatch(/\b(subject|coverage|earlier periods)\b/);
  });

  it('a regional tag of an available language is accepted', async () => {
    const r = await runCli(['questionnaire', 'list', '--lang', 'de-CH']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(ExitCode.Ok);
  });
});
