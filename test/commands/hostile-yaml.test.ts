// Hostile and broken YAML through the real CLI (issue 9 items 1, 6, 7, 8): every one a located error, never a stack trace.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir, type CliResult } from '../helpers/cli.js';
import {
  aliasBombAssessment,
  aliasBombQuestionnaire,
  deepAssessment,
  deepQuestionnaire,
  longListAssessment,
  manyUnknownKeys,
  selfAliasAssessment,
  selfAliasCriteria,
} from '../questionnaire/hostile-yaml.js';

const F = 'test/fixtures/questionnaire';
const MINI = `${F}/mini.yaml`;
const GOOD = `${F}/assessments/site-a.yaml`;
const EE_NAME = 'Põhjaranniku Keskhaigla';

function expectNoCrash(r: CliResult): void {
  expect(r.stderr).not.toMatch(/Internal error|\n\s+at .+:\d+:\d+\)?\n|RangeError|ReferenceError|TypeError/);
  expect(r.code).not.toBe(1);
}

let dir: string;
const files: Record<string, string> = {};

beforeAll(async () => {
  dir = await tempDir();
  const mini = await readFile(MINI, 'utf8');
  const write = async (name: string, text: string) => {
    files[name] = join(dir, name);
    await writeFile(files[name]!, text);
  };
  await write('bomb.yaml', aliasBombAssessment());
  await write('deep.yaml', deepAssessment(2000));
  await write('deep-block.yaml', deepAssessment(2000, true));
  await write('self.yaml', selfAliasAssessment());
  await write('q-bomb.yaml', aliasBombQuestionnaire(mini));
  await write('q-deep.yaml', deepQuestionnaire(mini));
  await write('q-self.yaml', selfAliasCriteria(mini));
});

describe('YAML bombs, deep nesting and self-referencing aliases (issue 9 item 6)', () => {
  const assessments: [string, RegExp][] = [
    ['bomb.yaml', /bomb.yaml:\d+:\d+: error: aliases here expand to too much data \(an "alias bomb"\)/],
    ['deep.yaml', /deep.yaml:5:\d+: error: maps and lists are nested more than 64 levels deep here/],
    ['deep-block.yaml', /deep-block.yaml:\d+:\d+: error: maps and lists are nested more than 64 levels deep here/],
    ['self.yaml', /self.yaml:5:30: error: the alias \*self is inside the value it names/],
  ];
  for (const [name, message] of assessments) {
    it(`assess, assess -q and report refuse ${name} at its place (exit 3; report skips it, exit 4)`, async () => {
      const plain = await runCli(['assess', files[name]!]);
      expectNoCrash(plain);
      expect(plain.stderr).toMatch(message);
      expect(plain.code).toBe(3);
      const withQ = await runCli(['assess', files[name]!, '-q', MINI]);
      expectNoCrash(withQ);
      expect(withQ.stderr).toMatch(message);
      expect(withQ.code).toBe(3);
      const out = join(await tempDir(), 'report');
      const report = await runCli(['report', files[name]!, 'examples/european-consortium/ee-pkh.yaml', '--out', out]);
      expectNoCrash(report);
      expect(report.stderr).toMatch(message);
      expect(report.code).toBe(4);
      // the good one was still reported
      expect(await readdir(out)).toContain('report.md');
      expect(await readFile(join(out, 'report.md'), 'utf8')).toContain(EE_NAME);
    });
  }

  const questionnaires: [string, RegExp][] = [
    ['q-bomb.yaml', /q-bomb.yaml:\d+:\d+: (error: )?aliases here expand to too much data/],
    ['q-deep.yaml', /q-deep.yaml:63:\d+: (error: )?maps and lists are nested more than 64 levels deep here/],
    ['q-self.yaml', /q-self.yaml:67:18: (error: )?the alias \*loop is inside the value it names/],
  ];
  for (const [name, message] of questionnaires) {
    it(`questionnaire lint/show, init and assess -q refuse ${name} at its place (exit 3)`, async () => {
      const lint = await runCli(['questionnaire', 'lint', files[name]!, MINI]);
      expectNoCrash(lint);
      expect(lint.stdout).toMatch(message);
      expect(lint.stdout).toContain('mini.yaml: ok (mini 1.0)');
      expect(lint.code).toBe(3);
      const show = await runCli(['questionnaire', 'show', files[name]!]);
      expectNoCrash(show);
      expect(show.stderr).toMatch(message);
      expect(show.code).toBe(3);
      const init = await runCli([
        'init',
        files[name]!,
        '--subject-id',
        'x',
        '--subject-name',
        'X',
        '--kind',
        'site',
        '--country',
        'DE',
      ]);
      expectNoCrash(init);
      expect(init.stderr).toMatch(message);
      expect(init.code).toBe(3);
      const assess = await runCli(['assess', GOOD, '-q', files[name]!]);
      expectNoCrash(assess);
      expect(assess.stderr).toMatch(message);
      expect(assess.code).toBe(3);
    });
  }
});

describe('unbounded input (issue 9 item 7)', () => {
  it('lists the first 100 of 40,000 unknown answers, then a count', async () => {
    const file = join(dir, 'keys.yaml');
    await writeFile(file, manyUnknownKeys(40_000));
    const r = await runCli(['assess', file, '-q', MINI]);
    expectNoCrash(r);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^\S*keys.yaml:\d+:\d+: error: /);
    expect(r.stderr.match(/is not an indicator of mini/g)).toHaveLength(100);
    expect(r.stderr).toContain("keys.yaml:104:3: error: 'unknown.key-99' is not an indicator");
    expect(r.stderr).toContain(
      'keys.yaml: error: 39,900 more problems not listed (only the first 100 of a file are) (limit.problems)',
    );
    expect(r.stderr.length).toBeLessThan(30_000);
  });

  it('refuses an 8-million-item list before building it, at the first value past the limit', async () => {
    const file = join(dir, 'long.yaml');
    await writeFile(file, longListAssessment(8_000_000));
    const r = await runCli(['assess', file, '-q', MINI]);
    expectNoCrash(r);
    expect(r.stderr).toMatch(
      /long.yaml:5:\d+: error: the file holds more than 100,000 values, the limit of the YAML reader/,
    );
    expect(r.code).toBe(3);
  });

  it('bounds a multi answer by the options the questionnaire defines', async () => {
    const file = join(dir, 'many-options.yaml');
    await writeFile(file, longListAssessment(5).replace(/\[.*\]/, '[fhir-r4, dicom, loinc, snomed-ct, fhir-r5]'));
    const r = await runCli(['assess', file, '-q', MINI]);
    expect(r.stderr).toMatch(
      /many-options.yaml:5:19: error: answer to 'standards.used' \(multi\): the list has 5 items, but there are only 4 options/,
    );
    expect(r.code).toBe(3);
  });
});
