import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

/** What must never reach the terminal raw: C0 controls but the line feed, DEL, C1 controls, bidi controls. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const RAW_UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Clear screen, window title, an OSC 8 hyperlink, NUL, a right-to-left override, a C1 CSI, DEL, a forged line. */
const HOSTILE =
  'Evil \u001b[2J\u001b]0;pwned\u0007 \u001b]8;;https://example.invalid\u0007link\u001b]8;;\u0007 \u0000nul \u202egnp.exe \u009b31m del\u007f\nError: forged';
/** The same in a YAML double-quoted scalar. */
const HOSTILE_YAML = JSON.stringify(HOSTILE);
/** A file name with an escape sequence and a right-to-left override (NUL cannot be in a file name). */
const HOSTILE_FILE = 'bad\u001b[2J\u001b]0;t\u0007\u202egnp\nError: forged.yaml';

async function hostileAssessment(dir: string): Promise<string> {
  const text = await readFile(join(ROOT, 'examples/national/arvenia.yaml'), 'utf8');
  const file = join(dir, 'hostile.yaml');
  await writeFile(file, text.replace('name: Republic of Arvenia', `name: ${HOSTILE_YAML}`));
  return file;
}

function expectSafe(out: { stdout: string; stderr: string }): void {
  expect(RAW_UNSAFE.test(out.stdout), out.stdout).toBe(false);
  expect(RAW_UNSAFE.test(out.stderr), out.stderr).toBe(false);
  // A line feed in a name or file name does not start a line that reads like the tool's own.
  expect(`${out.stdout}\n${out.stderr}`.split('\n').filter((line) => /^\s*"?Error: forged/.test(line))).toEqual([]);
}

describe('terminal output escapes control and bidi characters', { concurrent: true }, () => {
  it('assess: a hostile subject name is printed escaped (\\u001b), in text and in --json (whose data is unchanged)', async () => {
    const dir = await tempDir();
    const file = await hostileAssessment(dir);
    const text = await runCli(['assess', file]);
    expect(text.code, text.stderr).toBe(0);
    expectSafe(text);
    expect(text.stdout).toContain('Evil \\u001b[2J\\u001b]0;pwned\\u0007');
    expect(text.stdout).toContain('\\u202egnp.exe \\u009b31m del\\u007f');
    const json = await runCli(['assess', file, '--json']);
    expect(json.code, json.stderr).toBe(0);
    expectSafe(json);
    expect(JSON.parse(json.stdout).scorecards?.[0]?.subject.name ?? JSON.parse(json.stdout).subject?.name).toBe(
      HOSTILE,
    );
  });

  it('assess: a hostile file name in an error is escaped, and the other input is still scored (exit 4)', async () => {
    const dir = await tempDir();
    await hostileAssessment(dir);
    await writeFile(join(dir, HOSTILE_FILE), 'questionnaire: [\n');
    const out = await runCli(['assess', dir]);
    expect(out.code, out.stderr).toBe(4);
    expectSafe(out);
    expect(out.stderr).toContain('bad\\u001b[2J\\u001b]0;t\\u0007\\u202egnp\\u000aError: forged.yaml');
    expect(out.stdout).toContain('89.1');
  });

  it('report: hostile file and subject names reach the terminal escaped (stderr and --json)', async () => {
    const dir = await tempDir();
    await hostileAssessment(dir);
    await writeFile(join(dir, HOSTILE_FILE), 'questionnaire: [\n');
    for (const extra of [[], ['--json']]) {
      const out = await runCli(['report', dir, '--out', join(await tempDir(), 'r'), ...extra]);
      expect(out.code, out.stderr).toBe(4);
      expectSafe(out);
      // In JSON, the line feed is JSON's own escape, \n.
      expect(out.stdout + out.stderr).toMatch(/\\u202egnp\\(u000a|n)Error: forged\.yaml/);
    }
  });

  it('validate fhir: a hostile element name and file name are printed escaped; the summary is still printed', async () => {
    const dir = await tempDir();
    const name = 'na\\u001b[2J\\u001b]0;t\\u0007me\\u202e\\u0000\\u009b';
    await writeFile(
      join(dir, 'export\u001b[2J\u202e.ndjson'),
      `{"resourceType":"Patient","id":"p1","${name}":[{"family":"x"}]}\n{"resourceType":"Patient","id":"p2"}\n`,
    );
    for (const extra of [[], ['--json']]) {
      const out = await runCli(['validate', 'fhir', dir, ...extra]);
      expect(out.code, out.stderr).toBe(0);
      expectSafe(out);
      expect(out.stdout).toMatch(/2 resources|"resources": 2/);
    }
  });

  it('questionnaire lint: a hostile file name is printed escaped', async () => {
    const dir = await tempDir();
    const file = join(dir, HOSTILE_FILE);
    await writeFile(file, 'id: [\n');
    const out = await runCli(['questionnaire', 'lint', file]);
    expect(out.code).not.toBe(0);
    expectSafe(out);
    expect(out.stdout + out.stderr).toContain('\\u202egnp\\u000aError: forged.yaml');
  });

  it('oclif usage errors quoting the input (an unknown flag) are escaped', async () => {
    const out = await runCli(['assess', '--x\u001b[2J\u001b]0;t\u0007\u202e', 'a.yaml']);
    expect(out.code).toBe(2);
    expectSafe(out);
    expect(out.stderr).toContain('--x\\u001b[2J');
  });
});
